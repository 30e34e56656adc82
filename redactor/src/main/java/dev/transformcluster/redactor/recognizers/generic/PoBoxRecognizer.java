package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import dev.transformcluster.redactor.recognizers.support.WordTable;
import java.util.List;
import java.util.Set;

/**
 * Post office boxes: "PO Box 123", "P.O. Box", "P. O. Box", "POB", "Post Office Box",
 * "Postfach", "Apartado" and "Boîte postale" spellings, any case, then the box number.
 */
public final class PoBoxRecognizer implements IndexedRecognizer {

    private static final String[] PREFIXES = {"p. o. box", "p.o. box", "p.o.box", "p o box", "po box",
        "pobox", "p.o.b.", "pob", "post office box", "postfach", "apartado", "boîte postale", "bp", "box"};

    private static final WordTable PREFIX_TABLE = WordTable.of(List.of(PREFIXES));

    private static final String[] LOWER_PREFIXES = {"p. o. box", "p.o. box", "p.o.box", "p o box", "po box",
        "pobox", "post office box"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PO_BOX);
    }

    @Override
    public void scan(char[] t, TextIndex index, List<Finding> out) {
        int resume = 0; // past the last box number found
        int[] capStart = index.capWordStarts();
        for (int k = 0, caps = index.capWords(); k < caps; k++) {
            int i = capStart[k];
            if (i < resume) {
                continue;
            }
            char c = t[i];
            if (c != 'P' && c != 'A' && c != 'B') { // a capital that starts a word, as the index records
                continue;
            }
            for (String pre : PREFIX_TABLE.candidates(t, i)) {
                if (!Chars.matchesAt(t, i, pre)) {
                    continue;
                }
                boolean bare = pre.equals("box") || pre.equals("bp") || pre.equals("pob");
                if (bare && !Chars.isUpper(c)) {
                    break;
                }
                if (pre.equals("box") && !Chars.containsWordBefore(t, i, 30, "lockbox", "mailbox", "mailed", "remit", "remittances", "address")) {
                    break;
                }
                int p = numberEnd(t, i + pre.length());
                if (p > 0) {
                    out.add(new Finding(EntityType.PO_BOX, i, p, 0.9));
                    resume = p;
                }
                break;
            }
        }
        lowerCase(t, index, out);
    }

    /**
     * The end of the box number that follows a prefix ending at {@code p}: an optional '.', ':' or
     * '#', one to three spaces or '#', then up to ten digits not glued to a letter or a ratio;
     * -1 when there is none.
     */
    private static int numberEnd(char[] t, int p) {
        int n = t.length;
        if (p < n && (t[p] == '.' || t[p] == ':' || t[p] == '#')) {
            p++;
        }
        int sp = p;
        while (p < n && (t[p] == ' ' || t[p] == '#') && p - sp < 3) {
            p++;
        }
        int d = p;
        while (p < n && isDigit(t[p]) && p - d < 10) {
            p++;
        }
        return p > d && sp < d && (p >= n || !isAlnum(t[p]) && !ratio(t, p)) ? p : -1;
    }

    /** "BP 120/80", "box 3.5": a number glued to '/', '.', ':' or ',' and more digits is no box number. */
    private static boolean ratio(char[] t, int p) {
        char c = t[p];
        return (c == '/' || c == '.' || c == ':' || c == ',') && p + 1 < t.length && isDigit(t[p + 1]);
    }

    /** "p.o. box 123", "po box 12", "post office box 9" in lower case: found from the word's 'p'. */
    private static void lowerCase(char[] t, TextIndex index, List<Finding> out) {
        for (int i = index.nextPWord(0); i >= 0; i = index.nextPWord(i + 1)) {
            for (String pre : LOWER_PREFIXES) {
                if (!Chars.matchesAt(t, i, pre)) {
                    continue;
                }
                int p = numberEnd(t, i + pre.length());
                if (p > 0) {
                    out.add(new Finding(EntityType.PO_BOX, i, p, 0.85));
                }
                break;
            }
        }
    }
}
