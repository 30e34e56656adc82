package dev.transformcluster.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.embedded.EmbeddedS3;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the redact-stream JVM and of the sink JVM in the middle of a run, then a restart of each:
 * the output set must equal the expected set exactly, every object byte-identical to the engine applied directly
 * (no loss, no duplicate chunk, no half-written object).
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    @Test
    void shouldEndByteIdenticalAfterKillingRedactStreamAndSinkMidRun() throws Exception {
        Corpus corpus = Corpus.emails(400, 21)
                .withPlainText("exports/thread dump.txt", 600_000)
                .withPlainText("exports/résumé notes.txt", 200_000);
        corpus.writeTo(dir.resolve("in"));
        int total = corpus.objects().size();

        try (KafkaFixture kafka = KafkaFixture.start(dir.resolve("kafka"));
                EmbeddedS3 s3 = PipelineHarness.startStore(dir);
                PipelineHarness pipeline = new PipelineHarness(dir, kafka, s3, s3.endpoint())) {
            Expected expected = pipeline.expected(corpus.objects());
            StageProcess redact = pipeline.startRedactStream();
            StageProcess sink = pipeline.startSink();
            StageProcess ingest = pipeline.startIngest();

            pipeline.awaitAtLeast(1, Duration.ofMinutes(2));
            redact.kill();
            pipeline.log("killed redact-stream (kill -9)");
            long atRedactKill = OutputTree.countOutputs(pipeline.output());
            redact = pipeline.startRedactStream();

            pipeline.awaitAtLeast(Math.min(total - 1, atRedactKill + 50), Duration.ofMinutes(2));
            sink.kill();
            pipeline.log("killed sink (kill -9)");
            long atSinkKill = OutputTree.countOutputs(pipeline.output());
            sink = pipeline.startSink();

            assertThat(ingest.awaitExit(Duration.ofMinutes(3))).as(ingest.logTail()).isZero();
            pipeline.awaitOutputs(expected, Duration.ofMinutes(3));
            pipeline.log(expected.outputs().size() + " outputs byte-identical (kills at " + atRedactKill + " and "
                    + atSinkKill + " outputs)");

            assertThat(atRedactKill).as("redact-stream was killed mid-run").isLessThan(total);
            assertThat(atSinkKill).as("sink was killed mid-run").isLessThan(total);
            assertThat(OutputTree.deadLettered(pipeline.output())).isEmpty();
            pipeline.assertStopsCleanly(redact);
            pipeline.assertStopsCleanly(sink);
        }
    }
}
