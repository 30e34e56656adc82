package dev.transformcluster.sink.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.pipeline.common.PipelineHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class ChunkTest {

    @Test
    void shouldDecodeTheHeadersOfAChunk() {
        RecordHeaders h = new RecordHeaders();
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_KEY, "in/a b/é.txt");
        PipelineHeaders.set(h, PipelineHeaders.RUN_ID, "r1");
        PipelineHeaders.set(h, PipelineHeaders.CHUNK_INDEX, "4");
        PipelineHeaders.set(h, PipelineHeaders.CHUNK_LAST, "false");
        PipelineHeaders.set(h, PipelineHeaders.ENTITY_COUNTS, "PERSON=2,EMAIL_ADDRESS=1");
        Chunk c = Chunk.from("in/a b/é.txt", "x".getBytes(StandardCharsets.UTF_8), h);
        assertThat(c.objectId()).isEqualTo(new Chunk.ObjectId("r1", "in/a b/é.txt"));
        assertThat(c.index()).isEqualTo(4);
        assertThat(c.last()).isFalse();
        assertThat(c.entityCounts()).containsEntry("PERSON", 2L).containsEntry("EMAIL_ADDRESS", 1L);
        assertThat(c.isDeadLetter()).isFalse();
    }

    @Test
    void shouldTreatARecordWithoutChunkHeadersAsAWholeObject() {
        Chunk c = Chunk.from("k", null, new RecordHeaders());
        assertThat(c.index()).isZero();
        assertThat(c.last()).isTrue();
        assertThat(c.content()).isEmpty();
    }

    @Test
    void shouldEscapeKeysInTheDeadLetterReport() {
        String json = new String(DeadLetterReport.render("a\"b\\c\nd", "e", "ingest", "BINARY"),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"key\": \"a\\\"b\\\\c\\nd\"");
    }
}
