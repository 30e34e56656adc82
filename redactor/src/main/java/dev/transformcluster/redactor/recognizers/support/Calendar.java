package dev.transformcluster.redactor.recognizers.support;

import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;
import static dev.transformcluster.redactor.recognizers.support.Chars.isLetter;
import static dev.transformcluster.redactor.recognizers.support.Chars.isLower;
import static dev.transformcluster.redactor.recognizers.support.Chars.isUpper;

/** Month and weekday names (English), matched in place without allocation. */
public final class Calendar {

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"};

    /** Full month names of German, French, Spanish, Italian and Dutch not spelt as in English. */
    private static final String[] FOREIGN_MONTHS = {"januar", "februar", "m\u00e4rz", "mai", "juni", "juli",
        "oktober", "dezember", "j\u00e4nner", "janvier", "f\u00e9vrier", "mars", "avril", "juin", "juillet",
        "ao\u00fbt", "septembre", "octobre", "novembre", "d\u00e9cembre", "enero", "febrero", "marzo", "abril",
        "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "januari", "februari", "maart", "mei", "augustus"};

    /** Bit (a-'a')*676 + (b-'a')*26 + (c-'a') set for the first three letters abc of every month and weekday name. */
    private static final long[] PREFIXES = new long[(26 * 26 * 26 + 63) / 64];

    static {
        for (String[] names : new String[][] {MONTHS, WEEKDAYS}) {
            for (String m : names) {
                int key = key3(m.charAt(0), m.charAt(1), m.charAt(2));
                PREFIXES[key >>> 6] |= 1L << key;
            }
        }
    }

    private Calendar() {
    }

    /**
     * False when no English month or weekday name ({@link #monthEnd}, {@link #weekdayEnd}) can
     * start at {@code i}: its first three characters, folded to lower case, begin none of them.
     * A cheap first test for the many capitalised words that are neither.
     */
    public static boolean mayStartName(char[] t, int i) {
        if (i + 3 > t.length) {
            return false;
        }
        int key = key3(t[i], t[i + 1], t[i + 2]);
        return key >= 0 && (PREFIXES[key >>> 6] & 1L << key) != 0;
    }

    /** Three ASCII letters, lower-cased, as a number below 26³; -1 when one is not an ASCII letter. */
    private static int key3(char a, char b, char c) {
        a |= 0x20;
        b |= 0x20;
        c |= 0x20;
        if (a < 'a' || a > 'z' || b < 'a' || b > 'z' || c < 'a' || c > 'z') {
            return -1;
        }
        return (a - 'a') * 676 + (b - 'a') * 26 + (c - 'a');
    }

    /**
     * End of a full German, French, Spanish, Italian or Dutch month name at {@code i} ("März",
     * "décembre", "abril", "maggio", "juni"; first letter of either case, the rest lower or all
     * upper), or -1. Callers accept it only after a day number.
     */
    public static int foreignMonthEnd(char[] t, int i) {
        int e = i;
        while (e < t.length && isLetter(t[e]) && e - i < 11) {
            e++;
        }
        int len = e - i;
        if (len < 3 || len > 10 || e < t.length && isLetter(t[e])) {
            return -1;
        }
        for (String m : FOREIGN_MONTHS) {
            if (m.length() == len && Chars.lower(t[i]) == m.charAt(0)
                    && sameLetters(t, i + 1, m) && caseConsistent(t, i, e)) {
                return e;
            }
        }
        return -1;
    }

    private static boolean sameLetters(char[] t, int i, String m) {
        for (int k = 1; k < m.length(); k++) {
            if (Chars.lower(t[i + k - 1]) != m.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** After its first letter, {@code t[s, e)} is all upper case or all lower case ("May", "MAY", "März"). */
    private static boolean caseConsistent(char[] t, int s, int e) {
        boolean allUpper = true;
        boolean restLower = true;
        for (int k = s + 1; k < e; k++) {
            char c = t[k];
            allUpper &= isUpper(c);
            restLower &= isLower(c);
        }
        return allUpper || restLower;
    }

    /**
     * End of a month name at {@code i} (full, 3-letter abbreviation, or "Sept"; first letter upper
     * case; the rest lower or all upper), or -1. The word must end there.
     */
    public static int monthEnd(char[] t, int i) {
        if (i >= t.length) {
            return -1;
        }
        switch (t[i]) {
            case 'J': case 'F': case 'M': case 'A': case 'S': case 'O': case 'N': case 'D':
                break;
            default:
                return -1;
        }
        int e = i;
        while (e < t.length && isLetter(t[e]) && e - i < 10) {
            e++;
        }
        if (e < t.length && isLetter(t[e])) {
            return -1;
        }
        int len = e - i;
        if (len < 3) {
            return -1;
        }
        for (String m : MONTHS) {
            if ((len == m.length() || len == 3 || len == 4 && m.charAt(0) == 's') && prefixMatches(t, i, m, len)
                    && caseConsistent(t, i, e)) {
                return e;
            }
        }
        return -1;
    }

    private static boolean prefixMatches(char[] t, int i, String word, int len) {
        if (len > word.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if ((t[i + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** End of a full weekday name at {@code i}, or -1. */
    public static int weekdayEnd(char[] t, int i) {
        if (i + 6 > t.length || !Chars.matchesAt(t, i + 3, "day") && !Chars.matchesAt(t, i + 4, "day")
                && !Chars.matchesAt(t, i + 5, "day") && !Chars.matchesAt(t, i + 6, "day")) {
            return -1;
        }
        for (String w : WEEKDAYS) {
            if (i < t.length && t[i] >= 'A' && t[i] <= 'Z' && Chars.matchesAt(t, i, w)
                    && Chars.endsToken(t, i + w.length()) && caseConsistent(t, i, i + w.length())) {
                return i + w.length();
            }
        }
        return -1;
    }

    /** Parses 1-2 digits at {@code i} as a value in [lo, hi]; returns the end or -1. */
    public static int number(char[] t, int i, int minDigits, int maxDigits, int lo, int hi) {
        int v = 0;
        int p = i;
        while (p < t.length && isDigit(t[p]) && p - i < maxDigits + 1) {
            v = v * 10 + t[p] - '0';
            p++;
        }
        int d = p - i;
        return d >= minDigits && d <= maxDigits && v >= lo && v <= hi ? p : -1;
    }

    /** End after an English ordinal suffix (st, nd, rd, th) at {@code i}, or {@code i}. */
    public static int ordinal(char[] t, int i) {
        if (Chars.matchesAt(t, i, "st") || Chars.matchesAt(t, i, "nd") || Chars.matchesAt(t, i, "rd")
                || Chars.matchesAt(t, i, "th")) {
            return i + 2;
        }
        return i;
    }
}
