package dev.transformcluster.sink;

import dev.transformcluster.pipeline.common.Topics;
import dev.transformcluster.sink.format.Chunk;
import dev.transformcluster.sink.format.Spool;
import dev.transformcluster.sink.naming.ObjectNaming;
import dev.transformcluster.sink.storage.ObjectStore;
import dev.transformcluster.sink.writer.PartitionWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: consumes the redacted topic (read_committed), hands each partition's records
 * to its {@link PartitionWriter}, and commits offsets only up to what has been durably stored.
 * Runs on the calling thread ({@link #run()}) until {@link #stop()}.
 */
public final class SinkApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkApp.class);

    /** Told about each finished object, e.g. to know when a run is complete. */
    @FunctionalInterface
    public interface ObjectListener {
        void finished(String runId, PartitionWriter.Outcome outcome);
    }

    private final SinkConfig config;
    private final KafkaConsumer<String, byte[]> consumer;
    private final ObjectNaming naming;
    private final ObjectStore store;
    private final Clock clock;
    private final MeterRegistry registry;
    private final KafkaClientMetrics clientMetrics;
    private final Map<TopicPartition, PartitionWriter> writers = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final Map<String, AtomicLong> finishedByRun = new ConcurrentHashMap<>();
    private final List<ObjectListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile boolean polling;
    private volatile Throwable failure;

    public SinkApp(SinkConfig config, ObjectNaming naming, ObjectStore store, Clock clock, MeterRegistry registry) {
        this.config = config;
        this.naming = naming;
        this.store = store;
        this.clock = clock;
        this.registry = registry;
        Topics.ensure(config.bootstrapServers(), List.of(config.topicRedacted()), config.topicPartitions(),
                Topics.maxRecordBytes(config.emailMaxBytes()));
        this.consumer = new KafkaConsumer<>(properties(config), new StringDeserializer(), new ByteArrayDeserializer());
        this.clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(registry);
    }

    static Properties properties(SinkConfig config) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tc-sink" + (config.instanceId().isEmpty() ? "" : "-" + config.instanceId()));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        // a slow S3 (retries with backoff) must not get the member kicked out mid-write
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "540000");
        if (!config.instanceId().isEmpty()) {
            p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, config.groupId() + "-" + config.instanceId());
        }
        return p;
    }

    public void addListener(ObjectListener l) {
        listeners.add(l);
    }

    /** Objects finished (written, dead-lettered or abandoned) for a run since this sink started. */
    public long finished(String runId) {
        AtomicLong n = finishedByRun.get(runId);
        return n == null ? 0 : n.get();
    }

    /** Consumes until {@link #stop()}; commits what is stored before returning. */
    public void run() {
        consumer.subscribe(List.of(config.topicRedacted()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                commit();
                for (TopicPartition tp : partitions) {
                    PartitionWriter w = writers.remove(tp);
                    if (w != null) {
                        w.close();
                    }
                    committed.remove(tp);
                }
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                // writers are created lazily on the first record
            }
        });
        polling = true;
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> r : records) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    writers.computeIfAbsent(tp, this::newWriter)
                            .accept(r.offset(), Chunk.from(r.key(), r.value(), r.headers()));
                }
                writers.values().forEach(PartitionWriter::expire);
                commit();
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (RuntimeException e) {
            // offsets of the failed object stay uncommitted: a restart re-reads and retries it
            failure = e;
            LOG.error("sink stopped: {}", e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        } finally {
            polling = false;
            try {
                commit();
            } catch (RuntimeException e) {
                LOG.warn("final commit failed: {}", e.getClass().getSimpleName());
            }
            writers.values().forEach(PartitionWriter::close);
            writers.clear();
        }
    }

    private PartitionWriter newWriter(TopicPartition tp) {
        Path spoolDir = config.spoolDir().isEmpty() ? null : Path.of(config.spoolDir());
        Supplier<Spool> spools = () -> new Spool(config.spoolMemoryBytes(), spoolDir);
        return new PartitionWriter(naming, store, config.destination(), clock,
                Duration.ofSeconds(config.abandonAfterSeconds()), spools, this::onFinished);
    }

    private void onFinished(Chunk.ObjectId id, PartitionWriter.Outcome outcome, long bytes) {
        registry.counter("tc.sink.objects", "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).increment();
        if (outcome == PartitionWriter.Outcome.WRITTEN) {
            registry.counter("tc.sink.bytes").increment(bytes);
        }
        if (outcome == PartitionWriter.Outcome.ABANDONED) {
            LOG.warn("an object of run {} was abandoned incomplete; reconcile will report it", id.runId());
        }
        finishedByRun.computeIfAbsent(id.runId(), k -> new AtomicLong()).incrementAndGet();
        listeners.forEach(l -> l.finished(id.runId(), outcome));
    }

    private void commit() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        writers.forEach((tp, w) -> {
            OptionalLong o = w.committableOffset();
            if (o.isPresent() && !Long.valueOf(o.getAsLong()).equals(committed.get(tp))) {
                offsets.put(tp, new OffsetAndMetadata(o.getAsLong()));
            }
        });
        if (!offsets.isEmpty()) {
            try {
                consumer.commitSync(offsets);
                offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
            } catch (RetriableException | CommitFailedException | RebalanceInProgressException e) {
                // e.g. the broker is restarting: the objects are stored, only the bookkeeping waits;
                // the next loop commits again, and a restart before that merely rewrites them
                LOG.warn("offset commit deferred: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** Asks {@link #run()} to return; safe from any thread (e.g. a SIGTERM hook). */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    /** Healthy while polling without a fatal error. */
    public boolean healthy() {
        return failure == null && (polling || running);
    }

    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        clientMetrics.close();
        consumer.close(Duration.ofSeconds(10));
    }
}
