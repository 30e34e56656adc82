package dev.transformcluster.redactor.recognizers.support;

/**
 * Columns of delimited tables (CSV, TSV, ';' exports, markdown and ASCII '|' tables) named by
 * their header: "first_name,last_name,email" makes every value below "first_name" a given name
 * whatever it looks like. Headers are found with {@code String.indexOf} of a few trigger
 * strings; the rows under a header are read until a blank line or a line without the
 * separator, and a budget of a few times the text length keeps a text made of header lines
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

    private static boolean boundary(char c) {
        return c == ',' || c == ';' || c == '\t' || c == '|' || c == '\n' || c == '\r';
    }

    /** Calls {@code sink} for each value, in the rows below a header, of a column whose header is in {@code headers}. */
    public static void scan(String t, NameDictionary headers, String[] triggers, FieldSink sink) {
        int n = t.length();
        long budget = 4L * n + 4096;
        for (String trigger : triggers) {
            for (int k = t.indexOf(trigger); k >= 0 && budget > 0; k = t.indexOf(trigger, k + 1)) {
                int fs = k;
                while (fs > 0 && k - fs < 24 && !boundary(t.charAt(fs - 1))) {
                    fs--;
                }
                int fe = k;
                while (fe < n && fe - k < 24 && !boundary(t.charAt(fe))) {
                    fe++;
                }
                char sep = fe < n ? t.charAt(fe) : '\n';
                if (sep == '\n' || sep == '\r') {
                    sep = fs > 0 ? t.charAt(fs - 1) : '\n';
                }
                if (sep == '\n' || sep == '\r' || fs > 0 && !boundary(t.charAt(fs - 1)) || fe < n && !boundary(t.charAt(fe))) {
                    continue;
                }
                int a = trimStart(t, fs, fe);
                int b = trimEnd(t, a, fe);
                if (!headers.contains(t, a, b)) {
                    continue;
                }
                int ls = Chars.lineStart(t, fs, 2000);
                budget -= fs - ls;
                if (ls > 0 && t.charAt(ls - 1) != '\n') {
                    continue;
                }
                int col = 0;
                for (int p = ls; p < fs; p++) {
                    col += t.charAt(p) == sep ? 1 : 0;
                }
                int le = t.indexOf('\n', fe);
                for (int p = le + 1; le >= 0 && p < n && budget > 0; ) {
                    int re = t.indexOf('\n', p);
                    re = re < 0 ? n : re;
                    budget -= re - p + 1;
                    if (re == p || re == p + 1 && t.charAt(p) == '\r') {
                        break; // a blank line ends the table
                    }
                    int f = p;
                    int c = 0;
                    while (c < col && f < re) {
                        c += t.charAt(f++) == sep ? 1 : 0;
                    }
                    if (c == col && (col > 0 || t.indexOf(sep, p) < re && t.indexOf(sep, p) >= 0)) {
                        int g = f;
                        while (g < re && t.charAt(g) != sep && t.charAt(g) != '\r') {
                            g++;
                        }
                        int vs = trimStart(t, f, g);
                        int ve = trimEnd(t, vs, g);
                        if (ve > vs) {
                            sink.field(vs, ve);
                        }
                    } else if (t.charAt(p) != '+') {
                        break; // not a row of this table ("+----+" rules of ASCII tables are skipped)
                    }
                    p = re + 1;
                }
            }
        }
    }

    private static int trimStart(String t, int s, int e) {
        while (s < e && (t.charAt(s) == ' ' || t.charAt(s) == '"')) {
            s++;
        }
        return s;
    }

    private static int trimEnd(String t, int s, int e) {
        while (e > s && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '"')) {
            e--;
        }
        return e;
    }
}
