package dev.transformcluster.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cheap decisions on the first bytes of an object: is it binary (a NUL byte, or a known binary
 * content type), and is it an RFC 5322 e-mail message (which must travel whole so the engine can
 * decode its MIME parts).
 */
public final class ContentSniffer {

    /** A header field at the very start: {@code Name: value}, as RFC 5322 section 2.2 defines names. */
    private static final Pattern FIRST_HEADER = Pattern.compile("^(?:From |[!-9;-~]+:[ \\t])");
    private static final Pattern KNOWN_EMAIL_HEADER = Pattern.compile(
            "(?im)^(from|to|subject|date|message-id|received|return-path|mime-version|delivered-to):");

    private ContentSniffer() { }

    public static boolean isBinary(byte[] head, int length, String contentType) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.startsWith("image/") || ct.startsWith("audio/") || ct.startsWith("video/")
                    || ct.equals("application/zip") || ct.equals("application/gzip") || ct.equals("application/pdf")) {
                return true;
            }
        }
        int n = Math.min(length, 8192);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    public static boolean isEmail(String key, String contentType, byte[] head, int length) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.endsWith(".eml") || k.endsWith(".msg.txt")
                || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("message/rfc822")) {
            return true;
        }
        String start = new String(head, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
        if (!FIRST_HEADER.matcher(start).find()) {
            return false;
        }
        int headerEnd = start.indexOf("\n\n");
        int crlfEnd = start.indexOf("\r\n\r\n");
        String headers = headerEnd < 0 && crlfEnd < 0 ? start : start.substring(0,
                headerEnd < 0 ? crlfEnd : crlfEnd < 0 ? headerEnd : Math.min(headerEnd, crlfEnd));
        long known = KNOWN_EMAIL_HEADER.matcher(headers).results().count();
        return known >= 2;
    }
}
