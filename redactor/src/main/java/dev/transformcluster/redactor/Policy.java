package dev.transformcluster.redactor;

/**
 * Which entity types to redact, with which operator and threshold; what to do with non-text
 * attachments. Loaded from a YAML or JSON policy file; {@link #defaults()} tags everything.
 */
public final class Policy {

    public static Policy defaults() {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** A short stable identifier of this policy's content, recorded in output metadata. */
    public String version() {
        throw new UnsupportedOperationException("engine under construction");
    }
}
