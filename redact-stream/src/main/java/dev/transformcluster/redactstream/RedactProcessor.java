package dev.transformcluster.redactstream;

import dev.transformcluster.pipeline.common.DeadLetterReason;
import dev.transformcluster.pipeline.common.KeyHash;
import dev.transformcluster.pipeline.common.PipelineHeaders;
import dev.transformcluster.redactor.RejectedInputException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redacts one record. Every input yields exactly one record on {@code redacted}: the redacted
 * chunk, or a dead-letter marker (empty value, reason header) so the sink can account for every
 * chunk of every object. Markers are also copied to {@code dead-letter} for operators. Nothing
 * is dropped: any exception while redacting becomes a PROCESSING_ERROR marker.
 */
final class RedactProcessor implements Processor<String, byte[], String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(RedactProcessor.class);
    static final String STAGE = "redact-stream";

    private final Redaction redaction;
    private final RedactMetrics metrics;
    private ProcessorContext<String, byte[]> context;

    RedactProcessor(Redaction redaction, RedactMetrics metrics) {
        this.redaction = redaction;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        if (PipelineHeaders.get(headers, PipelineHeaders.DLQ_REASON) != null) {
            // refused upstream (ingest): pass the marker on, and tell operators
            context.forward(record.withHeaders(headers), RedactTopology.REDACTED_SINK);
            context.forward(record.withHeaders(new RecordHeaders(headers.toArray())), RedactTopology.DEAD_LETTER_SINK);
            return;
        }
        byte[] value = record.value() == null ? new byte[0] : record.value();
        long start = System.nanoTime();
        try {
            Redaction.Redacted r = redaction.apply(value, engineContentType(headers));
            metrics.latency.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            metrics.records.increment();
            metrics.bytes.increment(value.length);
            r.entityCounts().forEach(metrics::entities);
            PipelineHeaders.set(headers, PipelineHeaders.POLICY_VERSION, redaction.policyVersion());
            PipelineHeaders.set(headers, PipelineHeaders.ENTITY_COUNTS, PipelineHeaders.formatCounts(r.entityCounts()));
            context.forward(record.withValue(r.content()).withHeaders(headers), RedactTopology.REDACTED_SINK);
        } catch (RejectedInputException e) {
            deadLetter(record, headers, DeadLetterReason.valueOf(e.reason().name()));
        } catch (RuntimeException | StackOverflowError e) {
            // the message may quote input; log the class and the key's hash only
            LOG.warn("record of object {} failed to redact: {}", KeyHash.of(String.valueOf(record.key())),
                    e.getClass().getName());
            deadLetter(record, headers, DeadLetterReason.PROCESSING_ERROR);
        }
    }

    private void deadLetter(Record<String, byte[]> record, Headers headers, DeadLetterReason reason) {
        metrics.deadLetter(reason.name());
        PipelineHeaders.set(headers, PipelineHeaders.DLQ_REASON, reason.name());
        PipelineHeaders.set(headers, PipelineHeaders.DLQ_STAGE, STAGE);
        PipelineHeaders.set(headers, PipelineHeaders.POLICY_VERSION, redaction.policyVersion());
        Record<String, byte[]> marker = record.withValue(new byte[0]).withHeaders(headers);
        context.forward(marker, RedactTopology.REDACTED_SINK);
        context.forward(marker.withHeaders(new RecordHeaders(headers.toArray())), RedactTopology.DEAD_LETTER_SINK);
    }

    /** E-mails are parsed as MIME; chunks of plain text must not be mistaken for a message. */
    static String engineContentType(Headers headers) {
        String format = PipelineHeaders.get(headers, PipelineHeaders.FORMAT);
        if (PipelineHeaders.FORMAT_EMAIL.equals(format)) {
            return "message/rfc822";
        }
        if (PipelineHeaders.FORMAT_TEXT.equals(format)) {
            String declared = PipelineHeaders.get(headers, PipelineHeaders.CONTENT_TYPE);
            // keep a declared charset; anything else is read as plain text (chunks of HTML too)
            return declared != null && declared.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")
                    ? declared : "text/plain";
        }
        return PipelineHeaders.get(headers, PipelineHeaders.CONTENT_TYPE);
    }
}
