package dev.transformcluster.pipeline.common;

/**
 * Why an object did not get a redacted output. The names are metric label values and appear
 * in {@code _dead-letter/<key>.json} reports.
 */
public enum DeadLetterReason {
    /** The content is not text. */
    BINARY,
    /** Over the configured maximum for its kind (object size, or e-mail size). */
    TOO_LARGE,
    /** The engine could not parse it. */
    MALFORMED,
    /** The source object could not be read. */
    READ_ERROR,
    /** An unexpected error while redacting; the record is kept, never dropped. */
    PROCESSING_ERROR;

    public static DeadLetterReason parse(String name) {
        try {
            return name == null ? PROCESSING_ERROR : valueOf(name);
        } catch (IllegalArgumentException e) {
            return PROCESSING_ERROR;
        }
    }
}
