package dev.transformcluster.redactor.recognizers.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An immutable set of lower-case ASCII words looked up by char range, without allocating: the
 * probe folds case and Latin diacritics on the fly ("MÜLLER" and "Müller" find "muller").
 * Open addressing over a power-of-two table of indexes into one packed char array.
 */
public final class NameDictionary {

    private final char[] chars;
    private final int[] starts;
    private final int[] table;
    private final int mask;
    /** Bit k set when some entry has length k (k < 64): a cheap first rejection. */
    private long lengths;
    /** Bit c-'a' set when some entry starts with letter c. */
    private int firsts;
    /**
     * A blocked Bloom filter of the entries' hashes: two bits per entry in one 64-bit word, 12 to
     * 16 bits per entry (about 2% false positives). Most probes miss, and this array answers them
     * with one read, without touching {@link #table} and {@link #chars}, which for the big name
     * lists are megabytes and cost a cache miss each.
     */
    private final long[] filter;
    private final int filterShift;

    /** Entry {@code k} is {@code chars[starts[k], starts[k + 1])}, for {@code k < count}; duplicates are dropped. */
    private NameDictionary(char[] chars, int[] starts, int count) {
        this.chars = chars;
        this.starts = starts;
        int size = Integer.highestOneBit(Math.max(16, count * 3)) << 1;
        table = new int[size];
        mask = size - 1;
        int filterWords = Integer.highestOneBit(Math.max(1, count / 4)); // 64 bits a word: 16 bits an entry at most
        filter = new long[filterWords];
        filterShift = 32 - Integer.numberOfTrailingZeros(filterWords);
        for (int k = 0; k < count; k++) {
            int s = starts[k];
            int e = starts[k + 1];
            int full = hash(chars, s, e);
            int h = full & mask;
            boolean duplicate = false;
            while (table[h] != 0 && !duplicate) {
                duplicate = equalsFolded(table[h] - 1, chars, s, e);
                h = (h + 1) & mask;
            }
            if (duplicate) {
                continue;
            }
            table[h] = k + 1;
            lengths |= 1L << Math.min(63, e - s);
            char f = e == s ? ' ' : chars[s];
            firsts |= f >= 'a' && f <= 'z' ? 1 << (f - 'a') : 1 << 26;
            filter[filterWord(full)] |= filterBits(full);
        }
    }

    /**
     * Loads a gzip resource of one word a line (lower-case ASCII; blank lines and spaces around a
     * word are ignored). The lines are packed where they were read, without a string per line: the
     * big name lists are loaded while the command line starts, mostly before the JIT has compiled
     * anything, where every per-word allocation and pass shows.
     */
    public static NameDictionary load(String resource) {
        byte[] bytes;
        try (InputStream in = NameDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            bytes = new GZIPInputStream(in).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        char[] text = new String(bytes, StandardCharsets.UTF_8).toCharArray();
        int lines = 1;
        for (char c : text) {
            lines += c == '\n' ? 1 : 0;
        }
        int[] starts = new int[lines + 1];
        int count = 0;
        int packed = 0; // words move left over the line ends and spaces dropped before them
        for (int ls = 0; ls < text.length; ) {
            int le = ls;
            while (le < text.length && text[le] != '\n') {
                le++;
            }
            int s = ls;
            int e = le;
            while (s < e && text[s] <= ' ') {
                s++;
            }
            while (e > s && text[e - 1] <= ' ') {
                e--;
            }
            if (e > s) {
                starts[count++] = packed;
                System.arraycopy(text, s, text, packed, e - s);
                packed += e - s;
            }
            ls = le + 1;
        }
        starts[count] = packed;
        return new NameDictionary(Arrays.copyOf(text, packed), starts, count);
    }

    public static NameDictionary of(List<String> words) {
        int total = 0;
        for (String w : words) {
            total += w.length();
        }
        char[] chars = new char[total];
        int[] starts = new int[words.size() + 1];
        int p = 0;
        for (int k = 0; k < words.size(); k++) {
            starts[k] = p;
            words.get(k).getChars(0, words.get(k).length(), chars, p);
            p += words.get(k).length();
        }
        starts[words.size()] = p;
        return new NameDictionary(chars, starts, words.size());
    }

    /** Lower-cases and strips common Latin diacritics; other characters map to themselves. */
    public static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return foldNonAscii(c);
    }

    /** Kept out of {@link #fold} so that the ASCII path stays small enough for the JIT to inline. */
    private static char foldNonAscii(char c) {
        c = Character.toLowerCase(c);
        switch (c) {
            case 'à': case 'á': case 'â': case 'ã': case 'ä': case 'å': case 'ā': case 'ă': case 'ą':
                return 'a';
            case 'ç': case 'ć': case 'č':
                return 'c';
            case 'ď': case 'đ':
                return 'd';
            case 'è': case 'é': case 'ê': case 'ë': case 'ē': case 'ė': case 'ę': case 'ě':
                return 'e';
            case 'ì': case 'í': case 'î': case 'ï': case 'ī': case 'į':
                return 'i';
            case 'ł': case 'ľ': case 'ĺ':
                return 'l';
            case 'ñ': case 'ń': case 'ň':
                return 'n';
            case 'ò': case 'ó': case 'ô': case 'õ': case 'ö': case 'ø': case 'ō': case 'ő':
                return 'o';
            case 'ŕ': case 'ř':
                return 'r';
            case 'ś': case 'š': case 'ş': case 'ß':
                return 's';
            case 'ť': case 'ţ':
                return 't';
            case 'ù': case 'ú': case 'û': case 'ü': case 'ū': case 'ů': case 'ű':
                return 'u';
            case 'ý': case 'ÿ':
                return 'y';
            case 'ź': case 'ż': case 'ž':
                return 'z';
            case '\u01b0':
                return 'u';
            case '\u01a1':
                return 'o';
            default:
                return c >= '\u1ea0' && c <= '\u1ef9' ? vietnamese(c) : c;
        }
    }

    /** Base letter of a Vietnamese letter with tone marks (Latin Extended Additional U+1EA0-U+1EF9): "ễ" is "e". */
    private static char vietnamese(char c) {
        return c <= '\u1eb7' ? 'a' : c <= '\u1ec7' ? 'e' : c <= '\u1ecb' ? 'i' : c <= '\u1ee3' ? 'o' : c <= '\u1ef1' ? 'u' : 'y';
    }

    private static int hash(char[] s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = fold(s[i]);
            if (c == '\'' || c == '-' || c == '\u2019') {
                continue;
            }
            h = 31 * h + c;
        }
        return finish(h);
    }

    /**
     * The last step of {@link #hashOf}, for callers that compute the polynomial hash of a word
     * themselves ({@code 31 * h + fold(c)} over its letters): MurmurHash3's finaliser, applied once
     * per word rather than once per dictionary probed with it.
     */
    static int finish(int h) {
        return mix(h ^ h >>> 16);
    }

    /** The hash {@link #contains(CharSequence, int, int, int)} takes: compute once, probe many sets. */
    public static int hashOf(char[] s, int from, int to) {
        return hash(s, from, to);
    }

    /** True when the folded {@code s[from, to)} (apostrophes and hyphens ignored) is in the set. */
    public boolean contains(char[] s, int from, int to) {
        return contains(s, from, to, 0, false);
    }

    /** {@link #contains(CharSequence, int, int)} with the range's {@link #hashOf} already known. */
    public boolean contains(char[] s, int from, int to, int hashOfRange) {
        return contains(s, from, to, hashOfRange, true);
    }

    /** MurmurHash3's finaliser: every bit of the result depends on every bit of the hash (the table and the filter use it). */
    private static int mix(int h) {
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ h >>> 16;
    }

    /** The filter word of a hash: its top bits (a shift by 32 of an int is none: one word). */
    private int filterWord(int m) {
        return filterShift == 32 ? 0 : m >>> filterShift;
    }

    /** The two bits of a hash in its word: from its low twelve bits. */
    private static long filterBits(int m) {
        return 1L << m | 1L << (m >>> 6);
    }

    private boolean mayContain(int m) {
        long bits = filterBits(m);
        return (filter[filterWord(m)] & bits) == bits;
    }

    private boolean contains(char[] s, int from, int to, int known, boolean isKnown) {
        if (isKnown && !mayContain(known)) {
            return false; // certainly absent: every test below only rejects too
        }
        if (to - from < 2 || to - from > 30) {
            return false;
        }
        char f = fold(s[from]);
        if ((firsts & (f >= 'a' && f <= 'z' ? 1 << (f - 'a') : 1 << 26)) == 0
                || (lengths & 1L << (to - from)) == 0 && !hasPunct(s, from, to)) {
            return false; // the first letter before the length: the length test may read the whole range
        }
        int full = isKnown ? known : hash(s, from, to);
        if (!isKnown && !mayContain(full)) {
            return false;
        }
        int h = full & mask;
        while (table[h] != 0) {
            int k = table[h] - 1;
            if (equalsFolded(k, s, from, to)) {
                return true;
            }
            h = (h + 1) & mask;
        }
        return false;
    }

    private static boolean hasPunct(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '\'' || c == '-' || c == '\u2019') {
                return true;
            }
        }
        return false;
    }

    private boolean equalsFolded(int k, char[] s, int from, int to) {
        int p = starts[k];
        int end = starts[k + 1];
        for (int i = from; i < to; i++) {
            char c = fold(s[i]);
            if (c == '\'' || c == '-' || c == '\u2019') {
                continue;
            }
            if (p >= end || chars[p++] != c) {
                return false;
            }
        }
        return p == end;
    }
}
