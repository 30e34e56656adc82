package dev.transformcluster.redactstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.pipeline.common.PipelineHeaders;
import dev.transformcluster.redactor.RejectedInputException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactTopologyTest {

    static final RedactStreamConfig CONFIG = RedactStreamConfig.load(null, Map.of(),
            Map.of("bootstrap.servers", "unused:9092"));

    /** Replaces "secret" by a tag and counts it; refuses content starting with "BIN"; throws on "BOOM". */
    static final Redaction FAKE = new Redaction() {
        @Override
        public Redacted apply(byte[] content, String contentType) throws RejectedInputException {
            String s = new String(content, StandardCharsets.UTF_8);
            if (s.startsWith("BIN")) {
                throw new RejectedInputException(RejectedInputException.Reason.BINARY, "binary");
            }
            if (s.startsWith("BOOM")) {
                throw new IllegalStateException("parser broke on " + s);
            }
            long n = s.split("secret", -1).length - 1;
            return new Redacted(s.replace("secret", "<PERSON>").getBytes(StandardCharsets.UTF_8),
                    n == 0 ? Map.of() : Map.of("PERSON", n));
        }

        @Override
        public String policyVersion() {
            return "test-policy";
        }
    };

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> raw;
    TestOutputTopic<String, byte[]> redacted;
    TestOutputTopic<String, byte[]> deadLetter;

    void start(Redaction redaction) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(RedactTopology.build(CONFIG, redaction, registry), p);
        raw = driver.createInputTopic("raw", new StringSerializer(), new ByteArraySerializer());
        redacted = driver.createOutputTopic("redacted", new StringDeserializer(), new ByteArrayDeserializer());
        deadLetter = driver.createOutputTopic("dead-letter", new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    static RecordHeaders headers(String key, int index, boolean last) {
        RecordHeaders h = new RecordHeaders();
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_KEY, key);
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_ETAG, "etag1");
        PipelineHeaders.set(h, PipelineHeaders.RUN_ID, "run1");
        PipelineHeaders.set(h, PipelineHeaders.FORMAT, PipelineHeaders.FORMAT_TEXT);
        PipelineHeaders.set(h, PipelineHeaders.CHUNK_INDEX, Integer.toString(index));
        PipelineHeaders.set(h, PipelineHeaders.CHUNK_LAST, Boolean.toString(last));
        return h;
    }

    void send(String key, String value, RecordHeaders h) {
        raw.pipeInput(new TestRecord<>(key, value.getBytes(StandardCharsets.UTF_8), h));
    }

    @Test
    void shouldRedactAndRecordPolicyVersionAndEntityCounts() {
        start(FAKE);
        send("a.txt", "call secret and secret", headers("a.txt", 0, true));
        TestRecord<String, byte[]> out = redacted.readRecord();
        assertThat(out.key()).isEqualTo("a.txt");
        assertThat(new String(out.value(), StandardCharsets.UTF_8)).isEqualTo("call <PERSON> and <PERSON>");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.POLICY_VERSION)).isEqualTo("test-policy");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.ENTITY_COUNTS)).isEqualTo("PERSON=2");
        assertThat(deadLetter.isEmpty()).isTrue();
        assertThat(registry.counter("tc.redact.entities", "type", "PERSON").count()).isEqualTo(2.0);
        assertThat(registry.timer("tc.redact.latency").count()).isEqualTo(1);
    }

    @Test
    void shouldPreserveTheIngestHeaders() {
        start(FAKE);
        send("dir/b.txt", "x", headers("dir/b.txt", 3, false));
        TestRecord<String, byte[]> out = redacted.readRecord();
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.SOURCE_KEY)).isEqualTo("dir/b.txt");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.SOURCE_ETAG)).isEqualTo("etag1");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.RUN_ID)).isEqualTo("run1");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.CHUNK_INDEX)).isEqualTo("3");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.CHUNK_LAST)).isEqualTo("false");
    }

    @Test
    void shouldDeadLetterARefusedRecordWithItsReasonAndNoContent() {
        start(FAKE);
        send("c.bin", "BIN secret", headers("c.bin", 0, true));
        TestRecord<String, byte[]> marker = redacted.readRecord();
        assertThat(marker.value()).isEmpty();
        assertThat(PipelineHeaders.get(marker.headers(), PipelineHeaders.DLQ_REASON)).isEqualTo("BINARY");
        assertThat(PipelineHeaders.get(marker.headers(), PipelineHeaders.DLQ_STAGE)).isEqualTo("redact-stream");
        TestRecord<String, byte[]> dl = deadLetter.readRecord();
        assertThat(dl.key()).isEqualTo("c.bin");
        assertThat(dl.value()).isEmpty();
        assertThat(PipelineHeaders.get(dl.headers(), PipelineHeaders.DLQ_REASON)).isEqualTo("BINARY");
        assertThat(registry.counter("tc.dead.letters", "reason", "BINARY").count()).isEqualTo(1.0);
    }

    @Test
    void shouldDeadLetterAnUnexpectedErrorInsteadOfDroppingTheRecord() {
        start(FAKE);
        send("d.txt", "BOOM secret", headers("d.txt", 0, true));
        TestRecord<String, byte[]> dl = deadLetter.readRecord();
        assertThat(PipelineHeaders.get(dl.headers(), PipelineHeaders.DLQ_REASON)).isEqualTo("PROCESSING_ERROR");
        assertThat(redacted.readRecord().value()).isEmpty();
        // the next record is processed normally
        send("e.txt", "fine", headers("e.txt", 0, true));
        assertThat(new String(redacted.readRecord().value(), StandardCharsets.UTF_8)).isEqualTo("fine");
    }

    @Test
    void shouldPassAnIngestDeadLetterMarkerThroughToBothTopics() {
        start(FAKE);
        RecordHeaders h = headers("big.eml", 0, true);
        PipelineHeaders.set(h, PipelineHeaders.DLQ_REASON, "TOO_LARGE");
        PipelineHeaders.set(h, PipelineHeaders.DLQ_STAGE, "ingest");
        send("big.eml", "", h);
        assertThat(PipelineHeaders.get(redacted.readRecord().headers(), PipelineHeaders.DLQ_STAGE)).isEqualTo("ingest");
        assertThat(PipelineHeaders.get(deadLetter.readRecord().headers(), PipelineHeaders.DLQ_REASON))
                .isEqualTo("TOO_LARGE");
        assertThat(registry.find("tc.dead.letters").counters()).isEmpty();
    }

    @Test
    void shouldCopyDocumentsUnchangedWhenRedactionIsOff() {
        start(Redaction.passThrough());
        send("f.txt", "secret stays", headers("f.txt", 0, true));
        TestRecord<String, byte[]> out = redacted.readRecord();
        assertThat(new String(out.value(), StandardCharsets.UTF_8)).isEqualTo("secret stays");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.POLICY_VERSION)).isEqualTo("pass-through");
    }

    @Test
    void shouldRedactWithTheRealEngine() {
        start(Redaction.engine(dev.transformcluster.redactor.Policy.defaults()));
        send("g.txt", "write to jane.doe@example.com today\n", headers("g.txt", 0, true));
        TestRecord<String, byte[]> out = redacted.readRecord();
        assertThat(new String(out.value(), StandardCharsets.UTF_8)).doesNotContain("jane.doe@example.com");
        assertThat(PipelineHeaders.get(out.headers(), PipelineHeaders.ENTITY_COUNTS)).contains("EMAIL_ADDRESS=1");
    }
}
