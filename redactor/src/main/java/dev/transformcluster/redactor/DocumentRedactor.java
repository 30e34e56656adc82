package dev.transformcluster.redactor;

import dev.transformcluster.redactor.io.BinarySniffer;
import dev.transformcluster.redactor.io.Bom;
import dev.transformcluster.redactor.io.StreamingRedactor;
import dev.transformcluster.redactor.io.TextDecoder;
import dev.transformcluster.redactor.io.Utf8Splice;
import dev.transformcluster.redactor.io.Utf8Text;
import dev.transformcluster.redactor.mime.HtmlRedactor;
import dev.transformcluster.redactor.mime.MailDetector;
import dev.transformcluster.redactor.mime.MimeRedactor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Redacts a whole document given as bytes: refuses documents over the policy's size limit
 * ({@code TOO_LARGE}) and binary content ({@code BINARY}); treats RFC 5322 messages (declared
 * {@code message/rfc822}, or sniffed when the declared type is absent, {@code text/plain} or
 * {@code application/octet-stream}: a header block at the start) as e-mail through
 * {@link MimeRedactor}, falling back to plain text when the MIME cannot be parsed; redacts HTML
 * ({@code text/html}, or undeclared text starting with a doctype or {@code <html>}) with its
 * markup intact; and everything else as plain text, decoded as UTF-8 (or the declared charset)
 * with a windows-1252 fallback for invalid input.
 * This is the entry point of the pipeline and of {@code transform-cluster redact} for documents
 * that fit in memory. Thread-safe: share one instance.
 */
public final class DocumentRedactor {

    /** Content type of redacted plain text. */
    public static final String TEXT_PLAIN_UTF8 = "text/plain; charset=UTF-8";
    /** Content type of redacted e-mail. */
    public static final String MESSAGE_RFC822 = "message/rfc822";
    /** Content type of redacted HTML. */
    public static final String TEXT_HTML_UTF8 = "text/html; charset=UTF-8";

    /**
     * The redacted document and what was found in it (counts only, never values).
     *
     * @param content      the redacted document, UTF-8 text or a MIME message
     * @param contentType  {@value #TEXT_PLAIN_UTF8}, {@value #TEXT_HTML_UTF8} or {@value #MESSAGE_RFC822}
     * @param entityCounts values replaced per type; types with none are absent
     */
    public record Result(byte[] content, String contentType, Map<EntityType, Long> entityCounts) { }

    /**
     * The outcome of {@link #redact(InputStream, OutputStream)}.
     *
     * @param contentType  as in {@link Result}
     * @param entityCounts values replaced per type
     * @param bytesIn      bytes read
     * @param streamed     whether the input went through the bounded-memory streaming path
     */
    public record StreamResult(String contentType, Map<EntityType, Long> entityCounts, long bytesIn, boolean streamed) { }

    /** How much of a stream is read before deciding between the document and the streaming path. */
    static final int HEAD_BYTES = 64 * 1024;

    private final Policy policy;
    private final TextRedactor text;
    private final MimeRedactor mime;

    /** Redacts what {@code engine} finds with {@code policy}'s operators, attachment rule and size limit. */
    public DocumentRedactor(Engine engine, Policy policy) {
        this.policy = policy;
        this.text = new TextRedactor(engine, policy);
        this.mime = new MimeRedactor(text, policy.attachments());
    }

    /** As {@link #DocumentRedactor(Engine, Policy)} with {@code policy.engine()}. */
    public DocumentRedactor(Policy policy) {
        this(policy.engine(), policy);
    }

    public Policy policy() {
        return policy;
    }

    /** The plain-text redactor this uses (for streaming large text with the same engine and policy). */
    public TextRedactor textRedactor() {
        return text;
    }

    /**
     * Redacts one document.
     *
     * @param content     the document's bytes
     * @param contentType the declared content type (e.g. {@code message/rfc822},
     *                    {@code text/plain; charset=ISO-8859-1}, {@code text/html}), or {@code null} to sniff
     * @throws RejectedInputException {@code TOO_LARGE} over the policy's limit, {@code BINARY} for
     *                                binary content; the message names the reason, never content
     */
    public Result redact(byte[] content, String contentType) throws RejectedInputException {
        if (content.length > policy.maxDocumentBytes()) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "document of " + content.length + " bytes exceeds the limit of " + policy.maxDocumentBytes() + " bytes");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        BinarySniffer.check(content);
        boolean declaredMessage = type.startsWith("message/rfc822") || type.startsWith("message/global");
        // Stores label most objects text/plain or application/octet-stream whatever they hold, so
        // those (and no type) are sniffed: an e-mail's base64 parts must be decoded to be redacted.
        boolean sniff = type.isEmpty() || type.startsWith("text/plain") || type.startsWith("application/octet-stream");
        if (declaredMessage || (sniff && MailDetector.looksLikeMessage(content))) {
            try {
                MimeRedactor.Result r = mime.redact(content);
                return new Result(r.content(), MESSAGE_RFC822, r.counts());
            } catch (MimeRedactor.UnparseableMessageException e) {
                // Malformed MIME: still redact, as plain text, rather than refuse.
            }
        }
        String declared = charsetParam(contentType);
        // Valid UTF-8 (the usual case) is decoded once, as TextDecoder would read it (no other
        // charset declared, no UTF-16 byte-order mark), straight into the characters the engine scans.
        Bom bom = Bom.of(content, 0, content.length);
        int off = bom == Bom.UTF_8 ? 3 : 0;
        Utf8Text utf8 = TextDecoder.declared(declared) == null && (bom == null || bom == Bom.UTF_8)
                ? Utf8Text.decodeOrNull(content, off, content.length - off) : null;
        boolean html = type.startsWith("text/html");
        if (utf8 != null && !(html || sniff && looksLikeHtml(utf8.chars(), utf8.length()))) {
            // plain text: the replacements are spliced into the input bytes
            long[] counts = new long[EntityType.values().length];
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
            try {
                Utf8Splice.write(text, utf8, content, off, content.length - off, out, counts, new StringBuilder());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
            }
            return new Result(out.toByteArray(), TEXT_PLAIN_UTF8, TextRedactor.toMap(counts));
        }
        String decoded = utf8 != null ? utf8.toString() : TextDecoder.decode(content, declared).text();
        if (html || sniff && looksLikeHtml(decoded)) {
            long[] counts = new long[EntityType.values().length];
            StringBuilder out = new StringBuilder(decoded.length() + 64);
            HtmlRedactor.redact(text, decoded, out, counts);
            return new Result(out.toString().getBytes(StandardCharsets.UTF_8), TEXT_HTML_UTF8, TextRedactor.toMap(counts));
        }
        TextRedactor.Redaction r = text.redact(decoded);
        return new Result(r.text().getBytes(StandardCharsets.UTF_8), TEXT_PLAIN_UTF8, r.counts());
    }

    /**
     * Redacts a stream of any size, choosing the path from its first {@value #HEAD_BYTES} bytes:
     * binary is refused; an e-mail (up to the policy's size limit), or any input shorter than that
     * head, is read whole and redacted as a document ({@link #redact(byte[], String)}); longer
     * plain text is streamed through a {@link StreamingRedactor} in bounded memory, whatever its size.
     * {@code transform-cluster redact} uses this for files and stdin. Neither stream is closed.
     *
     * @throws RejectedInputException {@code BINARY}, or {@code TOO_LARGE} for an e-mail over the limit
     */
    public StreamResult redact(InputStream in, OutputStream out) throws IOException, RejectedInputException {
        return redact(in, out, null);
    }

    /**
     * As {@link #redact(InputStream, OutputStream)}, streaming long plain text through
     * {@code streaming} (for example one that redacts pieces on several threads); it must use
     * this redactor's {@link #textRedactor()}. When {@code null}, one is made only if the input turns
     * out to be long plain text: its buffers are megabytes, which a document or an e-mail never needs.
     */
    public StreamResult redact(InputStream in, OutputStream out, StreamingRedactor streaming)
            throws IOException, RejectedInputException {
        byte[] head = in.readNBytes(HEAD_BYTES);
        BinarySniffer.check(head);
        boolean message = MailDetector.looksLikeMessage(head);
        long limit = policy.maxDocumentBytes();
        if (head.length < HEAD_BYTES || message) {
            // Read on up to the limit (one byte more tells an over-long input apart).
            byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1 - Math.min(limit + 1, head.length)));
            byte[] whole = rest.length == 0 ? head : concat(head, rest);
            if (whole.length <= limit) {
                Result r = redact(whole, null);
                out.write(r.content());
                out.flush();
                return new StreamResult(r.contentType(), r.entityCounts(), whole.length, false);
            }
            if (message) {
                throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                        "e-mail of more than " + limit + " bytes exceeds the limit");
            }
            head = whole;
        }
        StreamingRedactor.Summary s = (streaming != null ? streaming : new StreamingRedactor(text))
                .redactWithSummary(new SequenceInputStream(new ByteArrayInputStream(head), in), out);
        return new StreamResult(TEXT_PLAIN_UTF8, s.counts(), s.bytesIn(), true);
    }

    /** The leading white space {@link #looksLikeHtml(String)} skips, at most. */
    private static final int HTML_SNIFF_SKIP = 1024;
    private static final String DOCTYPE = "<!doctype html";

    /** Undeclared HTML: the text starts with a doctype or an html element. */
    static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && i < HTML_SNIFF_SKIP && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.regionMatches(true, i, DOCTYPE, 0, DOCTYPE.length()) || text.regionMatches(true, i, "<html", 0, 5);
    }

    /** As {@link #looksLikeHtml(String)}, on {@code text[0, length)}: only the start it reads becomes a string. */
    private static boolean looksLikeHtml(char[] text, int length) {
        return looksLikeHtml(new String(text, 0, Math.min(length, HTML_SNIFF_SKIP + DOCTYPE.length())));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v;
            }
        }
        return null;
    }
}
