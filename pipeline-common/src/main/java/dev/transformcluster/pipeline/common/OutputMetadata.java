package dev.transformcluster.pipeline.common;

/** User-metadata names (x-amz-meta-*) on every output and dead-letter report. */
public final class OutputMetadata {
    public static final String SOURCE_ETAG = "source-etag";
    public static final String POLICY_VERSION = "policy-version";
    public static final String ENTITY_COUNTS = "entity-counts";

    private OutputMetadata() { }
}
