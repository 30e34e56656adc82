package dev.transformcluster.redactstream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;

/**
 * The one topology: {@code raw} -> redact -> {@code redacted}, with refused records also copied
 * (without content) to {@code dead-letter}. Stateless, so it scales by instances up to the
 * number of partitions of {@code raw}.
 */
public final class RedactTopology {

    static final String SOURCE = "raw-source";
    static final String PROCESSOR = "redact";
    static final String REDACTED_SINK = "redacted-sink";
    static final String DEAD_LETTER_SINK = "dead-letter-sink";

    private RedactTopology() { }

    /** The topology with the redaction and metrics the config implies (what {@code main} runs). */
    public static Topology build(RedactStreamConfig config) {
        return build(config, Redaction.fromConfig(config), new SimpleMeterRegistry());
    }

    public static Topology build(RedactStreamConfig config, Redaction redaction, MeterRegistry registry) {
        RedactMetrics metrics = new RedactMetrics(registry);
        Topology t = new Topology();
        t.addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), config.topicRaw());
        t.addProcessor(PROCESSOR, () -> new RedactProcessor(redaction, metrics), SOURCE);
        t.addSink(REDACTED_SINK, config.topicRedacted(), new StringSerializer(), new ByteArraySerializer(), PROCESSOR);
        t.addSink(DEAD_LETTER_SINK, config.topicDeadLetter(), new StringSerializer(), new ByteArraySerializer(),
                PROCESSOR);
        return t;
    }
}
