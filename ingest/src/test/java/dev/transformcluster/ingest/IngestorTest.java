package dev.transformcluster.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.pipeline.common.PipelineHeaders;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class IngestorTest {

    final FakeS3 s3 = new FakeS3();
    final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
            new ByteArraySerializer());

    IngestResult run(Map<String, String> extra) throws Exception {
        Map<String, String> flags = new HashMap<>(Map.of("source", "s3://in-bucket/docs/",
                "destination", "s3://out-bucket/red/", "bootstrap.servers", "unused:9092", "chunk.bytes", "1024",
                "run.id", "r1", "concurrency", "2"));
        flags.putAll(extra);
        IngestConfig config = IngestConfig.load(null, Map.of(), flags);
        return new Ingestor(config, s3.client(), producer, new SimpleMeterRegistry()).run();
    }

    List<ProducerRecord<String, byte[]>> recordsOf(String key) {
        return producer.history().stream().filter(r -> r.key().equals(key)).toList();
    }

    static String h(ProducerRecord<String, byte[]> r, String name) {
        return PipelineHeaders.get(r.headers(), name);
    }

    @Test
    void shouldProduceLineAlignedChunksWithIndexAndLastHeaders() throws Exception {
        byte[] text = "a line with jane@example.com in it\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        s3.put("in-bucket", "docs/big.txt", text, "text/plain", Map.of());
        IngestResult r = run(Map.of());
        List<ProducerRecord<String, byte[]>> chunks = recordsOf("docs/big.txt");
        assertThat(chunks).hasSizeGreaterThan(3);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int i = 0; i < chunks.size(); i++) {
            ProducerRecord<String, byte[]> c = chunks.get(i);
            assertThat(h(c, PipelineHeaders.CHUNK_INDEX)).isEqualTo(Integer.toString(i));
            assertThat(h(c, PipelineHeaders.CHUNK_LAST)).isEqualTo(Boolean.toString(i == chunks.size() - 1));
            assertThat(h(c, PipelineHeaders.RUN_ID)).isEqualTo("r1");
            assertThat(h(c, PipelineHeaders.SOURCE_ETAG)).isEqualTo("etag-" + text.length);
            assertThat(c.topic()).isEqualTo("raw");
            whole.writeBytes(c.value());
        }
        assertThat(h(chunks.get(chunks.size() - 1), PipelineHeaders.CHUNK_COUNT))
                .isEqualTo(Integer.toString(chunks.size()));
        assertThat(whole.toByteArray()).isEqualTo(text);
        assertThat(r.produced()).isEqualTo(1);
    }

    @Test
    void shouldSendAnEmailWholeEvenWhenLargerThanAChunk() throws Exception {
        String mail = "From: a@example.com\nTo: b@example.com\nSubject: x\n\n" + "body line\n".repeat(300);
        s3.put("in-bucket", "docs/m.eml", mail.getBytes(StandardCharsets.UTF_8), "message/rfc822", Map.of());
        run(Map.of());
        assertThat(recordsOf("docs/m.eml")).singleElement().satisfies(rec -> {
            assertThat(h(rec, PipelineHeaders.FORMAT)).isEqualTo("email");
            assertThat(new String(rec.value(), StandardCharsets.UTF_8)).isEqualTo(mail);
        });
    }

    @Test
    void shouldDeadLetterBinaryAndOversizeObjectsInsteadOfSkippingThem() throws Exception {
        s3.put("in-bucket", "docs/pic.bin", new byte[] {1, 0, 2, 3}, "application/octet-stream", Map.of());
        s3.put("in-bucket", "docs/huge.txt", "x\n".repeat(3000).getBytes(StandardCharsets.UTF_8), null, Map.of());
        IngestResult r = run(Map.of("object.max.bytes", "5000"));
        assertThat(r.deadLettered()).isEqualTo(2);
        assertThat(recordsOf("docs/pic.bin")).singleElement().satisfies(rec -> {
            assertThat(h(rec, PipelineHeaders.DLQ_REASON)).isEqualTo("BINARY");
            assertThat(rec.value()).isEmpty();
        });
        assertThat(h(recordsOf("docs/huge.txt").get(0), PipelineHeaders.DLQ_REASON)).isEqualTo("TOO_LARGE");
        assertThat(s3.gets).doesNotContain("docs/huge.txt");
    }

    @Test
    void shouldSkipObjectsAlreadyDoneWithTheSameEtagUnlessForced() throws Exception {
        byte[] text = "hello\n".getBytes(StandardCharsets.UTF_8);
        s3.put("in-bucket", "docs/a.txt", text, "text/plain", Map.of());
        s3.put("in-bucket", "docs/b.txt", "other\n".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of());
        s3.put("out-bucket", "red/a.txt", text, "text/plain", Map.of("source-etag", "etag-" + text.length));
        s3.put("out-bucket", "red/b.txt", text, "text/plain", Map.of("source-etag", "an-older-version"));
        IngestResult r = run(Map.of());
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(recordsOf("docs/a.txt")).isEmpty();
        assertThat(recordsOf("docs/b.txt")).hasSize(1);
        IngestResult forced = run(Map.of("force", "true"));
        assertThat(forced.skipped()).isZero();
        assertThat(forced.produced()).isEqualTo(2);
    }

    @Test
    void shouldIngestAnEmptyObjectAsOneEmptyChunk() throws Exception {
        s3.put("in-bucket", "docs/empty.txt", new byte[0], "text/plain", Map.of());
        run(Map.of());
        assertThat(recordsOf("docs/empty.txt")).singleElement().satisfies(rec -> {
            assertThat(rec.value()).isEmpty();
            assertThat(h(rec, PipelineHeaders.CHUNK_LAST)).isEqualTo("true");
            assertThat(h(rec, PipelineHeaders.DLQ_REASON)).isNull();
        });
    }

    @Test
    void shouldListAllPagesAndApplyTheGlobs() throws Exception {
        for (int i = 0; i < 5; i++) {
            s3.put("in-bucket", "docs/k" + i + ".txt", "x\n".getBytes(StandardCharsets.UTF_8), null, Map.of());
        }
        s3.put("in-bucket", "docs/tmp/skip.txt", "x\n".getBytes(StandardCharsets.UTF_8), null, Map.of());
        s3.put("in-bucket", "other/not-listed.txt", "x\n".getBytes(StandardCharsets.UTF_8), null, Map.of());
        IngestResult r = run(Map.of("exclude", "tmp/**"));
        assertThat(r.listed()).isEqualTo(5);
        assertThat(r.produced()).isEqualTo(5);
    }
}
