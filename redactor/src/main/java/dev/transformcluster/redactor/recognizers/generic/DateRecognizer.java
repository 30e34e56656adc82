package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Calendar.foreignMonthEnd;
import static dev.transformcluster.redactor.recognizers.support.Calendar.monthEnd;
import static dev.transformcluster.redactor.recognizers.support.Calendar.number;
import static dev.transformcluster.redactor.recognizers.support.Calendar.ordinal;
import static dev.transformcluster.redactor.recognizers.support.Calendar.weekdayEnd;
import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Calendar;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Calendar dates: "11 May 2022", "May 11, 2022", "May 11th", "Aug. 19", "the 3rd of June",
 * "Tuesday, June 11", "12/24/2024", "9/12/23", "2020-06-19", "24.12.2024", "08-Oct-1999".
 * Machine log timestamps are not personal data and are skipped: an ISO date glued to a time
 * ("2024-12-11T15:05:12"), a date followed by a time with fractional seconds, the Apache form
 * "[02/Nov/2024:14:06:43", and the syslog form "Mar 15 03:57:23".
 */
public final class DateRecognizer implements IndexedRecognizer {

    /** Bit c - 'A' set for the capitals a month or weekday name starts with: J F M A S O N D T W. */
    private static final int NAMED_INITIALS = bits("JFMASONDTW");

    /** The characters {@link #numeric} accepts after a day or month of one or two digits. */
    private static final boolean[] AFTER_DAY = new boolean[128];

    static {
        for (char c : ". /-estnrESTNR".toCharArray()) { // a separator, a space, an ordinal's first letter (any case)
            AFTER_DAY[c] = true;
        }
    }

    private static int bits(String capitals) {
        int m = 0;
        for (char c : capitals.toCharArray()) {
            m |= 1 << c - 'A';
        }
        return m;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    @Override
    public void scan(char[] t, TextIndex index, List<Finding> out) {
        // Each candidate is judged on its own (numeric() and named() read nothing but the text):
        // the digit runs in one loop, the capitalised words in another; the dates found are then
        // taken in text order, each unless it starts inside the one taken before it. That is what
        // one walk over both lists in text order finds, without a test per candidate of which
        // list comes next (a branch that goes either way, so a mispredicted one).
        int n = index.length();
        Ends numbers = new Ends();
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0, runs = index.digitRuns(); k < runs; k++) {
            int p = runStart[k];
            if (mayStartNumeric(t, n, runEnd[k] - p, runEnd[k]) && Chars.startsToken(t, p)) {
                numbers.add(p, numeric(t, p));
            }
        }
        Ends names = new Ends();
        int[] capStart = index.capWordStarts();
        for (int k = 0, caps = index.capWords(); k < caps; k++) {
            int p = capStart[k];
            char c = t[p];
            // a capital that starts a month or weekday name (others would fail in named())
            if (c >= 'A' && c <= 'Z' && (NAMED_INITIALS >>> c - 'A' & 1) != 0 && Chars.startsToken(t, p)) {
                names.add(p, named(t, p));
            }
        }
        int last = 0;
        for (int a = 0, b = 0; a < numbers.count || b < names.count; ) {
            long next = b == names.count || a < numbers.count && numbers.at[a] < names.at[b] ? numbers.at[a++] : names.at[b++];
            int p = (int) (next >>> 32);
            int e = (int) next;
            if (p < last) {
                continue; // inside the date before
            }
            last = e;
            if (TimeRecognizer.startsLogLine(t, p, e)) {
                continue; // "Jan 12 2024 09:15:22 INFO ...": a log line's timestamp
            }
            // "the 3rd of June": the article belongs to the date
            int s = isDigit(t[p]) && Chars.matchesAt(t, p - 4, "the ") && Chars.startsToken(t, p - 4)
                    && Chars.matchesAt(t, ordinal(t, number(t, p, 1, 2, 1, 31)), " of ") ? p - 4 : p;
            out.add(new Finding(EntityType.DATE, s, e, 0.85));
        }
    }

    /** Candidates that start a date, in ascending order: start and end packed in a long. */
    private static final class Ends {
        long[] at = new long[32];
        int count;

        /** Records the candidate at {@code p} when it ends a date at {@code e} (no date: {@code e} < 0). */
        void add(int p, int e) {
            if (e > 0) {
                if (count == at.length) {
                    at = Arrays.copyOf(at, 2 * count);
                }
                at[count++] = (long) p << 32 | e;
            }
        }
    }

    /**
     * Whether a digit run of {@code length} digits ending at {@code end} can start a date that
     * {@link #numeric} accepts: a year followed by '-' or '/', or a day or month of one or two
     * digits followed by what {@code numeric} goes on with: '.', '/' or '-', a space (before a
     * month), or an ordinal suffix ("st", "nd", "rd", "th", the French "er"). The same tests
     * {@code numeric} makes, on the run the index measured, without its calls.
     */
    private static boolean mayStartNumeric(char[] t, int n, int length, int end) {
        if (end >= n) {
            return false;
        }
        char next = t[end];
        return length <= 2 ? next < 128 && AFTER_DAY[next] : length == 4 && (next == '-' || next == '/');
    }


    /** Dates starting with a digit. */
    private static int numeric(char[] t, int s) {
        char prev = s > 0 ? t[s - 1] : ' ';
        if (prev == '.' || prev == '-' || prev == '/' || prev == ':') {
            return -1;
        }
        int p = number(t, s, 4, 4, 1900, 2099);
        if (p > 0 && (sep(t, p, '-') || sep(t, p, '/'))) { // 2020-06-19, 2020/06/19 (not 2023.1.9: versions)
            char c = t[p];
            int m = number(t, p + 1, c == '-' ? 2 : 1, 2, 1, 12);
            int d = m > 0 && sep(t, m, c) ? number(t, m + 1, c == '-' ? 2 : 1, 2, 1, 31) : -1;
            return d > 0 && endOk(t, d) && !logTime(t, d) ? d : -1;
        }
        int a = number(t, s, 1, 2, 1, 31);
        if (a < 0) {
            return -1;
        }
        char sp = a < t.length ? t[a] : ' ';
        if (sp == '.' && at(t, a + 1) == ' ') { // German "3. März 2025", "15. April"
            int m = monthEnd(t, a + 2);
            m = m < 0 ? foreignMonthEnd(t, a + 2) : m;
            int y = m > 0 && at(t, m) == ' ' ? number(t, m + 1, 4, 4, 1000, 2999) : -1;
            return y > 0 && endOk(t, y) ? y : m > 0 && m - a - 2 > 3 ? m : -1;
        }
        if (sp == '/' || sp == '.' || sp == '-') {
            int m = monthEnd(t, a + 1); // 08-Oct-1999, 02/Nov/2024
            if (m < 0) {
                m = number(t, a + 1, 1, 2, 1, 31);
            }
            if (m < 0 || !sep(t, m, sp)) {
                return -1;
            }
            int y = number(t, m + 1, 4, 4, 1900, 2099);
            if (y < 0 && sp == '/') {
                y = number(t, m + 1, 2, 2, 0, 99);
            }
            if (y < 0 || !endOk(t, y) || sp == '.' && (a - s != 2 || m - a != 3)) {
                return -1;
            }
            if (y < t.length && t[y] == ':' || logTime(t, y)) {
                return -1; // Apache log "[02/Nov/2024:14:06:43" or a log line's timestamp
            }
            return y;
        }
        // 26 Aug 2022, 3rd of December, 25 December
        int o = a == s + 1 && t[s] == '1' && Chars.matchesAt(t, a, "er") ? a + 2 : ordinal(t, a); // "1er"
        int q = o;
        boolean de = Chars.matchesAt(t, q, " de "); // Spanish "12 de abril de 2025"
        if (Chars.matchesAt(t, q, " of ") || de) {
            q += 3;
        }
        if (q >= t.length || t[q] != ' ') {
            return -1;
        }
        int m = monthEnd(t, q + 1);
        m = m < 0 ? foreignMonthEnd(t, q + 1) : m; // "15 maggio 2025", "1er janvier", "4 juni"
        if (m < 0) {
            return -1;
        }
        int mm = m < t.length && t[m] == '.' ? m + 1 : de && Chars.matchesAt(t, m, " de ") ? m + 3 : m;
        int y = mm < t.length && t[mm] == ' ' ? number(t, mm + 1, 4, 4, 1000, 2999) : -1;
        if (y > 0 && endOk(t, y)) {
            return y;
        }
        return m - q - 1 > 3 || o > a ? m : -1;
    }

    /** Dates starting with a letter: month first, weekday first, or "the 3rd of May". */
    private static int named(char[] t, int s) {
        if (t[s] == 't') {
            if (Chars.matchesAt(t, s, "the ") && isDigit(at(t, s + 4))) {
                int e = numeric(t, s + 4);
                return e > 0 && Chars.matchesAt(t, ordinal(t, number(t, s + 4, 1, 2, 1, 31)), " of ") ? e : -1;
            }
            return -1;
        }
        if (!Calendar.mayStartName(t, s)) {
            return -1; // most capitalised words: not a month or weekday by their first three letters
        }
        int w = weekdayEnd(t, s);
        if (w > 0) {
            int p = w < t.length && t[w] == ',' ? w + 1 : w;
            if (p < t.length && t[p] == ' ') {
                int e = monthFirst(t, p + 1);
                if (e < 0 && isDigit(at(t, p + 1))) {
                    e = numeric(t, p + 1);
                }
                return e;
            }
            return -1;
        }
        return monthFirst(t, s);
    }

    /** "May 11, 2022", "May 11th", "Aug. 19", "Jan 5 2023". */
    private static int monthFirst(char[] t, int s) {
        int m = monthEnd(t, s);
        if (m < 0) {
            return -1;
        }
        int p = m < t.length && t[m] == '.' ? m + 1 : m;
        if (p >= t.length || t[p] != ' ') {
            return -1;
        }
        int d = number(t, p + 1, 1, 2, 1, 31);
        if (d < 0) {
            return -1;
        }
        int o = ordinal(t, d);
        if (!Chars.endsToken(t, o) || at(t, o) == ':' || at(t, o) == '.' && isDigit(at(t, o + 1))) {
            return -1;
        }
        int y = at(t, o) == ',' && at(t, o + 1) == ' ' ? number(t, o + 2, 4, 4, 1000, 2999)
                : at(t, o) == ' ' ? number(t, o + 1, 4, 4, 1000, 2999) : -1;
        if (y > 0 && endOk(t, y)) {
            return y;
        }
        if (at(t, o) == ' ' && isDigit(at(t, o + 1)) && at(t, o + 3) == ':') {
            return -1; // syslog "Mar 15 03:57:23": a log timestamp, not a date
        }
        return o;
    }

    private static char at(char[] t, int i) {
        return i < t.length ? t[i] : ' ';
    }

    private static boolean sep(char[] t, int i, char c) {
        return i < t.length && t[i] == c;
    }

    private static boolean endOk(char[] t, int e) {
        return e >= t.length || !isAlnum(t[e]) && !(t[e] == '/' || t[e] == '-'
                || t[e] == '.' && isDigit(at(t, e + 1)));
    }

    /** A time glued to the date ('T') or one with fractional seconds: a log timestamp. */
    static boolean logTime(char[] t, int e) {
        if (at(t, e) == 'T' && isDigit(at(t, e + 1))) {
            return true;
        }
        if (at(t, e) != ' ' || !isDigit(at(t, e + 1))) {
            return false;
        }
        int p = e + 1;
        while (p < t.length && p - e < 10 && (isDigit(t[p]) || t[p] == ':')) {
            p++;
        }
        // "2024-07-03 00:57:54,000" (fractional seconds), or an ISO date and a time with seconds
        // ("2025-06-13 16:48:00"): a machine timestamp either way
        return p - e == 9 && (at(t, p) == ',' || at(t, p) == '.') && isDigit(at(t, p + 1))
                || p - e == 9 && at(t, e - 3) == '-' && at(t, e - 6) == '-';
    }
}
