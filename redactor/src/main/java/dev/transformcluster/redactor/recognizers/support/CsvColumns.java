package dev.transformcluster.redactor.recognizers.support;

/**
 * Columns of delimited tables (CSV, TSV, ';' exports, markdown and ASCII '|' tables) named by
 * their header: "first_name,last_name,email" makes every value below "first_name" a given name
 * whatever it looks like. One pass over the text (shared by every caller through the
 * {@link TextIndex}) lists the short fields that could be headers: at most 48 characters between
 * separators or line ends, on a line with a separator. A header is such a field whose trimmed
 * text is in the caller's set; the rows under it are read until a blank line or a line without
 * the separator, and a budget of a few times the text length keeps a text made of header lines
 * linear.
 */
public final class CsvColumns {

    /** Receives the trimmed range of one non-empty field. */
    @FunctionalInterface
    public interface FieldSink {
        void field(int start, int end);
    }

    private CsvColumns() {
    }

    /** Calls {@code sink} for each value, in the rows below a header, of a column whose header is in {@code headers}. */
    public static void scan(char[] t, TextIndex index, NameDictionary headers, FieldSink sink) {
        int n = index.length();
        long budget = 4L * n + 4096;
        int[] fields = index.headerFields();
        for (int f = 0, end = index.headerFieldEnds(); f < end && budget > 0; f += 2) {
            int fs = fields[f];
            int fe = fields[f + 1];
            int a = trimStart(t, fs, fe);
            int b = trimEnd(t, a, fe);
            if (!headers.contains(t, a, b)) {
                continue;
            }
            char sep = fe < n ? t[fe] : '\n';
            if (sep == '\n' || sep == '\r') {
                sep = t[fs - 1];
            }
            int ls = Chars.lineStart(t, fs, 2000);
            budget -= fs - ls;
            if (ls > 0 && t[ls - 1] != '\n') {
                continue;
            }
            budget = rows(t, n, ls, fs, fe, sep, budget, sink);
        }
    }

    /**
     * Reads the rows below the header {@code t[fs, fe)} of the line at {@code ls}, in the text
     * {@code t[0, n)}; returns the budget left.
     */
    private static long rows(char[] t, int n, int ls, int fs, int fe, char sep, long budget, FieldSink sink) {
        int col = 0;
        for (int p = ls; p < fs; p++) {
            col += t[p] == sep ? 1 : 0;
        }
        int le = Chars.indexOf(t, '\n', fe);
        for (int p = le + 1; le >= 0 && p < n && budget > 0; ) {
            int re = Chars.indexOf(t, '\n', p);
            re = re < 0 ? n : re;
            budget -= re - p + 1;
            if (re == p || re == p + 1 && t[p] == '\r') {
                break; // a blank line ends the table
            }
            int f = p;
            int c = 0;
            while (c < col && f < re) {
                c += t[f++] == sep ? 1 : 0;
            }
            if (c == col && (col > 0 || Chars.indexOf(t, sep, p) < re && Chars.indexOf(t, sep, p) >= 0)) {
                int g = f;
                while (g < re && t[g] != sep && t[g] != '\r') {
                    g++;
                }
                int vs = trimStart(t, f, g);
                int ve = trimEnd(t, vs, g);
                if (ve > vs) {
                    sink.field(vs, ve);
                }
            } else if (t[p] != '+') {
                break; // not a row of this table ("+----+" rules of ASCII tables are skipped)
            }
            p = re + 1;
        }
        return budget;
    }

    private static int trimStart(char[] t, int s, int e) {
        while (s < e && (t[s] == ' ' || t[s] == '"')) {
            s++;
        }
        return s;
    }

    private static int trimEnd(char[] t, int s, int e) {
        while (e > s && (t[e - 1] == ' ' || t[e - 1] == '"')) {
            e--;
        }
        return e;
    }
}
