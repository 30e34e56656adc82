package dev.transformcluster.pipeline.common;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Names and helpers for the record headers every stage reads and writes. Values are UTF-8
 * strings. Headers never carry document content; the object key travels because the output key
 * is derived from it.
 */
public final class PipelineHeaders {

    public static final String SOURCE_BUCKET = "tc.source.bucket";
    public static final String SOURCE_KEY = "tc.source.key";
    /** The source prefix the run listed, so the sink can compute the relative key. */
    public static final String SOURCE_PREFIX = "tc.source.prefix";
    /** The source object's ETag without quotes. */
    public static final String SOURCE_ETAG = "tc.source.etag";
    public static final String SOURCE_SIZE = "tc.source.size";
    /** The source object's declared content type. */
    public static final String CONTENT_TYPE = "tc.content.type";
    /** How the engine should read the record: {@link #FORMAT_EMAIL} or {@link #FORMAT_TEXT}. */
    public static final String FORMAT = "tc.format";
    public static final String FORMAT_EMAIL = "email";
    public static final String FORMAT_TEXT = "text";
    /** Zero-based chunk index. */
    public static final String CHUNK_INDEX = "tc.chunk.index";
    /** Number of chunks; carried on the last chunk only (the count is known once it is cut). */
    public static final String CHUNK_COUNT = "tc.chunk.count";
    /** {@code true} on the last chunk of an object. */
    public static final String CHUNK_LAST = "tc.chunk.last";
    public static final String RUN_ID = "tc.run.id";
    /** Where the output goes: {@code s3://bucket/prefix}. */
    public static final String DESTINATION = "tc.destination";
    public static final String POLICY_VERSION = "tc.policy.version";
    /** Entity counts, {@code TYPE=n,TYPE=n} sorted by type. */
    public static final String ENTITY_COUNTS = "tc.entity.counts";
    /** Present on dead-letter markers: a {@link DeadLetterReason} name. */
    public static final String DLQ_REASON = "tc.dlq.reason";
    /** The stage that dead-lettered the record: ingest or redact-stream. */
    public static final String DLQ_STAGE = "tc.dlq.stage";

    private PipelineHeaders() { }

    public static String get(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static void set(Headers headers, String name, String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static int getInt(Headers headers, String name, int fallback) {
        String v = get(headers, name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Formats counts as {@code TYPE=n,...}, sorted by type name so the text is deterministic. */
    public static String formatCounts(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(counts).forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(k).append('=').append(v);
        });
        return sb.toString();
    }

    public static Map<String, Long> parseCounts(String text) {
        Map<String, Long> out = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    out.merge(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)), Long::sum);
                } catch (NumberFormatException ignored) {
                    // a malformed pair is dropped; counts are informational
                }
            }
        }
        return out;
    }

}
