package dev.transformcluster.redactor.recognizers.country.us;

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
 * US social security numbers: 3-2-4 digits with SSA's validity rules (area not 000, 666 or
 * 900-999; group not 00; serial not 0000). The hyphenated form stands on its own; the spaced
 * and unseparated forms need "SSN" or "social security" shortly before them.
 */
public final class UsSsnRecognizer implements IndexedRecognizer {

    private static final String[] CONTEXT = {"ssn", "ssns", "social security", "social", "ss#", "ss", "taxpayer"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.US_SSN);
    }

    @Override
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int n = index.length();
        // every run start, in order (runs later in a token follow a letter or digit, and the test
        // below skips them), while nine characters are left
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0, runs = index.digitRuns(); k < runs && runStart[k] + 9 <= n; k++) {
            int i = runStart[k];
            int len = runEnd[k] - i;
            if (len != 3 && len != 9) {
                continue; // "078-05-1120" or "078 05 1120" start with three digits, "078051120" is nine
            }
            char prev = i > 0 ? text[i - 1] : ' ';
            if (isAlnum(prev) || prev == '-' || prev == '.' || prev == '+' || prev == '/' || prev == '#') {
                continue;
            }
            int e = match(text, i);
            if (e > 0) {
                char sep = text[i + 3];
                boolean dashed = sep == '-';
                boolean context = Chars.containsWordBefore(text, i, 40, CONTEXT);
                if (dashed || context) {
                    out.add(new Finding(EntityType.US_SSN, i, e, context ? 0.9 : 0.8));
                }
            }
        }
    }

    /** End of a valid SSN at {@code s}, or -1. */
    static int match(char[] t, int s) {
        int n = t.length;
        int area = digits(t, s, 3);
        if (area < 0) {
            return -1;
        }
        int p = s + 3;
        char sep = p < n && (t[p] == '-' || t[p] == ' ') ? t[p] : 0;
        p += sep != 0 ? 1 : 0;
        int group = digits(t, p, 2);
        if (group < 0) {
            return -1;
        }
        p += 2;
        if (sep != 0) {
            if (p >= n || t[p] != sep) {
                return -1;
            }
            p++;
        }
        int serial = digits(t, p, 4);
        if (serial < 0) {
            return -1;
        }
        p += 4;
        if (p < n && (isAlnum(t[p]) || (t[p] == '-' || t[p] == '.') && p + 1 < n
                && isDigit(t[p + 1]))) {
            return -1;
        }
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
            return -1;
        }
        return p;
    }

    /** The value of the {@code count} digits at {@code p}, or -1 when they are not all there. */
    private static int digits(char[] t, int p, int count) {
        if (p + count > t.length) {
            return -1;
        }
        int v = 0;
        for (int k = p; k < p + count; k++) {
            if (!isDigit(t[k])) {
                return -1;
            }
            v = v * 10 + t[k] - '0';
        }
        return v;
    }
}
