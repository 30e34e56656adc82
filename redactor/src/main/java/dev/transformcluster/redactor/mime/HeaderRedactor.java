package dev.transformcluster.redactor.mime;

import dev.transformcluster.redactor.TextRedactor;
import dev.transformcluster.redactor.io.TextDecoder;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteSequence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Redacts one header field. Structural fields (MIME framing, message identifiers) are kept
 * byte for byte: Message-IDs look like e-mail addresses but are not personal data, and a changed
 * boundary would break the message. Every other field (From, To, Subject, Date, Received,
 * X-* ...) is unfolded, its RFC 2047 encoded words and raw UTF-8 decoded, redacted as text, and,
 * only when something was found, re-emitted: as is when ASCII, otherwise with the non-ASCII
 * words encoded as UTF-8 encoded words. A field with no finding is left exactly as it was.
 */
final class HeaderRedactor {

    /** Fields copied unchanged, lower-case. */
    static final Set<String> STRUCTURAL = Set.of(
            "content-type", "content-transfer-encoding", "mime-version", "message-id", "in-reply-to",
            "references", "content-id", "resent-message-id", "content-language", "content-md5",
            "content-base", "content-location", "dkim-signature", "arc-seal", "arc-message-signature",
            "list-id", "precedence", "auto-submitted", "importance", "priority", "x-priority");

    private HeaderRedactor() {
    }

    static boolean isStructural(Field field) {
        return STRUCTURAL.contains(field.getName().toLowerCase(Locale.ROOT));
    }

    /**
     * The fields with every personal one redacted (one engine call for all of them); a field with
     * no finding, and every structural field, is the same object as before.
     */
    static List<Field> redactAll(TextRedactor redactor, List<Field> fields, long[] counts) {
        List<Integer> indexes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (isStructural(field)) {
                continue;
            }
            String unfolded = unfold(rawValue(field));
            String decoded = unfolded.contains("=?") ? DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT) : unfolded;
            String value = decoded.strip();
            if (!value.isEmpty()) {
                indexes.add(i);
                values.add(value);
            }
        }
        String[] redacted = redactor.redactEach(values, counts, null);
        List<Field> out = new ArrayList<>(fields);
        for (int j = 0; j < redacted.length; j++) {
            if (redacted[j] != null) {
                int i = indexes.get(j);
                // Parsed (leniently) into the field's proper type, so mime4j's typed accessors keep
                // working; the raw form is null, so the writer folds long lines.
                RawField raw = new RawField(fields.get(i).getName(), encodeNonAscii(redacted[j]));
                out.set(i, LenientFieldParser.getParser().parse(raw, DecodeMonitor.SILENT));
            }
        }
        return out;
    }

    /** The field's value as sent: raw bytes after the colon, as UTF-8 (windows-1252 if invalid). */
    private static String rawValue(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return field.getBody() == null ? "" : field.getBody();
        }
        byte[] bytes = raw.toByteArray();
        int colon = 0;
        while (colon < bytes.length && bytes[colon] != ':') {
            colon++;
        }
        if (colon >= bytes.length) {
            return field.getBody() == null ? "" : field.getBody();
        }
        return TextDecoder.decode(bytes, colon + 1, bytes.length - colon - 1).text();
    }

    /** RFC 5322 unfolding: a line break followed by white space is removed, the white space kept. */
    static String unfold(String s) {
        if (s.indexOf('\n') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Encodes each run of words containing non-ASCII characters as UTF-8 encoded words, keeping
     * structural punctuation ({@code "<>(),}) of address fields outside them; ASCII is left as is.
     */
    static String encodeNonAscii(String s) {
        if (isAscii(s, 0, s.length())) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() * 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int wordStart = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (wordStart == i) {
                out.append(s.charAt(i++)); // white space
                continue;
            }
            if (isAscii(s, wordStart, i)) {
                out.append(s, wordStart, i);
                continue;
            }
            // Extend the run over following words while they hold non-ASCII, so the spaces between
            // them survive (white space between adjacent encoded words is dropped when decoding).
            int runEnd = i;
            int j = i;
            while (true) {
                int k = j;
                while (k < n && Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
                int m = k;
                while (m < n && !Character.isWhitespace(s.charAt(m))) {
                    m++;
                }
                if (k == j || m == k || isAscii(s, k, m)) {
                    break;
                }
                runEnd = m;
                j = m;
            }
            int a = wordStart;
            int b = runEnd;
            while (a < b && "\"<>(),".indexOf(s.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && "\"<>(),".indexOf(s.charAt(b - 1)) >= 0) {
                b--;
            }
            // An encoded word inside a quoted string is not decoded by conforming readers: a quoted
            // display name loses its quotes (an encoded word is a valid phrase on its own).
            boolean quoted = a > wordStart && s.charAt(a - 1) == '"' && b < runEnd && s.charAt(b) == '"';
            out.append(s, wordStart, quoted ? a - 1 : a);
            out.append(EncoderUtil.encodeEncodedWord(s.substring(a, b), EncoderUtil.Usage.WORD_ENTITY, 0, StandardCharsets.UTF_8, null));
            out.append(s, quoted ? b + 1 : b, runEnd);
            i = runEnd;
        }
        return out.toString();
    }

    private static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
