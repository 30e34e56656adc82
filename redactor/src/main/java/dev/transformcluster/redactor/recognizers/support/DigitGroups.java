package dev.transformcluster.redactor.recognizers.support;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

/**
 * A reusable parser of phone-shaped digit runs: an optional '+', then groups of digits, a group
 * possibly in parentheses, separated by one space, hyphen or dot (or nothing around a
 * parenthesis). Mutable scratch state: one instance per scan, never shared between threads.
 */
public final class DigitGroups {

    public static final int MAX_GROUPS = 8;
    public final int[] len = new int[MAX_GROUPS];
    public int count;
    public int digits;
    public boolean plus;
    public boolean dots;
    public boolean dashes;
    public char first;

    /** True for the 3-2-4 hyphen shape of a US SSN. */
    public boolean dashes233() {
        return count == 3 && len[0] == 3 && len[1] == 2 && len[2] == 4;
    }

    /**
     * Parses from {@code s}; returns the end (exclusive) or -1 when the run is not phone-shaped
     * (more than 15 digits, too many groups, a letter glued to it).
     */
    public int parse(char[] t, int s) {
        int n = t.length;
        count = 0;
        digits = 0;
        dots = false;
        dashes = false;
        int p = s;
        plus = t[p] == '+';
        if (plus) {
            p++;
        }
        first = 0;
        while (true) {
            boolean paren = p < n && t[p] == '(';
            if (paren) {
                p++;
            }
            int g = p;
            while (p < n && isDigit(t[p]) && p - g <= 15) {
                p++;
            }
            if (p == g || count == MAX_GROUPS) {
                return -1;
            }
            if (first == 0) {
                first = t[g];
            }
            len[count++] = p - g;
            digits += p - g;
            if (digits > 15) {
                return -1;
            }
            if (paren) {
                if (p >= n || t[p] != ')') {
                    return -1;
                }
                p++;
                if (p < n && (isDigit(t[p]))) {
                    continue;
                }
            }
            if (p + 1 < n && (t[p] == ' ' || t[p] == '-' || t[p] == '.')
                    && (isDigit(t[p + 1]) || t[p + 1] == '(' && p + 2 < n && isDigit(t[p + 2]))) {
                dots |= t[p] == '.';
                dashes |= t[p] == '-';
                p++;
                continue;
            }
            break;
        }
        if (p < n && (isAlnum(t[p]) || t[p] == '.' && p + 1 < n && isDigit(t[p + 1]))) {
            return -1;
        }
        return p;
    }
}
