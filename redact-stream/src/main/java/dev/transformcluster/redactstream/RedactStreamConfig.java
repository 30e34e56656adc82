package dev.transformcluster.redactstream;

import dev.transformcluster.pipeline.common.config.CommonKeys;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import dev.transformcluster.pipeline.common.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Configuration of the redact-stream stage; {@link #KEYS} is the single source of truth for its keys. */
public record RedactStreamConfig(
        String bootstrapServers,
        String applicationId,
        String instanceId,
        String topicRaw,
        String topicRedacted,
        String topicDeadLetter,
        int topicPartitions,
        long emailMaxBytes,
        String policyFile,
        boolean redactionEnabled,
        int streamThreads,
        String stateDir,
        String metricsBind,
        int metricsPort) {

    public static final ConfigKey APPLICATION_ID = new ConfigKey("application.id", "tc-redact-stream",
            "Kafka Streams application id (consumer group and transactional id prefix).",
            v -> v.matches("[A-Za-z0-9._-]+"), "must contain only letters, digits, '.', '_' and '-'");
    public static final ConfigKey INSTANCE_ID = new ConfigKey("instance.id", "",
            "Stable instance index for static membership (group.instance.id); Nomad passes NOMAD_ALLOC_INDEX. "
                    + "Empty = dynamic membership.",
            v -> v.matches("[A-Za-z0-9._-]*"), "must contain only letters, digits, '.', '_' and '-'");
    public static final ConfigKey POLICY = ConfigKey.optional("policy", "",
            "Policy file (YAML or JSON); empty = the default policy (every type tagged).");
    public static final ConfigKey REDACTION_ENABLED = ConfigKey.bool("redaction.enabled", true,
            "false passes documents through unchanged: the Kafka/S3 ceiling baseline for benchmarks.");
    public static final ConfigKey STREAM_THREADS = ConfigKey.positiveInt("stream.threads", 1,
            "Kafka Streams threads per instance (usually one per core).");
    public static final ConfigKey STATE_DIR = ConfigKey.optional("state.dir", "",
            "Kafka Streams state directory; empty = a fresh temporary directory (the topology is stateless).");
    public static final ConfigKey METRICS_PORT = ConfigKey.port("metrics.port", 9402,
            "Port of /metrics and /health; 0 disables the server.");

    public static final List<ConfigKey> KEYS = List.of(CommonKeys.BOOTSTRAP_SERVERS, APPLICATION_ID, INSTANCE_ID,
            CommonKeys.TOPIC_RAW, CommonKeys.TOPIC_REDACTED, CommonKeys.TOPIC_DEAD_LETTER, CommonKeys.TOPIC_PARTITIONS,
            CommonKeys.EMAIL_MAX_BYTES, POLICY, REDACTION_ENABLED, STREAM_THREADS, STATE_DIR,
            CommonKeys.METRICS_BIND, METRICS_PORT);

    /**
     * Loads the config. {@code NOMAD_ALLOC_INDEX} in {@code env} fills {@code instance.id} when it is
     * not set otherwise, so a Nomad job needs no extra wiring for static membership.
     */
    public static RedactStreamConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> e = env;
        if (env.get("NOMAD_ALLOC_INDEX") != null && env.get(INSTANCE_ID.envName()) == null) {
            e = new java.util.HashMap<>(env);
            e.put(INSTANCE_ID.envName(), env.get("NOMAD_ALLOC_INDEX"));
        }
        Settings s = Settings.resolve(KEYS, file, e, overrides);
        return new RedactStreamConfig(s.string(CommonKeys.BOOTSTRAP_SERVERS), s.string(APPLICATION_ID),
                s.string(INSTANCE_ID), s.string(CommonKeys.TOPIC_RAW), s.string(CommonKeys.TOPIC_REDACTED),
                s.string(CommonKeys.TOPIC_DEAD_LETTER), s.integer(CommonKeys.TOPIC_PARTITIONS),
                s.longValue(CommonKeys.EMAIL_MAX_BYTES), s.string(POLICY), s.bool(REDACTION_ENABLED),
                s.integer(STREAM_THREADS), s.string(STATE_DIR), s.string(CommonKeys.METRICS_BIND),
                s.integer(METRICS_PORT));
    }
}
