package dev.transformcluster.pipeline.common.naming;

import dev.transformcluster.pipeline.common.config.S3Location;

/**
 * Where an object's output goes: the destination prefix plus the key relative to the source
 * prefix, so {@code s3://in/mail/2024/a.eml} listed under {@code s3://in/mail/} lands at
 * {@code s3://out/redacted/2024/a.eml}. Dead-letter reports go to
 * {@code <dest prefix>_dead-letter/<relative key>.json}. Deterministic: the same input always
 * names the same output, which is what makes re-runs and restarts idempotent.
 */
public final class OutputNaming {

    public static final String DEAD_LETTER_DIR = "_dead-letter/";

    private OutputNaming() { }

    public static String relativeKey(String sourcePrefix, String sourceKey) {
        return sourcePrefix != null && sourceKey.startsWith(sourcePrefix)
                ? sourceKey.substring(sourcePrefix.length()) : sourceKey;
    }

    public static String outputKey(S3Location destination, String sourcePrefix, String sourceKey) {
        return destination.prefix() + relativeKey(sourcePrefix, sourceKey);
    }

    public static String deadLetterKey(S3Location destination, String sourcePrefix, String sourceKey) {
        return destination.prefix() + DEAD_LETTER_DIR + relativeKey(sourcePrefix, sourceKey) + ".json";
    }

    /** True for keys under the destination's dead-letter folder. */
    public static boolean isDeadLetterKey(S3Location destination, String key) {
        return key.startsWith(destination.prefix() + DEAD_LETTER_DIR);
    }
}
