package dev.transformcluster.redactor;

import java.util.Map;

/**
 * Redacts a whole document given as bytes: sniffs binary content (refused), decodes UTF-8 with
 * a single-byte fallback for invalid input, treats RFC 5322 messages as e-mail (decodes and
 * re-encodes MIME parts and encoded headers) and everything else as plain text.
 * This is the entry point the pipeline uses.
 */
public final class DocumentRedactor {

    /** The redacted document and what was found in it (counts only, never values). */
    public record Result(byte[] content, String contentType, Map<EntityType, Long> entityCounts) { }

    public DocumentRedactor(Engine engine, Policy policy) {
        throw new UnsupportedOperationException("engine under construction");
    }

    /**
     * @param contentType the declared content type, or {@code null} to sniff
     * @throws RejectedInputException for binary or malformed input; the message names no content
     */
    public Result redact(byte[] content, String contentType) throws RejectedInputException {
        throw new UnsupportedOperationException("engine under construction");
    }
}
