package dev.transformcluster.sink.writer;

import dev.transformcluster.pipeline.common.OutputMetadata;
import dev.transformcluster.pipeline.common.PipelineHeaders;
import dev.transformcluster.pipeline.common.config.S3Location;
import dev.transformcluster.sink.format.Chunk;
import dev.transformcluster.sink.format.DeadLetterReport;
import dev.transformcluster.sink.format.Spool;
import dev.transformcluster.sink.naming.ObjectNaming;
import dev.transformcluster.sink.storage.ObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Writes the objects of one partition of the redacted topic. Chunks of one object arrive in
 * order on one partition (same key); objects may interleave. An object is stored as soon as its
 * last chunk arrives. The offset safe to commit is the first offset of the oldest object still
 * open, so after a crash every open object is re-read from its first chunk.
 *
 * <p>A chunk with index > 0 for an object not open here belongs to an object whose first chunk
 * lies before the committed offset; since the commit never passes an open object's first chunk,
 * that object was already stored, and the chunk is skipped.
 */
public final class PartitionWriter implements AutoCloseable {

    /** What happened to an object. */
    public enum Outcome { WRITTEN, DEAD_LETTERED, ABANDONED }

    /** Told about every finished object (for metrics and run completion). */
    @FunctionalInterface
    public interface Listener {
        void finished(Chunk.ObjectId id, Outcome outcome, long bytes);
    }

    private final ObjectNaming naming;
    private final ObjectStore store;
    private final S3Location destinationOverride;
    private final Clock clock;
    private final Duration abandonAfter;
    private final Supplier<Spool> spools;
    private final Listener listener;
    private final Map<Chunk.ObjectId, ObjectAssembly> open = new LinkedHashMap<>();
    private long nextOffset = -1;

    /**
     * @param destinationOverride where to write, or null to use each record's destination header
     * @param abandonAfter        an object with no new chunk for this long is given up (its
     *                            ingest died mid-object); it gets no output, which reconcile reports
     */
    public PartitionWriter(ObjectNaming naming, ObjectStore store, S3Location destinationOverride, Clock clock,
                           Duration abandonAfter, Supplier<Spool> spools, Listener listener) {
        this.naming = naming;
        this.store = store;
        this.destinationOverride = destinationOverride;
        this.clock = clock;
        this.abandonAfter = abandonAfter;
        this.spools = spools;
        this.listener = listener;
    }

    /** Takes the record at {@code offset}; stores its object when this was the last chunk. */
    public void accept(long offset, Chunk chunk) {
        Instant now = clock.instant();
        ObjectAssembly a = open.get(chunk.objectId());
        if (a == null) {
            if (chunk.index() > 0) {
                nextOffset = offset + 1;
                return;
            }
            a = new ObjectAssembly(chunk, offset, spools.get(), now);
            open.put(chunk.objectId(), a);
        }
        ObjectAssembly.State s = a.receive(chunk, now);
        nextOffset = offset + 1;
        if (s == ObjectAssembly.State.COMPLETE) {
            store(a);
            a.stored();
            open.remove(a.id());
        } else if (s == ObjectAssembly.State.BROKEN) {
            open.remove(a.id());
            listener.finished(a.id(), Outcome.ABANDONED, 0);
        }
    }

    private void store(ObjectAssembly a) {
        Chunk first = a.first();
        S3Location dest = destination(first);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(OutputMetadata.SOURCE_ETAG, first.sourceEtag());
        if (a.policyVersion() != null && !a.policyVersion().isEmpty()) {
            meta.put(OutputMetadata.POLICY_VERSION, a.policyVersion());
        }
        if (a.isDeadLetter()) {
            ObjectNaming.Target t = naming.deadLetter(dest, first.sourcePrefix(), first.sourceKey());
            try (Spool report = spools.get()) {
                report.append(DeadLetterReport.render(first.sourceKey(), first.sourceEtag(),
                        a.deadLetterStage() == null ? "unknown" : a.deadLetterStage(), a.deadLetterReason()));
                store.put(t.bucket(), t.key(), report, "application/json", meta);
            }
            listener.finished(a.id(), Outcome.DEAD_LETTERED, 0);
        } else {
            meta.put(OutputMetadata.ENTITY_COUNTS, PipelineHeaders.formatCounts(a.entityCounts()));
            ObjectNaming.Target t = naming.output(dest, first.sourcePrefix(), first.sourceKey());
            store.put(t.bucket(), t.key(), a.spool(), first.contentType(), meta);
            listener.finished(a.id(), Outcome.WRITTEN, a.spool().size());
        }
    }

    private S3Location destination(Chunk first) {
        if (destinationOverride != null) {
            return destinationOverride;
        }
        if (first.destination() == null || first.destination().isBlank()) {
            throw new IllegalStateException("record has no destination header and the sink has no destination set");
        }
        return S3Location.parse(first.destination());
    }

    /** Gives up objects that received no chunk for {@code abandonAfter}; returns how many. */
    public int expire() {
        Instant limit = clock.instant().minus(abandonAfter);
        List<ObjectAssembly> stale = new ArrayList<>();
        for (ObjectAssembly a : open.values()) {
            if (a.lastUpdate().isBefore(limit)) {
                stale.add(a);
            }
        }
        for (ObjectAssembly a : stale) {
            a.abandon();
            open.remove(a.id());
            listener.finished(a.id(), Outcome.ABANDONED, 0);
        }
        return stale.size();
    }

    /** The offset to commit: the oldest open object's first chunk, else just past the last record seen. */
    public OptionalLong committableOffset() {
        if (nextOffset < 0) {
            return OptionalLong.empty();
        }
        long min = nextOffset;
        for (ObjectAssembly a : open.values()) {
            min = Math.min(min, a.firstOffset());
        }
        return OptionalLong.of(min);
    }

    public int openObjects() {
        return open.size();
    }

    /** Drops open objects (partition revoked or shutting down); they are re-read from the committed offset. */
    @Override
    public void close() {
        open.values().forEach(ObjectAssembly::close);
        open.clear();
    }
}
