package dev.transformcluster.sink.format;

import dev.transformcluster.pipeline.common.PipelineHeaders;
import java.util.Map;
import org.apache.kafka.common.header.Headers;

/**
 * One record from the redacted topic, decoded from its headers: a chunk of an object's redacted
 * bytes, or a dead-letter marker ({@link #deadLetterReason()} not null, empty content).
 */
public record Chunk(String runId, String sourceKey, String sourcePrefix, String sourceEtag, String contentType,
                    String destination, int index, boolean last, String policyVersion, Map<String, Long> entityCounts,
                    String deadLetterReason, String deadLetterStage, byte[] content) {

    /** Identifies one object of one run: chunks of the same object share it. */
    public record ObjectId(String runId, String sourceKey) { }

    public ObjectId objectId() {
        return new ObjectId(runId, sourceKey);
    }

    public boolean isDeadLetter() {
        return deadLetterReason != null;
    }

    /** Decodes a record; the key falls back to the record key when the header is missing. */
    public static Chunk from(String recordKey, byte[] value, Headers h) {
        String key = PipelineHeaders.get(h, PipelineHeaders.SOURCE_KEY);
        return new Chunk(
                orEmpty(PipelineHeaders.get(h, PipelineHeaders.RUN_ID)),
                key != null ? key : recordKey,
                orEmpty(PipelineHeaders.get(h, PipelineHeaders.SOURCE_PREFIX)),
                orEmpty(PipelineHeaders.get(h, PipelineHeaders.SOURCE_ETAG)),
                PipelineHeaders.get(h, PipelineHeaders.CONTENT_TYPE),
                PipelineHeaders.get(h, PipelineHeaders.DESTINATION),
                PipelineHeaders.getInt(h, PipelineHeaders.CHUNK_INDEX, 0),
                !"false".equals(PipelineHeaders.get(h, PipelineHeaders.CHUNK_LAST)),
                orEmpty(PipelineHeaders.get(h, PipelineHeaders.POLICY_VERSION)),
                PipelineHeaders.parseCounts(PipelineHeaders.get(h, PipelineHeaders.ENTITY_COUNTS)),
                PipelineHeaders.get(h, PipelineHeaders.DLQ_REASON),
                PipelineHeaders.get(h, PipelineHeaders.DLQ_STAGE),
                value == null ? new byte[0] : value);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
