package dev.transformcluster.pipeline.common.config;

/**
 * An {@code s3://bucket/prefix} location. The prefix is normalised to be empty or end with a slash.
 */
public record S3Location(String bucket, String prefix) {

    public static S3Location parse(String url) {
        if (url == null || !url.startsWith("s3://")) {
            throw new IllegalArgumentException("expected s3://bucket/prefix");
        }
        String rest = url.substring(5);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (!bucket.matches("[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("invalid bucket name");
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        return new S3Location(bucket, prefix);
    }

    /** The key relative to this location's prefix; the key itself when it lies outside. */
    public String relativize(String key) {
        return key.startsWith(prefix) ? key.substring(prefix.length()) : key;
    }

    public String resolve(String relativeKey) {
        return prefix + relativeKey;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }
}
