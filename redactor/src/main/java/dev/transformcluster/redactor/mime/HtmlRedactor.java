package dev.transformcluster.redactor.mime;

import dev.transformcluster.redactor.TextRedactor;

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
                redactText(redactor, html, textStart, i, out, counts);
                out.append("<!--");
                redactText(redactor, html, i + 4, close, out, counts);
                out.append("-->");
                i = close + 3;
                textStart = i;
            } else if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
                int end = tagEnd(html, i + 1);
                if (end < 0) {
                    break;
                }
                redactText(redactor, html, textStart, i, out, counts);
                copyTag(redactor, html, i, end, out, counts);
                i = end;
                textStart = i;
            } else {
                i++;
            }
        }
        redactText(redactor, html, textStart, n, out, counts);
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

    /** Copies a tag, redacting the contents of its quoted attribute values. */
    private static void copyTag(TextRedactor redactor, String html, int start, int end, StringBuilder out, long[] counts) {
        int i = start;
        int copied = start;
        while (i < end) {
            char c = html.charAt(i);
            if (c == '"' || c == '\'') {
                int close = html.indexOf(c, i + 1);
                if (close < 0 || close >= end) {
                    break;
                }
                out.append(html, copied, i + 1);
                redactText(redactor, html, i + 1, close, out, counts);
                copied = close;
                i = close + 1;
            } else {
                i++;
            }
        }
        out.append(html, copied, end);
    }

    private static void redactText(TextRedactor redactor, String html, int from, int to, StringBuilder out, long[] counts) {
        if (to <= from) {
            return;
        }
        if (isBlank(html, from, to)) {
            out.append(html, from, to);
            return;
        }
        redactor.redactInto(html, from, to, out, counts, ESCAPER);
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
