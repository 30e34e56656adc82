package dev.transformcluster.redactor.recognizers.country.gb;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.List;
import java.util.Set;

/**
 * UK postcodes in capitals: an outward code (A9, A99, A9A, AA9, AA99, AA9A), then an inward
 * code (9AA). With the usual single space they stand on their own; written without the space
 * they need "postcode" shortly before, or a capitalised place name right before.
 */
public final class UkPostcodeRecognizer implements IndexedRecognizer {

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.UK_POSTCODE);
    }

    private static boolean up(char[] t, int i) {
        return i < t.length && t[i] >= 'A' && t[i] <= 'Z';
    }

    private static boolean dig(char[] t, int i) {
        return i < t.length && isDigit(t[i]);
    }

    @Override
    public void scan(char[] t, TextIndex index, List<Finding> out) {
        int n = index.length();
        int resume = 0; // past the last candidate looked at
        int[] capStart = index.capWordStarts();
        for (int k = 0, caps = index.capWords(); k < caps; k++) {
            int i = capStart[k]; // a capital that follows no letter or digit
            if (i < resume || !up(t, i)) {
                continue;
            }
            if (i + 1 < n && t[i + 1] >= 'a' && t[i + 1] <= 'z') {
                resume = i + 2; // a capitalised word ("The"): what the walk below finds, one test sooner
                continue;
            }
            int e = i;
            while (e < n && (up(t, e) || dig(t, e)) && e - i < 8) {
                e++;
            }
            if (e < n && isAlnum(t[e])) {
                resume = e + 1;
                continue;
            }
            int len = e - i;
            if (len >= 5 && len <= 7 && inward(t, e - 3) && outward(t, i, e - 3) && context(t, i)) {
                out.add(new Finding(EntityType.UK_POSTCODE, i, e, 0.7));
            } else if (len >= 2 && len <= 4 && outward(t, i, e) && e + 4 <= n && t[e] == ' '
                    && inward(t, e + 1) && (e + 4 == n || !isAlnum(t[e + 4]))) {
                out.add(new Finding(EntityType.UK_POSTCODE, i, e + 4, 0.8));
                e += 4;
            }
            resume = e + 1;
        }
    }

    /** 9AA at {@code p}. */
    private static boolean inward(char[] t, int p) {
        return dig(t, p) && up(t, p + 1) && up(t, p + 2);
    }

    /** A9, A99, A9A, AA9, AA99 or AA9A exactly filling {@code [s, e)}. */
    private static boolean outward(char[] t, int s, int e) {
        int len = e - s;
        if (len < 2 || len > 4 || !up(t, s)) {
            return false;
        }
        int p = up(t, s + 1) ? s + 2 : s + 1;
        if (p >= e || !dig(t, p)) {
            return false;
        }
        p++;
        if (p < e && (dig(t, p) || up(t, p))) {
            p++;
        }
        return p == e;
    }

    private static boolean context(char[] t, int s) {
        if (Chars.containsWordBefore(t, s, 24, "postcode", "post code", "postal code")) {
            return true;
        }
        // "Newcastle IK28DQ": a capitalised word then one space
        int p = s - 1;
        if (p < 2 || t[p] != ' ') {
            return false;
        }
        int w = p;
        while (w > 0 && Chars.isLower(t[w - 1])) {
            w--;
        }
        return w < p - 1 && w > 0 && Chars.isUpper(t[w - 1]);
    }
}
