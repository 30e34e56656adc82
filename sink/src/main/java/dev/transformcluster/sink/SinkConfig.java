package dev.transformcluster.sink;

import dev.transformcluster.pipeline.common.config.CommonKeys;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import dev.transformcluster.pipeline.common.config.S3Location;
import dev.transformcluster.pipeline.common.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Configuration of the sink stage; {@link #KEYS} is the single source of truth for its keys. */
public record SinkConfig(
        String bootstrapServers,
        String groupId,
        String instanceId,
        String topicRedacted,
        int topicPartitions,
        long emailMaxBytes,
        S3Location destination,
        String s3Endpoint,
        String s3Region,
        int s3MaxAttempts,
        int uploadMaxAttempts,
        long multipartThresholdBytes,
        int partBytes,
        int spoolMemoryBytes,
        String spoolDir,
        long abandonAfterSeconds,
        String metricsBind,
        int metricsPort) {

    public static final ConfigKey GROUP_ID = new ConfigKey("group.id", "tc-sink", "Kafka consumer group of the sinks.",
            v -> v.matches("[A-Za-z0-9._-]+"), "must contain only letters, digits, '.', '_' and '-'");
    public static final ConfigKey INSTANCE_ID = new ConfigKey("instance.id", "",
            "Stable instance index for static membership; Nomad passes NOMAD_ALLOC_INDEX. Empty = dynamic.",
            v -> v.matches("[A-Za-z0-9._-]*"), "must contain only letters, digits, '.', '_' and '-'");
    public static final ConfigKey DESTINATION = ConfigKey.s3Url("destination", "",
            "Destination s3://bucket/prefix for every object; empty = the destination ingest put in each record.");
    public static final ConfigKey UPLOAD_MAX_ATTEMPTS = ConfigKey.positiveInt("upload.max.attempts", 10,
            "Attempts to store one object (exponential backoff, 0.2 s doubling to 20 s); then the sink stops "
                    + "without committing, and a restart resumes.");
    public static final ConfigKey MULTIPART_THRESHOLD = ConfigKey.positiveLong("multipart.threshold.bytes", 16L << 20,
            "Objects larger than this are uploaded in parts.");
    public static final ConfigKey PART_BYTES = new ConfigKey("part.bytes", Integer.toString(8 << 20),
            "Multipart part size.", v -> v.matches("\\d{1,10}") && Long.parseLong(v) >= 5 << 20
            && Long.parseLong(v) <= 512L << 20, "must be between 5 MiB (5242880) and 512 MiB");
    public static final ConfigKey SPOOL_MEMORY = ConfigKey.positiveInt("spool.memory.bytes", 8 << 20,
            "Bytes of one object held in heap while reassembling; beyond, it is spooled to spool.dir.");
    public static final ConfigKey SPOOL_DIR = ConfigKey.optional("spool.dir", "",
            "Directory for spooled objects; empty = the system temp directory.");
    public static final ConfigKey ABANDON_AFTER = ConfigKey.positiveLong("abandon.after.seconds", 1800,
            "An object whose next chunk has not come for this long is given up (its ingest died); reconcile finds it.");
    public static final ConfigKey METRICS_PORT = ConfigKey.port("metrics.port", 9403,
            "Port of /metrics and /health; 0 disables the server.");

    public static final List<ConfigKey> KEYS = List.of(CommonKeys.BOOTSTRAP_SERVERS, GROUP_ID, INSTANCE_ID,
            CommonKeys.TOPIC_REDACTED, CommonKeys.TOPIC_PARTITIONS, CommonKeys.EMAIL_MAX_BYTES, DESTINATION,
            CommonKeys.S3_ENDPOINT, CommonKeys.S3_REGION, CommonKeys.S3_MAX_ATTEMPTS, UPLOAD_MAX_ATTEMPTS,
            MULTIPART_THRESHOLD, PART_BYTES, SPOOL_MEMORY, SPOOL_DIR, ABANDON_AFTER, CommonKeys.METRICS_BIND,
            METRICS_PORT);

    public static SinkConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> e = env;
        if (env.get("NOMAD_ALLOC_INDEX") != null && env.get(INSTANCE_ID.envName()) == null) {
            e = new java.util.HashMap<>(env);
            e.put(INSTANCE_ID.envName(), env.get("NOMAD_ALLOC_INDEX"));
        }
        Settings s = Settings.resolve(KEYS, file, e, overrides);
        String dest = s.string(DESTINATION);
        return new SinkConfig(s.string(CommonKeys.BOOTSTRAP_SERVERS), s.string(GROUP_ID), s.string(INSTANCE_ID),
                s.string(CommonKeys.TOPIC_REDACTED), s.integer(CommonKeys.TOPIC_PARTITIONS),
                s.longValue(CommonKeys.EMAIL_MAX_BYTES), dest.isEmpty() ? null : S3Location.parse(dest),
                s.string(CommonKeys.S3_ENDPOINT), s.string(CommonKeys.S3_REGION), s.integer(CommonKeys.S3_MAX_ATTEMPTS),
                s.integer(UPLOAD_MAX_ATTEMPTS), s.longValue(MULTIPART_THRESHOLD), s.integer(PART_BYTES),
                s.integer(SPOOL_MEMORY), s.string(SPOOL_DIR), s.longValue(ABANDON_AFTER),
                s.string(CommonKeys.METRICS_BIND), s.integer(METRICS_PORT));
    }
}
