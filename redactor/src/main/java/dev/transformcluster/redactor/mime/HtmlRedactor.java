package dev.transformcluster.redactor.mime;

import dev.transformcluster.redactor.TextRedactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Redacts an HTML document's text and quoted attribute values while leaving its markup intact:
 * tags, attribute names, comments' delimiters and the document's structure are copied, and
 * replacements are HTML-escaped so that {@code <EMAIL_ADDRESS>} shows as text instead of being
 * taken for an unknown element. Entity references ({@code &#64;}) are not decoded; values written
 * with them are not seen. A single linear pass; malformed markup (a {@code <} never closed) is
 * treated as text from there on, so nothing is skipped unredacted.
 */
public final class HtmlRedactor {

    static final TextRedactor.Escaper ESCAPER = (out, replacement) -> {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    };

    private HtmlRedactor() {
    }

    /** Appends the redaction of {@code html} to {@code out}, adding to {@code counts} (by type ordinal). */
    public static void redact(TextRedactor redactor, String html, StringBuilder out, long[] counts) {
        Ranges text = textRanges(html);
        List<String> values = new ArrayList<>(text.size);
        for (int r = 0; r < text.size; r++) {
            values.add(html.substring(text.from[r], text.to[r]));
        }
        // One engine call for all the text runs of the document.
        String[] redacted = redactor.redactEach(values, counts, ESCAPER);
        int copied = 0;
        for (int r = 0; r < text.size; r++) {
            if (redacted[r] != null) {
                out.append(html, copied, text.from[r]).append(redacted[r]);
                copied = text.to[r];
            }
        }
        out.append(html, copied, html.length());
    }

    /** The ranges of {@code html} that are text: between tags, inside comments, inside quoted attribute values. */
    static Ranges textRanges(String html) {
        Ranges ranges = new Ranges();
        int n = html.length();
        int textStart = 0;
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<' || i + 1 >= n) {
                i++;
                continue;
            }
            char next = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                if (close < 0) {
                    break;
                }
                ranges.add(html, textStart, i);
                ranges.add(html, i + 4, close);
                i = close + 3;
                textStart = i;
            } else if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
                int end = tagEnd(html, i + 1);
                if (end < 0) {
                    break;
                }
                ranges.add(html, textStart, i);
                attributeValues(html, i, end, ranges);
                i = end;
                textStart = i;
            } else {
                i++;
            }
        }
        ranges.add(html, textStart, n);
        return ranges;
    }

    /** The index just past the {@code >} closing the tag that starts before {@code from}, honouring quotes; -1 if none. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Records the contents of the quoted attribute values of the tag {@code html[start, end)}. */
    private static void attributeValues(String html, int start, int end, Ranges ranges) {
        int i = start;
        while (i < end) {
            char c = html.charAt(i);
            if (c == '"' || c == '\'') {
                int close = html.indexOf(c, i + 1);
                if (close < 0 || close >= end) {
                    return;
                }
                ranges.add(html, i + 1, close);
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    /** A growable list of [from, to) ranges; blank ranges are not recorded. */
    static final class Ranges {
        int[] from = new int[16];
        int[] to = new int[16];
        int size;

        void add(String s, int f, int t) {
            if (t <= f || isBlank(s, f, t)) {
                return;
            }
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = f;
            to[size] = t;
            size++;
        }
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
