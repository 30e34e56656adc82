package dev.transformcluster.redactor.mime;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises an RFC 5322 message: the input starts with a header block, i.e. lines
 * {@code Name: value} (or folded continuation lines) up to a blank line, with at least two
 * fields of which at least two are typical message fields (From, To, Subject, Date, Received,
 * MIME-Version, Message-ID, Content-Type, ...). A text that merely mentions "From:" somewhere,
 * or whose first line is prose, is not a message.
 */
public final class MailDetector {

    /** The header block must end within this many bytes. */
    static final int MAX_HEADER_BYTES = 256 * 1024;

    private static final Set<String> MESSAGE_FIELDS = Set.of(
            "from", "to", "cc", "bcc", "subject", "date", "received", "mime-version", "message-id",
            "content-type", "content-transfer-encoding", "return-path", "delivered-to", "reply-to", "sender",
            "in-reply-to", "references", "x-mailer", "user-agent", "dkim-signature", "authentication-results",
            "x-original-to", "thread-topic", "importance");

    private MailDetector() {
    }

    /** Whether {@code content} (raw bytes, any ASCII-compatible charset) starts with a message header block. */
    public static boolean looksLikeMessage(byte[] content) {
        int limit = Math.min(content.length, MAX_HEADER_BYTES);
        int pos = 0;
        int fields = 0;
        int known = 0;
        while (pos < limit) {
            int eol = pos;
            while (eol < limit && content[eol] != '\n') {
                eol++;
            }
            int end = eol > pos && content[eol - 1] == '\r' ? eol - 1 : eol;
            if (end == pos) {
                return fields >= 2 && known >= 2; // blank line: end of the header block
            }
            byte first = content[pos];
            if (first == ' ' || first == '\t') {
                if (fields == 0) {
                    return false;
                }
            } else {
                int colon = fieldNameEnd(content, pos, end);
                if (colon < 0) {
                    return false;
                }
                fields++;
                String name = new String(content, pos, colon - pos, java.nio.charset.StandardCharsets.US_ASCII).trim().toLowerCase(Locale.ROOT);
                if (MESSAGE_FIELDS.contains(name)) {
                    known++;
                }
            }
            if (eol >= content.length) {
                return fields >= 2 && known >= 2; // a message with headers only
            }
            pos = eol + 1;
        }
        return pos >= content.length && fields >= 2 && known >= 2; // headers only, ending with a line break
    }

    /** The index of the colon ending a field name at {@code pos}, or -1 if the line is not a field. */
    private static int fieldNameEnd(byte[] b, int pos, int end) {
        int i = pos;
        while (i < end && i - pos <= 76) {
            int c = b[i] & 0xFF;
            if (c == ':') {
                return i > pos ? i : -1;
            }
            if (c <= 32 || c >= 127) {
                // RFC 5322 field names are printable ASCII without spaces; tolerate "Name :" (obsolete syntax).
                int j = i;
                while (j < end && (b[j] == ' ' || b[j] == '\t')) {
                    j++;
                }
                return j < end && b[j] == ':' && j > pos && i > pos ? j : -1;
            }
            i++;
        }
        return -1;
    }
}
