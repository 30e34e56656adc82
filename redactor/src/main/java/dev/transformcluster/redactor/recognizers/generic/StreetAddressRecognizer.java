package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;
import static dev.transformcluster.redactor.recognizers.support.Chars.isLetter;
import static dev.transformcluster.redactor.recognizers.support.Chars.isUpper;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.StreetWords;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.List;
import java.util.Set;

/**
 * Street addresses: a house number, up to five capitalised words (directions, names, ordinals
 * such as "3rd", hyphenated and apostrophised names) ending in a street suffix (USPS list plus
 * British names: "Road", "St.", "Pkwy", "Close"...), then an optional secondary unit
 * ("Apt 19B", ", Suite 787", ", Ste. 230", " #931", ", Floor 8").
 */
public final class StreetAddressRecognizer implements IndexedRecognizer {

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.STREET_ADDRESS);
    }

    @Override
    public void scan(char[] t, TextIndex index, List<Finding> out) {
        int n = index.length();
        int i = 0; // where scanning resumes: a run ending before it is passed, one it cuts into starts at it
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0, runs = index.digitRuns(); k < runs; k++) {
            if (runEnd[k] <= i) {
                continue;
            }
            int s = Math.max(runStart[k], i);
            i = runEnd[k];
            char prev = s > 0 ? t[s - 1] : ' ';
            if (prev == ' ' && i - s <= 4 && (i >= n || !isAlnum(t[i]) && t[i] != '.')) {
                int b = streetBefore(t, s - 1);
                if (b >= 0) { // "Hauptstraße 5", "Calle Mayor 10", "Via Roma 12"
                    out.add(new Finding(EntityType.STREET_ADDRESS, b, i, 0.7));
                    continue;
                }
            }
            if (i + 1 < n && Chars.isLetter(t[i]) && t[i + 1] == ' ' && i - s <= 5) {
                i++; // "221B Baker Street"
            }
            if (i - s > 7 || isAlnum(prev) || prev == '.' || prev == '$' || prev == '#' || prev == '-' || prev == '/' || prev == ':' || i >= n
                    || t[i] != ' ') {
                continue;
            }
            int e = street(t, i + 1);
            e = e > 0 ? e : frenchStreet(t, i + 1);
            if (e > 0) {
                out.add(new Finding(EntityType.STREET_ADDRESS, s, unit(t, e), 0.8));
                i = e;
                continue;
            }
            // no suffix ("5340 Brookside #127", "6365 The Grange"): a unit, or "The", or a
            // ", City, ST 12345" tail must confirm it
            int w = words(t, i + 1, 3);
            if (w > 0) {
                int u = unit(t, w);
                if (u > w || Chars.startsWith(t, "The ", i + 1) || cityStateZip(t, w)) {
                    out.add(new Finding(EntityType.STREET_ADDRESS, s, u, 0.6));
                    i = u;
                }
            }
        }
    }

    /** End of "Name... Suffix" starting at {@code p}, or -1. */
    private static int street(char[] t, int p) {
        int n = t.length;
        int best = -1;
        for (int words = 0; words < 6 && p < n; words++) {
            int ws = p;
            char c = t[p];
            if (isDigit(c)) { // ordinal street names: 3rd, 42nd
                while (p < n && isDigit(t[p])) {
                    p++;
                }
                if (p + 2 > n || !isLetter(t[p]) || !isLetter(t[p + 1])) {
                    return best;
                }
                p += 2;
            } else if (isUpper(c)) {
                p++;
                while (p < n && (isLetter(t[p]) || (t[p] == '-' || t[p] == '\'')
                        && p + 1 < n && isLetter(t[p + 1]))) {
                    p++;
                }
            } else {
                return best;
            }
            if (p < n && isAlnum(t[p])) {
                return best;
            }
            int we = p;
            if (words > 0 && StreetWords.isSuffix(t, ws, we)) {
                best = p < n && t[p] == '.' ? p + 1 : p;
            }
            if (p < n && t[p] == '.') {
                p++;
            }
            if (p + 1 >= n || t[p] != ' ') {
                return best;
            }
            p++;
        }
        return best;
    }

    /** End of "rue de la Paix", "avenue Foch", "place Vendôme" starting at {@code p}, or -1. */
    private static int frenchStreet(char[] t, int p) {
        int n = t.length;
        int we = wordEnd(t, p);
        if (we + 1 >= n || t[we] != ' ' || !StreetWords.isFrench(t, p, we)) {
            return -1;
        }
        int end = -1;
        p = we + 1;
        for (int k = 0; k < 5 && p < n; k++) {
            boolean apostrophe = (t[p] == 'l' || t[p] == 'd') && p + 2 < n
                    && (t[p + 1] == '\'' || t[p + 1] == '\u2019');
            int ws = apostrophe ? p + 2 : p;
            int e = wordEnd(t, ws);
            if (e == ws) {
                break;
            }
            if (isUpper(t[ws])) {
                end = e;
            } else if (apostrophe || !StreetWords.isParticle(t, ws, e)) {
                break;
            }
            if (apostrophe && isUpper(t[ws])) {
                end = e;
            }
            if (e + 1 >= n || t[e] != ' ') {
                break;
            }
            p = e + 1;
        }
        return end;
    }

    /**
     * Start of a street name written before its number ("Hauptstraße", "Calle Mayor", "Via
     * della Spiga") ending at the space {@code sp}, or -1. Looks back at most five words.
     */
    private static int streetBefore(char[] t, int sp) {
        int e = sp;
        for (int k = 0; k < 5 && e > 0; k++) {
            int s = e;
            while (s > 0 && e - s < 30 && (isLetter(t[s - 1]) || t[s - 1] == '-')) {
                s--;
            }
            if (s == e) {
                return -1;
            }
            boolean upper = isUpper(t[s]);
            if (k == 0 && upper && StreetWords.endsGermanic(t, s, e) && (s == 0 || !isAlnum(t[s - 1]))) {
                return s;
            }
            if (upper && k > 0 && StreetWords.isRomance(t, s, e)) {
                return s == 0 || !isAlnum(t[s - 1]) ? s : -1;
            }
            if (!upper && (k == 0 || !StreetWords.isParticle(t, s, e))) {
                return -1;
            }
            if (s < 2 || t[s - 1] != ' ') {
                return -1;
            }
            e = s - 1;
        }
        return -1;
    }

    private static int wordEnd(char[] t, int p) {
        while (p < t.length && (isLetter(t[p]) || t[p] == '-' && p + 1 < t.length
                && isLetter(t[p + 1]))) {
            p++;
        }
        return p;
    }

    /** End of 1 to {@code max} capitalised words separated by single spaces, or -1. */
    private static int words(char[] t, int p, int max) {
        int n = t.length;
        int end = -1;
        for (int k = 0; k < max && p < n && isUpper(t[p]); k++) {
            int ws = p;
            p++;
            while (p < n && (Chars.isLower(t[p]) || t[p] == '\'' && p + 1 < n
                    && isLetter(t[p + 1]))) {
                p++;
            }
            if (p - ws < 3 || p < n && isAlnum(t[p]) || StreetWords.isUnit(t, ws, p)) {
                break;
            }
            end = p;
            if (p + 1 >= n || t[p] != ' ' || !isUpper(t[p + 1])) {
                break;
            }
            p++;
        }
        return end;
    }

    /** ", Some City, ST 12345" (or a line break instead of the first comma) right at {@code p}. */
    private static boolean cityStateZip(char[] t, int p) {
        int n = t.length;
        if (p + 2 >= n || !(t[p] == ',' && t[p + 1] == ' ' || t[p] == '\n')) {
            return false;
        }
        p += t[p] == ',' ? 2 : 1;
        int limit = Math.min(n, p + 40);
        while (p < limit && t[p] != ',' && t[p] != '\n') {
            if (!isLetter(t[p]) && t[p] != ' ' && t[p] != '.' && t[p] != '\'') {
                return false;
            }
            p++;
        }
        return p + 9 <= n && t[p] == ',' && t[p + 1] == ' ' && isUpper(t[p + 2])
                && isUpper(t[p + 3]) && t[p + 4] == ' ' && isDigit(t[p + 5])
                && isDigit(t[p + 8]);
    }

    /** End after an optional secondary unit at {@code e}. */
    private static int unit(char[] t, int e) {
        int n = t.length;
        int p = e;
        if (p < n && t[p] == ',') {
            p++;
        }
        if (p >= n || t[p] != ' ') {
            return e;
        }
        p++;
        int ws = p;
        if (p < n && t[p] == '#') {
            p++;
        } else {
            while (p < n && isLetter(t[p])) {
                p++;
            }
            if (!StreetWords.isUnit(t, ws, p)) {
                return e;
            }
            if (p < n && t[p] == '.') {
                p++;
            }
            if (p < n && t[p] == ' ') {
                p++;
            }
        }
        int d = p;
        while (p < n && isAlnum(t[p]) && p - d < 6) {
            p++;
        }
        return p > d && isDigit(t[d]) && (p >= n || !isAlnum(t[p])) ? p : e;
    }
}
