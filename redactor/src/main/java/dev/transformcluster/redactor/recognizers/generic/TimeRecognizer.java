package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Calendar.number;
import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Calendar;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.List;
import java.util.Set;

/**
 * Clock times: "17:45", "17:45:44", "8:00 AM", "9:15pm", "6pm", "3:45 p.m.", "1 a.m.".
 * Log timestamps are skipped: a time glued to a date by 'T', a time with fractional seconds,
 * a time after "yyyy-mm-dd " or "/yyyy:", and the syslog form "Mar 15 03:57:23".
 */
public final class TimeRecognizer implements IndexedRecognizer {

    private static final String[] MERIDIEM = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.TIME);
    }

    @Override
    public void scan(char[] t, TextIndex index, List<Finding> out) {
        int n = index.length();
        int i = 0; // where scanning resumes: a run ending before it is passed, one it cuts into starts at it
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0, runs = index.digitRuns(); k < runs; k++) {
            int r = runEnd[k];
            if (r <= i) {
                continue;
            }
            int s = Math.max(runStart[k], i);
            i = r;
            char next = r < n ? t[r] : ' ';
            if (r - s > 2 || next != ':' && next != ' ' && next != '.' && next != 'h' && (next | 0x20) != 'a'
                    && (next | 0x20) != 'p') {
                continue; // an hour has one or two digits, then "h", ":", ".", " " or a.m./p.m.: match would say no
            }
            int e = match(t, s, r);
            if (e > 0) {
                out.add(new Finding(EntityType.TIME, s, e, 0.85));
                i = e;
            }
        }
    }

    private static char at(char[] t, int i) {
        return i >= 0 && i < t.length ? t[i] : ' ';
    }

    /** End of a time starting at {@code s} whose first digit run ends at {@code r}, or -1. */
    private static int match(char[] t, int s, int r) {
        char prev = at(t, s - 1);
        boolean range = prev == '-' && isDigit(at(t, s - 2)) && at(t, s - 4) == ':'; // "08:00-10:00"
        if (s > 0 && (isAlnum(prev) || prev == ':' || prev == '.' || prev == ',' || prev == '-' && !range
                || prev == '/' || prev == '$' || prev == '#')) {
            return -1;
        }
        int h = number(t, s, 1, 2, 0, 24);
        if (h != r) {
            return -1;
        }
        int p = r;
        boolean seconds = false;
        if (at(t, p) == ':') {
            p = number(t, p + 1, 2, 2, 0, 59);
            if (p < 0) {
                return -1;
            }
            if (at(t, p) == ':' && isDigit(at(t, p + 1))) {
                p = number(t, p + 1, 2, 2, 0, 60);
                if (p < 0) {
                    return -1;
                }
                seconds = true;
            }
            if (at(t, p) == ':' && isDigit(at(t, p + 1)) || (at(t, p) == '.' || at(t, p) == ',')
                    && isDigit(at(t, p + 1)) || at(t, p) == 'Z' || isLogPrefix(t, s, seconds)
                    || seconds && beforeLogLevel(t, p)) {
                return -1;
            }
            int m = meridiem(t, p);
            if (m > 0) {
                return m;
            }
            return Chars.endsToken(t, p) ? p : -1;
        }
        if (at(t, p) == 'h' && isDigit(at(t, p + 1))) { // French "14h30"
            int q = number(t, p + 1, 2, 2, 0, 59);
            return q > 0 && Chars.endsToken(t, q) ? q : -1;
        }
        int u = at(t, p) == '.' ? number(t, p + 1, 2, 2, 0, 59) : p; // German "14.30 Uhr", "14 Uhr"
        if (u > 0 && Chars.matchesAt(t, u, " Uhr") && Chars.endsToken(t, u + 4)) {
            return u + 4;
        }
        int v = r - s == 1 ? t[s] - '0' : (t[s] - '0') * 10 + t[s + 1] - '0'; // h == r: one or two digits
        int m = meridiem(t, p);
        return m > 0 && v >= 1 && v <= 12 ? m : -1;
    }

    /** End after " am", "pm", " p.m." etc. at {@code p}, or -1. */
    private static int meridiem(char[] t, int p) {
        int q = at(t, p) == ' ' ? p + 1 : p;
        char first = at(t, q);
        if (first != 'a' && first != 'p' && first != 'A' && first != 'P') {
            return -1; // every MERIDIEM form starts with a or p
        }
        for (String m : MERIDIEM) {
            if (Chars.matchesAt(t, q, m)) {
                int e = q + m.length();
                if (m.endsWith(".") ? !Chars.isLetter(at(t, e)) : Chars.endsToken(t, e)) {
                    return e;
                }
            }
        }
        return -1;
    }

    private static final String[] LOG_LEVELS = {"TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR",
        "ERR", "FATAL", "CRITICAL", "CRIT", "SEVERE", "ALERT", "EMERG"};

    /**
     * True when the date {@code t[s, e)} starts a line and is followed by a time with seconds:
     * the timestamp of a log line, not personal data.
     */
    public static boolean startsLogLine(char[] t, int s, int e) {
        if (s > 0 && t[s - 1] != '\n' && t[s - 1] != '[') {
            return false;
        }
        int p = e;
        if (at(t, p) == ',') {
            p++;
        }
        if (at(t, p) != ' ' || !isDigit(at(t, p + 1))) {
            return false;
        }
        int q = p + 1;
        while (q < t.length && q - p < 10 && (isDigit(t[q]) || t[q] == ':')) {
            q++;
        }
        return q - p >= 8 && at(t, q - 3) == ':' && at(t, q - 6) == ':';
    }

    /** A time with seconds followed by a log level ("09:15:22 INFO"). */
    private static boolean beforeLogLevel(char[] t, int e) {
        if (at(t, e) != ' ') {
            return false;
        }
        for (String l : LOG_LEVELS) {
            if (Chars.startsWith(t, l, e + 1) && !Chars.isLetter(at(t, e + 1 + l.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Glued to an ISO date by 'T', after "yyyy-mm-dd ", or after a syslog "Mon dd ". */
    private static boolean isLogPrefix(char[] t, int s, boolean seconds) {
        char prev = at(t, s - 1);
        if (prev == 'T' && isDigit(at(t, s - 2))) {
            return true;
        }
        if (prev != ' ' || !seconds) {
            return false;
        }
        // "2024-07-03 00:57:54"
        if (s >= 11 && at(t, s - 4) == '-' && at(t, s - 7) == '-' && isDigit(at(t, s - 2))) {
            return true;
        }
        // "Mar 15 03:57:23" (no year): the month name starts a few chars back
        int d = s - 2;
        while (d >= 0 && isDigit(at(t, d)) && s - d < 4) {
            d--;
        }
        if (d == s - 2 || at(t, d) != ' ') {
            return false;
        }
        if (at(t, d - 1) == ' ') {
            d--; // syslog pads single-digit days: "Jul  3"
        }
        return d >= 3 && Calendar.monthEnd(t, d - 3) == d;
    }
}
