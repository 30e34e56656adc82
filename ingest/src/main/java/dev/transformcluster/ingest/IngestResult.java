package dev.transformcluster.ingest;

/**
 * What a run did. {@link #sent()} objects were handed to Kafka (outputs or dead-letter markers
 * follow for each); {@code failed} ones could not be read or sent and make the run fail.
 */
public record IngestResult(String runId, long listed, long produced, long deadLettered, long skipped, long failed,
                           long bytes, long chunks, double seconds) {

    public long sent() {
        return produced + deadLettered;
    }

    public boolean ok() {
        return failed == 0;
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "ingest run %s: %d listed, %d produced (%d chunks, %.1f MB), %d dead-lettered, %d skipped (already done), "
                        + "%d failed in %.1f s", runId, listed, produced, chunks, bytes / 1e6, deadLettered, skipped,
                failed, seconds);
    }
}
