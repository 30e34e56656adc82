package dev.transformcluster.sink.writer;

import dev.transformcluster.sink.format.Chunk;
import dev.transformcluster.sink.format.Spool;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One object being put back together from its chunks. A small state machine:
 * <pre>
 *   RECEIVING --receive(chunk)--> RECEIVING          (next chunk in order)
 *   RECEIVING --receive(last)---> COMPLETE           (all chunks 0..n seen)
 *   RECEIVING --receive(gap)----> BROKEN             (a chunk is missing: never written)
 *   RECEIVING --abandon()-------> ABANDONED          (no chunk for too long)
 *   COMPLETE  --stored()--------> STORED
 * </pre>
 * A dead-letter marker for any chunk makes the whole object a dead letter; its bytes are dropped.
 */
public final class ObjectAssembly implements AutoCloseable {

    /** Where the assembly is in its life. */
    public enum State { RECEIVING, COMPLETE, BROKEN, ABANDONED, STORED }

    private final Chunk.ObjectId id;
    private final long firstOffset;
    private final Chunk first;
    private final Spool spool;
    private final Map<String, Long> entityCounts = new TreeMap<>();
    private State state = State.RECEIVING;
    private int nextIndex;
    private String deadLetterReason;
    private String deadLetterStage;
    private String policyVersion;
    private Instant lastUpdate;

    ObjectAssembly(Chunk first, long firstOffset, Spool spool, Instant now) {
        this.id = first.objectId();
        this.first = first;
        this.firstOffset = firstOffset;
        this.spool = spool;
        this.lastUpdate = now;
        this.policyVersion = first.policyVersion();
    }

    /** Transition on a chunk of this object. Duplicates of chunks already seen are ignored. */
    State receive(Chunk chunk, Instant now) {
        require(State.RECEIVING, "receive");
        if (chunk.index() < nextIndex) {
            return state;
        }
        if (chunk.index() > nextIndex) {
            state = State.BROKEN;
            spool.close();
            return state;
        }
        lastUpdate = now;
        nextIndex++;
        if (chunk.isDeadLetter()) {
            if (deadLetterReason == null) {
                deadLetterReason = chunk.deadLetterReason();
                deadLetterStage = chunk.deadLetterStage();
                spool.close();
            }
        } else if (deadLetterReason == null) {
            spool.append(chunk.content());
            chunk.entityCounts().forEach((t, n) -> entityCounts.merge(t, n, Long::sum));
            if (!chunk.policyVersion().isEmpty()) {
                policyVersion = chunk.policyVersion();
            }
        }
        if (chunk.last()) {
            state = State.COMPLETE;
        }
        return state;
    }

    void stored() {
        require(State.COMPLETE, "stored");
        state = State.STORED;
        spool.close();
    }

    void abandon() {
        require(State.RECEIVING, "abandon");
        state = State.ABANDONED;
        spool.close();
    }

    private void require(State expected, String transition) {
        if (state != expected) {
            throw new IllegalStateException("transition " + transition + " not allowed in state " + state);
        }
    }

    public State state() {
        return state;
    }

    public Chunk.ObjectId id() {
        return id;
    }

    public Chunk first() {
        return first;
    }

    public long firstOffset() {
        return firstOffset;
    }

    public Instant lastUpdate() {
        return lastUpdate;
    }

    public boolean isDeadLetter() {
        return deadLetterReason != null;
    }

    public String deadLetterReason() {
        return deadLetterReason;
    }

    public String deadLetterStage() {
        return deadLetterStage;
    }

    public String policyVersion() {
        return policyVersion;
    }

    public Map<String, Long> entityCounts() {
        return entityCounts;
    }

    public Spool spool() {
        return spool;
    }

    public int chunksSeen() {
        return nextIndex;
    }

    @Override
    public void close() {
        spool.close();
    }
}
