package dev.transformcluster.redactor.recognizers.support;

/**
 * One pass over a text that records where scanners may start: the first digit of every digit
 * run and the first letter of every word that starts with a capital. Recognizers walk these
 * positions instead of every character, so a dozen recognizers cost about one pass. Not
 * thread-safe (look-up cursors): one index per text and thread, as the engine does.
 */
public final class TextIndex {

    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte UPPER = 2;
    private static final byte LOWER = 3;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII[c] = UPPER;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LOWER;
        }
    }

    private final String text;
    private final char[] chars;
    private int[] digits = new int[64];
    private int digitCount;
    private int[] caps = new int[64];
    private int capCount;
    private int[] headerFields;
    private int digitCursor;
    private int capCursor;

    private TextIndex(String text) {
        this.text = text;
        // one bulk copy that every scanner then reads: an array read is cheaper than String.charAt's
        // per-call checks, most of all before the JIT's last tier has compiled the scanners
        this.chars = text.toCharArray();
        int n = chars.length;
        byte prev = OTHER;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            byte cls;
            if (c < 128) {
                cls = ASCII[c];
            } else if (Character.isLetter(c)) {
                cls = Character.isUpperCase(c) ? UPPER : LOWER;
            } else {
                cls = OTHER;
            }
            if (cls == DIGIT) {
                if (prev != DIGIT) {
                    if (digitCount == digits.length) {
                        digits = java.util.Arrays.copyOf(digits, digitCount * 2);
                    }
                    digits[digitCount++] = i;
                }
            } else if (cls == UPPER && prev == OTHER) {
                if (capCount == caps.length) {
                    caps = java.util.Arrays.copyOf(caps, capCount * 2);
                }
                caps[capCount++] = i;
            }
            prev = cls;
        }
    }

    /** Indexes {@code text} (one pass, no per-character allocation). */
    public static TextIndex of(String text) {
        return new TextIndex(text);
    }

    public String text() {
        return text;
    }

    /** The text's characters, shared by the scanners: read, never write. */
    public char[] chars() {
        return chars;
    }

    /** Number of digit runs. */
    public int digitRuns() {
        return digitCount;
    }

    /** Start of the k-th digit run (any preceding character). */
    public int digitRun(int k) {
        return digits[k];
    }

    /**
     * The first digit-run start at or after {@code i}, or the text's length when none. Walks
     * forward from the previous answer (amortised O(1) for a left-to-right scan); a position
     * before the previous answer (the next recognizer starting over) falls back to binary search.
     */
    public int nextDigitRun(int i) {
        digitCursor = next(digits, digitCount, digitCursor, i);
        return digitCursor < digitCount ? digits[digitCursor] : chars.length;
    }

    /** The first capitalised-word start at or after {@code i}, or the text's length when none. */
    public int nextCapWord(int i) {
        capCursor = next(caps, capCount, capCursor, i);
        return capCursor < capCount ? caps[capCursor] : chars.length;
    }

    private static int next(int[] a, int count, int k, int i) {
        if (k > count || k > 0 && a[k - 1] >= i) {
            k = java.util.Arrays.binarySearch(a, 0, count, i);
            return k < 0 ? -k - 1 : k;
        }
        while (k < count && a[k] < i) {
            k++;
        }
        return k;
    }

    /** Number of words starting with a capital letter after a non-alphanumeric character. */
    public int capWords() {
        return capCount;
    }

    /** Start of the k-th capitalised word. */
    public int capWord(int k) {
        return caps[k];
    }

    /** The fields that may be table headers ({@link CsvColumns}), found on first use. */
    int[] headerFields() {
        if (headerFields == null) {
            headerFields = CsvColumns.candidateFields(chars);
        }
        return headerFields;
    }
}
