package dev.transformcluster.redactor.recognizers.support;

import java.util.Locale;

/** Cheap character tests and context look-ups shared by the scanners; no allocation per char. */
public final class Chars {

    /** ASCII letters and digits. */
    private static final boolean[] ASCII_ALNUM = new boolean[128];
    /** ASCII letters. */
    private static final boolean[] ASCII_LETTER = new boolean[128];
    /** ASCII characters lower-cased. */
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_LETTER[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            ASCII_ALNUM[c] = ASCII_LETTER[c] || c >= '0' && c <= '9';
            ASCII_LOWER[c] = (char) (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
    }

    private Chars() {
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@link Character#toLowerCase(char)} without its look-up for ASCII. The ASCII path is a table
     * read rather than range tests: that keeps the method small enough for the first JIT tier to
     * inline it (the command line runs with that tier only), and the same holds for the tests below.
     */
    public static char lower(char c) {
        return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    /** {@link Character#isDigit(char)} (any script's digits) without its look-up for ASCII. */
    public static boolean isAnyDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    public static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c);
    }

    public static boolean isLower(char c) {
        return c >= 'a' && c <= 'z' || c > 127 && Character.isLowerCase(c);
    }

    public static boolean isLetter(char c) {
        return c < 128 ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    /** An ASCII digit or any letter; a table look-up for ASCII, small enough to inline everywhere. */
    public static boolean isAlnum(char c) {
        return c < 128 ? ASCII_ALNUM[c] : Character.isLetter(c);
    }

    public static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** True when {@code i} is the start of the text or follows a non letter-or-digit. */
    public static boolean startsToken(char[] text, int i) {
        return i == 0 || !isAlnum(text[i - 1]);
    }

    /** True when {@code i} is the end of the text or precedes a non letter-or-digit. */
    public static boolean endsToken(char[] text, int i) {
        return i >= text.length || !isAlnum(text[i]);
    }

    /** Case-insensitive match of an ASCII {@code word} at {@code i}. */
    public static boolean matchesAt(char[] text, int i, String word) {
        int n = word.length();
        if (i < 0 || i + n > text.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char a = text[i + k];
            char b = word.charAt(k);
            if (a != b && (a | 0x20) != (b | 0x20)) {
                return false;
            }
            if (a != b && !isLetter(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the {@code window} chars before {@code pos} (fewer at the start of the text),
     * lower-cased, hold one of {@code words} (lower-case) as a whole word: see {@link #containsWordIn}.
     */
    public static boolean containsWordBefore(char[] text, int pos, int window, String... words) {
        return containsWordIn(text, Math.max(0, pos - window), pos, words);
    }

    /** As {@link #containsWordBefore}, in the {@code window} chars from {@code pos} on. */
    public static boolean containsWordAfter(char[] text, int pos, int window, String... words) {
        return containsWordIn(text, pos, Math.min(text.length, pos + window), words);
    }

    /**
     * True when {@code text[from, to)}, lower-cased, holds one of {@code words} (lower-case, not
     * empty) with no letter or digit right before or after it inside the range (the range's ends
     * count as word boundaries). Reads the text in place: these context tests run for every
     * candidate of some scanners, where building the window as a string showed in the allocation profile.
     */
    public static boolean containsWordIn(char[] text, int from, int to, String... words) {
        for (String w : words) {
            int len = w.length();
            char first = w.charAt(0);
            for (int at = from; at <= to - len; at++) {
                if (lower(text[at]) == first && lowerEquals(text, at, w)
                        && (at == from || !isAlnum(lower(text[at - 1])))
                        && (at + len == to || !isAlnum(lower(text[at + len])))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code text} lower-cased holds {@code word} at {@code at} (which has room for it). */
    private static boolean lowerEquals(char[] text, int at, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (lower(text[at + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The lower-cased last word (letters only) before {@code pos}, skipping non-letters; "" if none. */
    public static String previousWord(char[] text, int pos, int maxSkip) {
        int i = pos - 1;
        int limit = Math.max(0, pos - maxSkip);
        while (i >= limit && !isLetter(text[i])) {
            i--;
        }
        if (i < limit) {
            return "";
        }
        int end = i + 1;
        while (i >= 0 && end - i < 40 && isLetter(text[i])) {
            i--;
        }
        return new String(text, i + 1, end - i - 1).toLowerCase(Locale.ROOT);
    }

    /** Index of the start of the line holding {@code pos}, looking back at most {@code max} chars. */
    public static int lineStart(char[] text, int pos, int max) {
        int i = pos;
        int limit = Math.max(0, pos - max);
        while (i > limit && text[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** The first index at or after {@code from} holding {@code c}, or -1: {@code String.indexOf} for char arrays. */
    public static int indexOf(char[] text, char c, int from) {
        for (int i = Math.max(0, from); i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code s} occurs at {@code i} exactly (case-sensitive): {@code String.startsWith(s, i)}. */
    public static boolean startsWith(char[] text, String s, int i) {
        if (i < 0 || i + s.length() > text.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
