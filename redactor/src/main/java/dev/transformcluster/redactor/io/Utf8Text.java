package dev.transformcluster.redactor.io;

import java.util.Arrays;

/**
 * Strict UTF-8 decoded straight into the character array the engine scans, with what it takes to
 * map character offsets back to byte offsets. This replaces decoding to a {@code String} and then
 * copying its characters out (two passes and an array the size of the text), and walking the bytes
 * again to find where each finding starts: the decoder records the few characters that took more
 * than one byte, so a character offset becomes a byte offset by skipping over those records.
 *
 * <p>Well-formed means what the Unicode standard's table 3-7 says (as the JDK's decoder with
 * {@code CodingErrorAction.REPORT}): no overlong forms, no surrogate code points, nothing above
 * U+10FFFF, no truncated sequence at the end.
 *
 * <p>Not thread-safe ({@link #byteOffset} keeps a cursor): one per text and thread.
 */
public final class Utf8Text {

    private static final int[] NONE = new int[0];

    private final char[] chars;
    /** The decoded text is {@code chars[0, length)}; NULs follow it to the end of the array. */
    private final int length;
    /** Character index of each character that took more than one byte (the high surrogate of a pair). */
    private final int[] wideAt;
    /** Bytes beyond one per character, summed over the wide characters up to and including each. */
    private final int[] extraThrough;
    private final int wideCount;
    /** Cursor of {@link #byteOffset}: records before it lie before the last position asked for. */
    private int cursor;

    private Utf8Text(char[] chars, int length, int[] wideAt, int[] extraThrough, int wideCount) {
        this.chars = chars;
        this.length = length;
        this.wideAt = wideAt;
        this.extraThrough = extraThrough;
        this.wideCount = wideCount;
    }

    /** Decodes {@code b[off, off+len)}, or returns {@code null} when it is not well-formed UTF-8. */
    public static Utf8Text decodeOrNull(byte[] b, int off, int len) {
        return decodeOrNull(b, off, len, null);
    }

    /**
     * As {@link #decodeOrNull(byte[], int, int)}, decoding into {@code scratch} when it holds
     * {@code len} characters, which then becomes the text's {@link #chars()}: the characters after
     * the decoded ones are set to NUL, as {@link dev.transformcluster.redactor.Engine#detect(char[], int)}
     * takes them. A caller decoding piece after piece of a stream reuses one array this way, where
     * an array of each piece's exact size cost an allocation, its zeroing and a copy per piece.
     */
    public static Utf8Text decodeOrNull(byte[] b, int off, int len, char[] scratch) {
        char[] c = scratch != null && scratch.length >= len ? scratch : new char[len]; // one char per byte at most
        int[] wideAt = NONE;
        int[] extraThrough = NONE;
        int w = 0;
        int extra = 0;
        int n = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            // four ASCII bytes at a time while they last: the first JIT tier does not unroll loops
            while (i + 4 <= end) {
                int x0 = b[i];
                int x1 = b[i + 1];
                int x2 = b[i + 2];
                int x3 = b[i + 3];
                if ((x0 | x1 | x2 | x3) < 0) {
                    break;
                }
                c[n] = (char) x0;
                c[n + 1] = (char) x1;
                c[n + 2] = (char) x2;
                c[n + 3] = (char) x3;
                n += 4;
                i += 4;
            }
            if (i >= end) {
                break;
            }
            int x = b[i];
            if (x >= 0) {
                c[n++] = (char) x;
                i++;
                continue;
            }
            int size = sequenceLength(b, i, end);
            if (size == 0) {
                return null;
            }
            if (w == wideAt.length) {
                wideAt = Arrays.copyOf(wideAt, Math.max(16, 2 * w));
                extraThrough = Arrays.copyOf(extraThrough, wideAt.length);
            }
            wideAt[w] = n;
            if (size == 2) {
                c[n++] = (char) ((x & 0x1F) << 6 | b[i + 1] & 0x3F);
                extra += 1;
            } else if (size == 3) {
                c[n++] = (char) ((x & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
                extra += 2;
            } else {
                int cp = (x & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
                c[n++] = Character.highSurrogate(cp);
                c[n++] = Character.lowSurrogate(cp);
                extra += 2; // four bytes for two chars
            }
            extraThrough[w++] = extra;
            i += size;
        }
        if (c == scratch) {
            Arrays.fill(c, n, c.length, '\0'); // a new array is all NULs already
        }
        return new Utf8Text(c, n, wideAt, extraThrough, w);
    }

    /**
     * The length of the well-formed sequence whose lead byte (not ASCII) is at {@code i}, or 0 when
     * it is ill-formed or cut off by {@code end}.
     */
    private static int sequenceLength(byte[] b, int i, int end) {
        int x = b[i] & 0xFF;
        if (x < 0xC2 || x > 0xF4) {
            return 0; // a continuation byte, an overlong two-byte lead, or beyond U+10FFFF
        }
        if (x < 0xE0) {
            return i + 1 < end && isContinuation(b[i + 1]) ? 2 : 0;
        }
        int size = x < 0xF0 ? 3 : 4;
        if (i + size > end) {
            return 0;
        }
        int b1 = b[i + 1] & 0xFF;
        // the second byte's range excludes overlong forms (E0, F0), surrogates (ED) and > U+10FFFF (F4)
        int lo = x == 0xE0 ? 0xA0 : x == 0xF0 ? 0x90 : 0x80;
        int hi = x == 0xED ? 0x9F : x == 0xF4 ? 0x8F : 0xBF;
        if (b1 < lo || b1 > hi || !isContinuation(b[i + 2])) {
            return 0;
        }
        return size == 3 || isContinuation(b[i + 3]) ? size : 0;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * The decoded characters (owned by this object: read, never write): the first {@link #length()}
     * of the array, NULs after them.
     */
    public char[] chars() {
        return chars;
    }

    /** The number of decoded characters. */
    public int length() {
        return length;
    }

    /** The decoded text as a string. */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** Whether every character took one byte (then character and byte offsets are equal). */
    public boolean isAscii() {
        return wideCount == 0;
    }

    /**
     * The byte offset, from the start of the decoded range, of character offset {@code pos} (not
     * between the halves of a surrogate pair). Amortised O(1) for non-decreasing positions, the order
     * findings come in; an earlier position starts the look-up over.
     */
    public int byteOffset(int pos) {
        int k = cursor;
        if (k > 0 && wideAt[k - 1] >= pos) {
            k = 0;
        }
        while (k < wideCount && wideAt[k] < pos) {
            k++;
        }
        cursor = k;
        return pos + (k == 0 ? 0 : extraThrough[k - 1]);
    }
}
