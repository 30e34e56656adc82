package dev.transformcluster.redactor.recognizers.support;

import static dev.transformcluster.redactor.recognizers.support.Chars.isLetter;
import static dev.transformcluster.redactor.recognizers.support.Chars.isLower;
import static dev.transformcluster.redactor.recognizers.support.Chars.isUpper;
import java.util.List;

/**
 * Scratch parser of a name-shaped sequence: up to five capitalised words or initials ("Y."),
 * single-space separated, with lower-case particles (van, de, von...) between them. Words may
 * hold inner apostrophes and hyphens (O'Brien, Lind-Kuvalis). One instance per scan.
 */
public final class NameSequence {

    /** The name particles (lower case). */
    static final List<String> PARTICLE_WORDS = List.of("van", "von", "de",
            "der", "den", "da", "del", "della", "di", "du", "la", "le", "dos", "das", "bin", "ibn", "al", "el",
            "ter", "ten", "zu", "af", "ben", "st");
    private static final NameDictionary PARTICLES = NameDictionary.of(PARTICLE_WORDS);
    /**
     * The letter pairs a particle starts with, by {@code 26 * first + second} (lower-case ASCII
     * letters, 'a' = 0): most words are rejected by their first two letters without a look-up.
     */
    private static final boolean[] PARTICLE_START = new boolean[26 * 26];

    static {
        for (String w : PARTICLE_WORDS) {
            PARTICLE_START[26 * (w.charAt(0) - 'a') + w.charAt(1) - 'a'] = true;
        }
    }
    public static final int MAX = 5;
    /** An ASCII letter lower-cased ({@link NameDictionary#fold}), 0 for other ASCII characters: one look-up per character of a word. */
    private static final char[] ASCII_LETTER_FOLDED = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER_FOLDED[c] = c;
            ASCII_LETTER_FOLDED[c - 32] = c;
        }
    }

    public final int[] wordStart = new int[MAX];
    public final int[] wordEnd = new int[MAX];
    /** {@link NameDictionary#hashOf} of each word (initials included). */
    public final int[] wordHash = new int[MAX];
    public int words;
    public int start;
    public int end;

    /** True when a name particle (van, de, von...) followed by a space starts at {@code i}. */
    public static boolean isParticle(char[] t, int i) {
        if (i >= t.length) {
            return false;
        }
        // two ASCII letters fold to themselves, lower-cased: a pair no particle starts with decides
        char a = NameDictionary.fold(t[i]);
        char b = i + 1 < t.length ? NameDictionary.fold(t[i + 1]) : ' ';
        if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && !PARTICLE_START[26 * (a - 'a') + b - 'a']) {
            return false;
        }
        int e = wordEnd(t, i);
        return e < t.length && t[e] == ' ' && PARTICLES.contains(t, i, e);
    }

    /**
     * {@link #wordEnd} and {@link NameDictionary#hashOf} of that word in one pass: the end in the
     * high 32 bits, the hash in the low 32.
     */
    public static long wordEndAndHash(char[] t, int i) {
        int n = t.length;
        int p = i;
        int h = 0;
        char[] asciiFolded = ASCII_LETTER_FOLDED;
        while (p < n && p - i < 40) {
            char c = t[p];
            char f = c < 128 ? asciiFolded[c] : isLetter(c) ? NameDictionary.fold(c) : 0;
            if (f != 0) {
                h = 31 * h + f;
                p++;
            } else if ((c == '\'' || c == '-' || c == '\u2019') && p > i && p + 1 < n && isLetter(t[p + 1])) {
                p++;
            } else {
                break;
            }
        }
        return (long) p << 32 | NameDictionary.finish(h) & 0xffffffffL;
    }

    /** End of the word (letters, inner ' - ’) starting at {@code i}. */
    public static int wordEnd(char[] t, int i) {
        int n = t.length;
        int p = i;
        while (p < n && p - i < 40) {
            char c = t[p];
            if (isLetter(c)) {
                p++;
            } else if ((c == '\'' || c == '-' || c == '\u2019') && p > i && p + 1 < n && isLetter(t[p + 1])) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    /** Parses at {@code i}; returns the number of words (0 when no name starts there). */
    public int parse(char[] t, int i, NameDictionary stop) {
        return parse(t, i, stop, -1);
    }

    /**
     * {@link #parse(char[], int, NameDictionary)} given {@code firstEndAndHash}, the
     * {@link #wordEndAndHash} of the word at {@code i} when the caller has it (else -1).
     */
    public int parse(char[] t, int i, NameDictionary stop, long firstEndAndHash) {
        int n = t.length;
        words = 0;
        start = i;
        end = i;
        int p = i;
        while (words < MAX && p < n) {
            char c = t[p];
            if (!isUpper(c)) {
                break;
            }
            long eh = p == i && firstEndAndHash >= 0 ? firstEndAndHash : wordEndAndHash(t, p);
            int e = (int) (eh >>> 32);
            int h = (int) eh;
            boolean initial = e == p + 1 && e < n && t[e] == '.';
            if (e < n && Chars.isAnyDigit(t[e]) || !initial && (e - p < 2 || stop.contains(t, p, e, h))
                    || !initial && !isLower(t[e - 1]) && !allUpper(t, p, e)) {
                break;
            }
            wordHash[words] = h;
            wordStart[words] = p;
            wordEnd[words] = initial ? e + 1 : e;
            words++;
            end = wordEnd[words - 1];
            p = end;
            if (p + 1 >= n || t[p] != ' ') {
                break;
            }
            int q = p + 1;
            if (isLower(t[q])) { // a particle: "Ludwig van Beethoven"
                int pe = wordEnd(t, q);
                if (!PARTICLES.contains(t, q, pe) || pe + 1 >= n || t[pe] != ' ' || !isUpper(t[pe + 1])) {
                    break;
                }
                q = pe + 1;
            }
            p = q;
        }
        return words;
    }

    private static boolean allUpper(char[] t, int s, int e) {
        for (int k = s; k < e; k++) {
            if (isLower(t[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when every word is a one-letter initial. */
    public boolean onlyInitials(char[] t) {
        for (int k = 0; k < words; k++) {
            if (wordEnd[k] - wordStart[k] != 2 || t[wordEnd[k] - 1] != '.') {
                return false;
            }
        }
        return true;
    }
}
