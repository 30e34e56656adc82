package dev.transformcluster.pipeline.common.config;

/** Keys shared by every stage; each stage's config lists the ones it uses. */
public final class CommonKeys {

    private CommonKeys() { }

    public static final ConfigKey BOOTSTRAP_SERVERS = ConfigKey.required("bootstrap.servers",
            "Kafka bootstrap servers, host:port[,host:port].");
    public static final ConfigKey S3_ENDPOINT = ConfigKey.optional("s3.endpoint", "",
            "Endpoint of an S3-compatible store (path-style addressing); empty for AWS S3.");
    public static final ConfigKey S3_REGION = ConfigKey.optional("s3.region", "us-east-1",
            "S3 region. Credentials come from the AWS SDK default chain.");
    public static final ConfigKey S3_MAX_ATTEMPTS = ConfigKey.positiveInt("s3.max.attempts", 5,
            "Attempts per S3 request inside the SDK (5xx and throttling are retried with backoff).");
    public static final ConfigKey TOPIC_RAW = ConfigKey.optional("topic.raw", "raw",
            "Topic of source documents (ingest -> redact-stream).");
    public static final ConfigKey TOPIC_REDACTED = ConfigKey.optional("topic.redacted", "redacted",
            "Topic of redacted documents and dead-letter markers (redact-stream -> sink).");
    public static final ConfigKey TOPIC_DEAD_LETTER = ConfigKey.optional("topic.dead-letter", "dead-letter",
            "Topic of records no stage could process, with the reason in the tc.dlq.reason header.");
    public static final ConfigKey TOPIC_PARTITIONS = ConfigKey.positiveInt("topic.partitions", 12,
            "Partitions of topics created when missing (upper bound of redact-stream parallelism).");
    public static final ConfigKey EMAIL_MAX_BYTES = ConfigKey.positiveLong("email.max.bytes", 16L << 20,
            "Largest e-mail that travels whole; larger ones are dead-lettered TOO_LARGE. Sets record size limits.");
    public static final ConfigKey METRICS_PORT = ConfigKey.port("metrics.port", 9400,
            "Port of the HTTP server for /metrics and /health; 0 disables it.");
    public static final ConfigKey METRICS_BIND = ConfigKey.optional("metrics.bind", "0.0.0.0",
            "Address the /metrics and /health server binds to.");
}
