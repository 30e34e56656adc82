package dev.transformcluster.ingest;

import dev.transformcluster.pipeline.common.config.CommonKeys;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import dev.transformcluster.pipeline.common.config.S3Location;
import dev.transformcluster.pipeline.common.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Configuration of the ingest stage; {@link #KEYS} is the single source of truth for its keys. */
public record IngestConfig(
        S3Location source,
        S3Location destination,
        List<String> include,
        List<String> exclude,
        String bootstrapServers,
        String s3Endpoint,
        String s3Region,
        int s3MaxAttempts,
        String topicRaw,
        int topicPartitions,
        int chunkBytes,
        long emailMaxBytes,
        long objectMaxBytes,
        int concurrency,
        boolean force,
        String runId,
        String metricsBind,
        int metricsPort,
        int metricsLingerSeconds) {

    public static final ConfigKey SOURCE = ConfigKey.s3Url("source", null,
            "Source location s3://bucket/prefix to list and ingest.");
    public static final ConfigKey DESTINATION = ConfigKey.s3Url("destination", null,
            "Destination s3://bucket/prefix; used to skip objects already done and passed to the sink.");
    public static final ConfigKey INCLUDE = ConfigKey.optional("include", "",
            "Comma-separated globs on keys relative to the source prefix (`*` one segment, `**` any); empty = all.");
    public static final ConfigKey EXCLUDE = ConfigKey.optional("exclude", "",
            "Comma-separated globs of keys to leave out.");
    public static final ConfigKey CHUNK_BYTES = new ConfigKey("chunk.bytes", Integer.toString(512 * 1024),
            "Largest chunk of a plain-text object; chunks end at a line end (or whitespace in a longer line).",
            v -> v.matches("\\d{1,9}") && Integer.parseInt(v) >= 1024 && Integer.parseInt(v) <= 8 << 20,
            "must be between 1024 and 8388608 bytes");
    public static final ConfigKey OBJECT_MAX_BYTES = ConfigKey.positiveLong("object.max.bytes", 10L << 30,
            "Largest object ingested; larger ones are dead-lettered TOO_LARGE.");
    public static final ConfigKey CONCURRENCY = ConfigKey.positiveInt("concurrency", 4,
            "Objects read from S3 at the same time.");
    public static final ConfigKey FORCE = ConfigKey.bool("force", false,
            "Re-ingest objects whose output already exists with the same source ETag.");
    public static final ConfigKey RUN_ID = ConfigKey.optional("run.id", "",
            "Identifier of this run carried in every record; empty = generated.");
    public static final ConfigKey METRICS_PORT = ConfigKey.port("metrics.port", 0,
            "Port for /metrics and /health while ingest runs; 0 disables it.");
    public static final ConfigKey METRICS_LINGER = new ConfigKey("metrics.linger.seconds", "0",
            "Seconds /metrics stays up after the run, so that Prometheus scrapes the final counts of a short "
                    + "batch run (set it above the scrape and discovery intervals); 0 = exit at once.",
            v -> v.matches("\\d{1,4}"), "must be a whole number of seconds from 0 to 9999");

    public static final List<ConfigKey> KEYS = List.of(SOURCE, DESTINATION, INCLUDE, EXCLUDE,
            CommonKeys.BOOTSTRAP_SERVERS, CommonKeys.S3_ENDPOINT, CommonKeys.S3_REGION, CommonKeys.S3_MAX_ATTEMPTS,
            CommonKeys.TOPIC_RAW, CommonKeys.TOPIC_PARTITIONS, CHUNK_BYTES, CommonKeys.EMAIL_MAX_BYTES,
            OBJECT_MAX_BYTES, CONCURRENCY, FORCE, RUN_ID, CommonKeys.METRICS_BIND, METRICS_PORT, METRICS_LINGER);

    public static IngestConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Settings s = Settings.resolve(KEYS, file, env, overrides);
        String runId = s.string(RUN_ID).isEmpty()
                ? Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(Math.abs(new java.util.Random().nextLong()) % 1_000_000, 36)
                : s.string(RUN_ID);
        return new IngestConfig(S3Location.parse(s.string(SOURCE)), S3Location.parse(s.string(DESTINATION)),
                s.list(INCLUDE), s.list(EXCLUDE), s.string(CommonKeys.BOOTSTRAP_SERVERS),
                s.string(CommonKeys.S3_ENDPOINT), s.string(CommonKeys.S3_REGION), s.integer(CommonKeys.S3_MAX_ATTEMPTS),
                s.string(CommonKeys.TOPIC_RAW), s.integer(CommonKeys.TOPIC_PARTITIONS), s.integer(CHUNK_BYTES),
                s.longValue(CommonKeys.EMAIL_MAX_BYTES), s.longValue(OBJECT_MAX_BYTES), s.integer(CONCURRENCY),
                s.bool(FORCE), runId, s.string(CommonKeys.METRICS_BIND), s.integer(METRICS_PORT),
                s.integer(METRICS_LINGER));
    }
}
