package dev.transformcluster.it;

import dev.transformcluster.embedded.EmbeddedS3;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A pipeline under test: a Kafka fixture, an S3 store serving {@code <dir>/in} as bucket {@code source} and
 * {@code <dir>/out} as {@code destination} (optionally behind the fault proxy), and the three stages as separate
 * JVMs started from the shaded jar with the flags an operator would give them.
 */
public final class PipelineHarness implements AutoCloseable {

    public static final String CHUNK_BYTES = Integer.toString(64 * 1024);
    public static final long EMAIL_MAX_BYTES = 256 * 1024;
    private static final String STAGE_HEAP = "256m";

    private final Path dir;
    private final KafkaFixture kafka;
    private final EmbeddedS3 s3;
    private final URI stageEndpoint;
    private final List<StageProcess> processes = new ArrayList<>();
    private final long started = System.nanoTime();

    /**
     * @param stageEndpoint the S3 endpoint the stages use: the store itself or a fault proxy in front of it
     */
    public PipelineHarness(Path dir, KafkaFixture kafka, EmbeddedS3 s3, URI stageEndpoint) {
        this.dir = dir;
        this.kafka = kafka;
        this.s3 = s3;
        this.stageEndpoint = stageEndpoint;
    }

    /** Starts the S3 store over {@code <dir>/in} and {@code <dir>/out}. */
    public static EmbeddedS3 startStore(Path dir) {
        return EmbeddedS3.start(Map.of("source", dir.resolve("in"), "destination", dir.resolve("out")));
    }

    public Path input() {
        return dir.resolve("in");
    }

    public Path output() {
        return dir.resolve("out");
    }

    /** The expected outputs of the current input, using the content types the store serves (as ingest sees them). */
    public Expected expected(Map<String, byte[]> sources) {
        try (S3Client client = S3Fixture.client(s3.endpoint(), s3, 3)) {
            return Expected.of(sources,
                    key -> client.headObject(b -> b.bucket("source").key(key)).contentType(), EMAIL_MAX_BYTES);
        }
    }

    public StageProcess startRedactStream() throws IOException {
        return track(StageProcess.start("redact-stream", dir.resolve("logs"), STAGE_HEAP, S3Fixture.env(s3), List.of(
                "redact-stream",
                "--bootstrap-servers", kafka.bootstrapServers(),
                "--topic-partitions", "4",
                "--email-max-bytes", Long.toString(EMAIL_MAX_BYTES),
                "--state-dir", dir.resolve("streams-state").toString(),
                "--instance-id", "0",
                "--metrics-port", "0")));
    }

    public StageProcess startSink() throws IOException {
        return track(StageProcess.start("sink", dir.resolve("logs"), STAGE_HEAP, S3Fixture.env(s3), List.of(
                "sink",
                "--bootstrap-servers", kafka.bootstrapServers(),
                "--topic-partitions", "4",
                "--email-max-bytes", Long.toString(EMAIL_MAX_BYTES),
                "--s3-endpoint", stageEndpoint.toString(),
                "--spool-dir", dir.resolve("spool").toString(),
                "--instance-id", "0",
                "--metrics-port", "0")));
    }

    public StageProcess startIngest() throws IOException {
        return track(StageProcess.start("ingest", dir.resolve("logs"), STAGE_HEAP, S3Fixture.env(s3), List.of(
                "ingest",
                "--bootstrap-servers", kafka.bootstrapServers(),
                "--topic-partitions", "4",
                "--s3-endpoint", stageEndpoint.toString(),
                "--source", "s3://source/",
                "--destination", "s3://destination/",
                "--chunk-bytes", CHUNK_BYTES,
                "--email-max-bytes", Long.toString(EMAIL_MAX_BYTES))));
    }

    /** Waits until the output folder holds exactly the expected objects, byte for byte. */
    public void awaitOutputs(Expected expected, Duration timeout) throws InterruptedException {
        Await.until(timeout, expected.outputs().size() + " expected outputs",
                () -> OutputTree.countOutputs(output()) >= expected.outputs().size()
                        && OutputTree.matches(expected.outputs(), OutputTree.outputs(output())),
                () -> OutputTree.diff(expected.outputs(), OutputTree.outputs(output())) + "\n" + tails());
    }

    /** Waits until at least {@code n} outputs exist. */
    public void awaitAtLeast(long n, Duration timeout) throws InterruptedException {
        Await.until(timeout, "at least " + n + " outputs", () -> OutputTree.countOutputs(output()) >= n,
                () -> OutputTree.countOutputs(output()) + " outputs\n" + tails());
    }

    /**
     * SIGTERM, then a clean exit within 60 s: status 0, or 143 (128 + SIGTERM), which is what a JVM reports
     * when its shutdown hooks complete after the signal.
     */
    public void assertStopsCleanly(StageProcess stage) throws InterruptedException {
        int status = stage.stop(Duration.ofSeconds(60));
        if (status != 0 && status != 143) {
            throw new AssertionError(stage.name() + " exited with " + status + " on SIGTERM:\n" + stage.logTail());
        }
    }

    /** Prints a progress line with the seconds since the harness started (timings for the report). */
    public void log(String event) {
        System.out.printf("[%s] %6.1f s  %s%n", dir.getFileName(), (System.nanoTime() - started) / 1e9, event);
    }

    /** The last lines of every stage's log, for failure messages. */
    public String tails() {
        StringBuilder sb = new StringBuilder();
        for (StageProcess p : processes) {
            sb.append("--- ").append(p.name()).append(p.isAlive() ? " (running)" : " (ended)").append('\n')
                    .append(p.logTail()).append('\n');
        }
        return sb.toString();
    }

    private StageProcess track(StageProcess p) {
        processes.add(p);
        return p;
    }

    /** Kills whatever stage is still running. */
    @Override
    public void close() throws InterruptedException {
        for (StageProcess p : processes) {
            p.close();
        }
    }
}
