package dev.transformcluster.redactor.recognizers.support;

/** Cheap character tests and context look-ups shared by the scanners; no allocation per char. */
public final class Chars {

    private Chars() {
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c);
    }

    public static boolean isLower(char c) {
        return c >= 'a' && c <= 'z' || c > 127 && Character.isLowerCase(c);
    }

    public static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127 && Character.isLetter(c);
    }

    public static boolean isAlnum(char c) {
        return isDigit(c) || isLetter(c);
    }

    public static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** True when {@code text[i]} is a digit. */
    public static boolean digitAt(CharSequence text, int i) {
        return i >= 0 && i < text.length() && isDigit(text.charAt(i));
    }

    /** True when {@code i} is the start of the text or follows a non letter-or-digit. */
    public static boolean startsToken(CharSequence text, int i) {
        return i == 0 || !isAlnum(text.charAt(i - 1));
    }

    /** True when {@code i} is the end of the text or precedes a non letter-or-digit. */
    public static boolean endsToken(CharSequence text, int i) {
        return i >= text.length() || !isAlnum(text.charAt(i));
    }

    /** Case-insensitive match of an ASCII {@code word} at {@code i}. */
    public static boolean matchesAt(CharSequence text, int i, String word) {
        int n = word.length();
        if (i < 0 || i + n > text.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char a = text.charAt(i + k);
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

    /** Case-insensitive match of a whole word at {@code i} (token boundaries on both sides). */
    public static boolean wordAt(CharSequence text, int i, String word) {
        return matchesAt(text, i, word) && startsToken(text, i) && endsToken(text, i + word.length());
    }

    /**
     * The lower-cased text of the {@code window} chars before {@code pos} (fewer at the start),
     * with line breaks kept. Allocates: call only for candidates, never per character.
     */
    public static String before(CharSequence text, int pos, int window) {
        int from = Math.max(0, pos - window);
        StringBuilder sb = new StringBuilder(pos - from);
        for (int i = from; i < pos; i++) {
            sb.append(Character.toLowerCase(text.charAt(i)));
        }
        return sb.toString();
    }

    /** The lower-cased text of the {@code window} chars from {@code pos} on. */
    public static String after(CharSequence text, int pos, int window) {
        int to = Math.min(text.length(), pos + window);
        StringBuilder sb = new StringBuilder(Math.max(0, to - pos));
        for (int i = pos; i < to; i++) {
            sb.append(Character.toLowerCase(text.charAt(i)));
        }
        return sb.toString();
    }

    /** True when {@code haystack} contains any of {@code words} as a whole word. */
    public static boolean containsWord(String haystack, String... words) {
        for (String w : words) {
            int at = haystack.indexOf(w);
            while (at >= 0) {
                if (startsToken(haystack, at) && endsToken(haystack, at + w.length())) {
                    return true;
                }
                at = haystack.indexOf(w, at + 1);
            }
        }
        return false;
    }

    /** The lower-cased last word (letters only) before {@code pos}, skipping non-letters; "" if none. */
    public static String previousWord(CharSequence text, int pos, int maxSkip) {
        int i = pos - 1;
        int limit = Math.max(0, pos - maxSkip);
        while (i >= limit && !isLetter(text.charAt(i))) {
            i--;
        }
        if (i < limit) {
            return "";
        }
        int end = i + 1;
        while (i >= 0 && end - i < 40 && isLetter(text.charAt(i))) {
            i--;
        }
        return text.subSequence(i + 1, end).toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Index of the start of the line holding {@code pos}, looking back at most {@code max} chars. */
    public static int lineStart(CharSequence text, int pos, int max) {
        int i = pos;
        int limit = Math.max(0, pos - max);
        while (i > limit && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }
}
