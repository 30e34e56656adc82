package dev.transformcluster.redactstream;

import dev.transformcluster.pipeline.common.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running redact-stream instance: Kafka Streams with exactly-once v2, static membership when
 * an instance id is set, client metrics bound to the registry. Start, watch {@link #state()},
 * {@link #close()} on SIGTERM.
 */
public final class RedactStreamApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedactStreamApp.class);

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;

    public RedactStreamApp(RedactStreamConfig config, Redaction redaction, MeterRegistry registry) {
        Topics.ensure(config.bootstrapServers(),
                List.of(config.topicRaw(), config.topicRedacted(), config.topicDeadLetter()),
                config.topicPartitions(), Topics.maxRecordBytes(config.emailMaxBytes()));
        this.streams = new KafkaStreams(RedactTopology.build(config, redaction, registry), properties(config));
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread died: {}", e.getClass().getName());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
    }

    static Properties properties(RedactStreamConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir(config));
        // records that fail are dead-lettered by the processor itself; this only silences a 4.x notice
        p.put("processing.exception.handler.global.enabled", "true");
        String maxRecord = Integer.toString(Topics.maxRecordBytes(config.emailMaxBytes()));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxRecord);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "20");
        // Heap stays small whatever the object size: records are <= 512 KiB chunks (or one e-mail),
        // and every buffer on the way in and out is bounded in records or bytes.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), "50");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), Integer.toString(8 << 20));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), Integer.toString(1 << 20));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BUFFER_MEMORY_CONFIG), Integer.toString(16 << 20));
        // the byte-based input.buffer.max.bytes arrives in Kafka 4.5; until then bound records per partition
        p.put("buffered.records.per.partition", "8");
        if (!config.instanceId().isEmpty()) {
            p.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
                    config.applicationId() + "-" + config.instanceId());
            // a restarted static member rejoins without a rebalance within this window
            p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "30000");
        }
        return p;
    }

    private static String stateDir(RedactStreamConfig config) {
        if (!config.stateDir().isEmpty()) {
            return config.stateDir();
        }
        try {
            return Files.createTempDirectory("tc-redact-stream").toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a state directory; set state.dir", e);
        }
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Healthy while RUNNING or REBALANCING (a rebalance is normal when instances come and go). */
    public boolean healthy() {
        KafkaStreams.State s = streams.state();
        return s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING
                || s == KafkaStreams.State.CREATED;
    }

    /** True once the client stopped for good (closed, or died on an error). */
    public boolean stopped() {
        KafkaStreams.State s = streams.state();
        return s == KafkaStreams.State.NOT_RUNNING || s == KafkaStreams.State.ERROR
                || s == KafkaStreams.State.PENDING_ERROR;
    }

    /** Commits the open transaction and leaves; static members leave without triggering a rebalance. */
    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
    }
}
