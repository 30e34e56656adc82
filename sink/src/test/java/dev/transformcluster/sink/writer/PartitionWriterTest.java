package dev.transformcluster.sink.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.transformcluster.pipeline.common.config.S3Location;
import dev.transformcluster.sink.format.Chunk;
import dev.transformcluster.sink.format.Spool;
import dev.transformcluster.sink.naming.RelativeKeyNaming;
import dev.transformcluster.sink.storage.ObjectStore;
import dev.transformcluster.sink.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionWriterTest {

    /** Records puts; can be told to fail. */
    static final class MemoryStore implements ObjectStore {
        final Map<String, String> objects = new LinkedHashMap<>();
        final Map<String, Map<String, String>> metadata = new LinkedHashMap<>();
        int puts;
        boolean fail;

        @Override
        public void put(String bucket, String key, Spool content, String contentType, Map<String, String> meta) {
            if (fail) {
                throw new StorageException("HTTP 503", null);
            }
            puts++;
            try (var in = content.openStream()) {
                objects.put(bucket + "/" + key, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            metadata.put(bucket + "/" + key, Map.copyOf(meta));
        }
    }

    /** A clock tests move by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MemoryStore store = new MemoryStore();
    final ManualClock clock = new ManualClock();
    final List<String> finished = new ArrayList<>();
    final PartitionWriter writer = new PartitionWriter(new RelativeKeyNaming(), store, null, clock,
            Duration.ofMinutes(30), () -> new Spool(16, null),
            (id, outcome, bytes) -> finished.add(id.sourceKey() + ":" + outcome));

    static Chunk chunk(String key, int index, boolean last, String text) {
        return new Chunk("run1", "in/" + key, "in/", "etag-" + key, "text/plain", "s3://out-bucket/red/", index, last,
                "p1", Map.of("EMAIL_ADDRESS", 1L), null, null, text.getBytes(StandardCharsets.UTF_8));
    }

    static Chunk deadLetter(String key, int index, boolean last) {
        return new Chunk("run1", "in/" + key, "in/", "etag-" + key, null, "s3://out-bucket/red/", index, last, "p1",
                Map.of(), "BINARY", "ingest", new byte[0]);
    }

    @Test
    void shouldWriteAnObjectWhenItsLastChunkArrives() {
        writer.accept(0, chunk("a.txt", 0, false, "hello "));
        assertThat(store.objects).isEmpty();
        writer.accept(1, chunk("a.txt", 1, true, "world, spilled to disk past sixteen bytes\n"));
        assertThat(store.objects).containsEntry("out-bucket/red/a.txt",
                "hello world, spilled to disk past sixteen bytes\n");
        assertThat(store.metadata.get("out-bucket/red/a.txt")).containsEntry("source-etag", "etag-a.txt")
                .containsEntry("policy-version", "p1").containsEntry("entity-counts", "EMAIL_ADDRESS=2");
        assertThat(finished).containsExactly("in/a.txt:WRITTEN");
    }

    @Test
    void shouldCommitOnlyUpToTheFirstChunkOfTheOldestOpenObject() {
        writer.accept(10, chunk("a.txt", 0, false, "a0"));
        writer.accept(11, chunk("b.txt", 0, false, "b0"));
        writer.accept(12, chunk("b.txt", 1, true, "b1"));
        assertThat(writer.committableOffset()).hasValue(10);
        writer.accept(13, chunk("a.txt", 1, true, "a1"));
        assertThat(writer.committableOffset()).hasValue(14);
        assertThat(store.objects.keySet()).containsExactly("out-bucket/red/b.txt", "out-bucket/red/a.txt");
    }

    @Test
    void shouldNotAdvanceTheCommitWhenTheWriteFails() {
        writer.accept(5, chunk("a.txt", 0, false, "a0"));
        store.fail = true;
        assertThatThrownBy(() -> writer.accept(6, chunk("a.txt", 1, true, "a1")))
                .isInstanceOf(StorageException.class);
        assertThat(writer.committableOffset()).hasValue(5);
    }

    @Test
    void shouldWriteADeadLetterReportWithoutContentWhenAnyChunkWasRefused() {
        writer.accept(0, chunk("m.txt", 0, false, "secret jane@example.com"));
        writer.accept(1, deadLetter("m.txt", 1, false));
        writer.accept(2, chunk("m.txt", 2, true, "more"));
        assertThat(store.objects).doesNotContainKey("out-bucket/red/m.txt");
        String report = store.objects.get("out-bucket/red/_dead-letter/m.txt.json");
        assertThat(report).contains("\"key\": \"in/m.txt\"", "\"reason\": \"BINARY\"", "\"stage\": \"ingest\"")
                .doesNotContain("secret", "jane");
        assertThat(finished).containsExactly("in/m.txt:DEAD_LETTERED");
    }

    @Test
    void shouldSkipTheTailOfAnObjectWrittenBeforeTheCommittedOffset() {
        // after a restart the consumer resumes mid-object: chunks 0..1 lay before the committed offset
        writer.accept(20, chunk("old.txt", 2, true, "tail"));
        writer.accept(21, chunk("new.txt", 0, true, "new"));
        assertThat(store.objects.keySet()).containsExactly("out-bucket/red/new.txt");
        assertThat(writer.committableOffset()).hasValue(22);
    }

    @Test
    void shouldIgnoreADuplicateChunk() {
        writer.accept(0, chunk("a.txt", 0, false, "a0"));
        writer.accept(1, chunk("a.txt", 0, false, "a0"));
        writer.accept(2, chunk("a.txt", 1, true, "a1"));
        assertThat(store.objects).containsEntry("out-bucket/red/a.txt", "a0a1");
    }

    @Test
    void shouldGiveUpAnObjectWhoseChunksStoppedComing() {
        writer.accept(0, chunk("a.txt", 0, false, "a0"));
        writer.accept(1, chunk("b.txt", 0, true, "b0"));
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(writer.expire()).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(writer.expire()).isEqualTo(1);
        assertThat(writer.committableOffset()).hasValue(2);
        assertThat(finished).containsExactly("in/b.txt:WRITTEN", "in/a.txt:ABANDONED");
    }

    @Test
    void shouldNeverWriteAnObjectWithAMissingChunk() {
        writer.accept(0, chunk("a.txt", 0, false, "a0"));
        writer.accept(1, chunk("a.txt", 2, true, "a2"));
        assertThat(store.objects).isEmpty();
        assertThat(finished).containsExactly("in/a.txt:ABANDONED");
    }

    @Test
    void shouldKeepChunksOfTwoRunsOfTheSameKeyApart() {
        writer.accept(0, chunk("a.txt", 0, false, "x"));
        Chunk otherRun = new Chunk("run2", "in/a.txt", "in/", "e", "text/plain", "s3://out-bucket/red/", 0, true, "p1",
                Map.of(), null, null, "whole".getBytes(StandardCharsets.UTF_8));
        writer.accept(1, otherRun);
        assertThat(store.objects).containsEntry("out-bucket/red/a.txt", "whole");
        assertThat(writer.committableOffset()).hasValue(0);
    }

    @Test
    void shouldRejectAnIllegalTransition() {
        ObjectAssembly a = new ObjectAssembly(chunk("a.txt", 0, false, "x"), 0, new Spool(16, null), clock.now);
        assertThatThrownBy(a::stored).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored not allowed in state RECEIVING");
    }
}
