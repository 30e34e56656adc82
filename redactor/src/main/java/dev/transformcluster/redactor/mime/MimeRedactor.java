package dev.transformcluster.redactor.mime;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Policy.AttachmentPolicy;
import dev.transformcluster.redactor.TextRedactor;
import dev.transformcluster.redactor.io.TextDecoder;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.Fields;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.NameValuePair;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Redacts an RFC 5322 message as a message: parses it with mime4j, redacts personal header fields
 * ({@link HeaderRedactor}), the decoded text of every text/* part (HTML through
 * {@link HtmlRedactor}, markup intact), multipart preambles and epilogues, and forwarded
 * message/rfc822 parts recursively; replaces, keeps or drops non-text parts per the
 * {@link AttachmentPolicy}; and writes a valid message back.
 *
 * <p>What is not changed is not rewritten: header fields without findings are copied byte for
 * byte, and a UTF-8 or ASCII text part without findings keeps its original encoding. A changed
 * text part is written as UTF-8 ({@code charset=UTF-8}); it keeps a base64 or quoted-printable
 * transfer encoding, keeps 8bit when it was 8bit already, and otherwise becomes quoted-printable
 * when it is no longer 7-bit-clean. Input without any CR is written with LF line ends, like it came.
 * Thread-safe: a parser is built per call.
 */
public final class MimeRedactor {

    /** The redacted message and the values replaced by type. */
    public record Result(byte[] content, Map<EntityType, Long> counts) { }

    /** The input could not be parsed as MIME; the caller should redact it as plain text. */
    public static final class UnparseableMessageException extends Exception {
        UnparseableMessageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final MimeConfig CONFIG = MimeConfig.custom()
            .setStrictParsing(false)
            .setMaxLineLen(-1)
            .setMaxHeaderCount(-1)
            .setMaxHeaderLen(-1)
            .setMaxContentLen(-1)
            .build();

    /** Deeper nesting (a hostile input, or a forwarding loop) is not parsed: it falls back to text. */
    static final int MAX_DEPTH = 40;

    private final TextRedactor redactor;
    private final AttachmentPolicy attachments;

    public MimeRedactor(TextRedactor redactor, AttachmentPolicy attachments) {
        this.redactor = redactor;
        this.attachments = attachments;
    }

    /**
     * Redacts a whole message.
     *
     * @throws UnparseableMessageException when mime4j cannot make sense of it (fall back to text)
     */
    public Result redact(byte[] content) throws UnparseableMessageException {
        long[] counts = new long[EntityType.values().length];
        byte[] out;
        try {
            Message message = parse(new ByteArrayInputStream(content));
            redactEntity(message, counts, 0);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length + 1024);
            new DefaultMessageWriter().writeMessage(message, bytes);
            out = bytes.toByteArray();
        } catch (IOException | MimeException | RuntimeException e) {
            // mime4j signals malformed structure with runtime exceptions too; the message names no content.
            throw new UnparseableMessageException("unparseable MIME (" + e.getClass().getSimpleName() + ")", e);
        }
        if (indexOf(content, (byte) '\r') < 0) {
            out = stripCr(out);
        }
        return new Result(out, TextRedactor.toMap(counts));
    }

    private static Message parse(InputStream in) throws IOException, MimeException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(CONFIG);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        return builder.parseMessage(in);
    }

    private void redactEntity(Entity entity, long[] counts, int depth) throws IOException, MimeException {
        if (depth > MAX_DEPTH) {
            throw new MimeException("MIME nesting deeper than " + MAX_DEPTH);
        }
        redactHeader(entity, counts);
        Body body = entity.getBody();
        String mimeType = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
        if (body instanceof Multipart multipart) {
            redactMultipart(multipart, counts, depth);
        } else if (body instanceof Message nested) {
            redactEntity(nested, counts, depth + 1);
        } else if (body instanceof SingleBody single) {
            if (mimeType.equals("message/rfc822") || mimeType.equals("message/global")) {
                Message nested = parse(single.getInputStream());
                redactEntity(nested, counts, depth + 1);
                replaceBody(entity, nested);
            } else if (mimeType.startsWith("text/") || mimeType.equals("message/delivery-status")) {
                redactTextPart(entity, single, mimeType, counts);
            } else if (attachments != AttachmentPolicy.KEEP) {
                // DROP removes parts in the enclosing multipart; what reaches here (a top-level
                // attachment, which cannot be dropped) becomes a placeholder.
                replaceByPlaceholder(entity, single, mimeType);
            }
        }
    }

    private void redactHeader(Entity entity, long[] counts) {
        Header header = entity.getHeader();
        if (header == null) {
            return;
        }
        List<Field> fields = header.getFields();
        List<Field> redacted = HeaderRedactor.redactAll(redactor, fields, counts);
        for (int i = 0; i < fields.size(); i++) {
            if (redacted.get(i) != fields.get(i)) {
                setFields(entity, redacted);
                return;
            }
        }
    }

    private static void setFields(Entity entity, List<Field> fields) {
        Header header = new DefaultMessageBuilder().newHeader();
        for (Field f : fields) {
            header.addField(f);
        }
        entity.setHeader(header);
    }

    private void redactMultipart(Multipart multipart, long[] counts, int depth) throws IOException, MimeException {
        multipart.setPreamble(redactPlain(multipart.getPreamble(), counts));
        multipart.setEpilogue(redactPlain(multipart.getEpilogue(), counts));
        List<Entity> kept = new ArrayList<>();
        for (Entity part : multipart.getBodyParts()) {
            if (attachments == AttachmentPolicy.DROP && isAttachment(part)) {
                continue;
            }
            redactEntity(part, counts, depth + 1);
            kept.add(part);
        }
        if (kept.size() != multipart.getCount()) {
            multipart.setBodyParts(kept);
        }
    }

    private static boolean isAttachment(Entity part) {
        if (!(part.getBody() instanceof SingleBody)) {
            return false;
        }
        String type = part.getMimeType() == null ? "text/plain" : part.getMimeType().toLowerCase(Locale.ROOT);
        return !type.startsWith("text/") && !type.startsWith("message/");
    }

    private String redactPlain(String text, long[] counts) {
        if (text == null || text.isBlank()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        redactor.redactInto(text, 0, text.length(), out, counts, null);
        return out.toString();
    }

    private void redactTextPart(Entity entity, SingleBody body, String mimeType, long[] counts) throws IOException {
        byte[] raw;
        try (InputStream in = body.getInputStream()) {
            raw = in.readAllBytes();
        }
        ContentTypeField contentType = contentType(entity);
        String declared = contentType == null ? null : contentType.getCharset();
        TextDecoder.Decoded decoded = TextDecoder.decode(raw, declared);
        String text = decoded.text();
        long[] partCounts = new long[counts.length];
        StringBuilder out = new StringBuilder(text.length() + 64);
        if (mimeType.equals("text/html")) {
            HtmlRedactor.redact(redactor, text, out, partCounts);
        } else {
            redactor.redactInto(text, 0, text.length(), out, partCounts, null);
        }
        long found = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] += partCounts[i];
            found += partCounts[i];
        }
        boolean declaredUtf8 = declared != null && (declared.equalsIgnoreCase("utf-8") || declared.equalsIgnoreCase("utf8"));
        boolean wasUtf8 = decoded.charset().equals(StandardCharsets.UTF_8);
        boolean ascii = isAscii(out);
        if (found == 0 && wasUtf8 && (declaredUtf8 || isAscii(raw))) {
            return; // nothing to change: keep the part byte for byte
        }
        String redacted = out.toString();
        String cte = entity.getContentTransferEncoding() == null ? "7bit" : entity.getContentTransferEncoding().toLowerCase(Locale.ROOT);
        List<Field> fields = new ArrayList<>(entity.getHeader().getFields());
        boolean declaredAscii = declared == null || declared.equalsIgnoreCase("us-ascii") || declared.equalsIgnoreCase("ascii");
        if (!declaredUtf8 && !(ascii && declaredAscii)) {
            String type = contentType == null ? "text/plain" : contentType.getMimeType();
            List<NameValuePair> params = new ArrayList<>();
            if (contentType != null) {
                contentType.getParameters().forEach((k, v) -> {
                    if (!k.equalsIgnoreCase("charset")) {
                        params.add(new NameValuePair(k, v));
                    }
                });
            }
            params.add(new NameValuePair("charset", "UTF-8"));
            replaceOrAdd(fields, Fields.contentType(type, params));
        }
        boolean sevenBitClean = ascii && maxLineLength(redacted) <= 998;
        // 8-bit UTF-8 that was sent as such stays so (no needless rewrite to quoted-printable).
        boolean keepsEightBit = wasUtf8 && (declaredUtf8 || contentType == null)
                && (cte.equals("8bit") || cte.equals("binary") || !isAscii(raw));
        if (!cte.equals("base64") && !cte.equals("quoted-printable") && !sevenBitClean && !keepsEightBit) {
            replaceOrAdd(fields, Fields.contentTransferEncoding("quoted-printable"));
        }
        setFields(entity, fields);
        replaceBody(entity, BasicBodyFactory.INSTANCE.textBody(redacted, StandardCharsets.UTF_8));
    }

    private void replaceByPlaceholder(Entity entity, SingleBody body, String mimeType) throws IOException {
        long size = body.size();
        if (size < 0) {
            try (InputStream in = body.getInputStream()) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
        }
        String note = "[attachment removed by transform-cluster: " + safeMimeType(mimeType) + ", " + size + " bytes]\r\n";
        List<Field> fields = new ArrayList<>();
        for (Field f : entity.getHeader().getFields()) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            // Keep the part's identity in the message (Content-ID), drop what names or describes the file.
            if (!name.startsWith("content-") || name.equals("content-id")) {
                fields.add(f);
            }
        }
        fields.add(Fields.contentType("text/plain", new NameValuePair("charset", "UTF-8")));
        fields.add(Fields.contentTransferEncoding("7bit"));
        fields.add(Fields.contentDisposition("inline"));
        setFields(entity, fields);
        replaceBody(entity, BasicBodyFactory.INSTANCE.textBody(note, StandardCharsets.UTF_8));
    }

    /** A MIME type is a token pair; anything else (which a hostile sender could fill with text) is not echoed. */
    private static String safeMimeType(String mimeType) {
        return mimeType.matches("[a-z0-9!#$&^_.+-]{1,64}/[a-z0-9!#$&^_.+-]{1,64}") ? mimeType : "application/octet-stream";
    }

    private static void replaceBody(Entity entity, Body body) {
        entity.removeBody(); // mime4j refuses to set a body over another
        entity.setBody(body);
    }

    private static ContentTypeField contentType(Entity entity) {
        Field f = entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
        return f instanceof ContentTypeField ct ? ct : null;
    }

    private static void replaceOrAdd(List<Field> fields, Field field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getName().equalsIgnoreCase(field.getName())) {
                fields.set(i, field);
                return;
            }
        }
        fields.add(field);
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static int maxLineLength(String s) {
        int max = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                max = Math.max(max, i - start);
                start = i + 1;
            }
        }
        return Math.max(max, s.length() - start);
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] stripCr(byte[] b) {
        byte[] out = new byte[b.length];
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (!(b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n')) {
                out[n++] = b[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
