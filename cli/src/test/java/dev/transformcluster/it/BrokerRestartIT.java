package dev.transformcluster.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.embedded.EmbeddedS3;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker stops and comes back on the same data and address in the middle of a run; every stage rides it out. */
class BrokerRestartIT {

    @TempDir
    Path dir;

    @Test
    void shouldFinishExactlyOnceAfterTheBrokerRestartsMidRun() throws Exception {
        Corpus corpus = Corpus.emails(300, 33).withPlainText("notes/long.txt", 400_000);
        corpus.writeTo(dir.resolve("in"));
        int total = corpus.objects().size();

        try (KafkaFixture kafka = KafkaFixture.start(dir.resolve("kafka"));
                EmbeddedS3 s3 = PipelineHarness.startStore(dir);
                PipelineHarness pipeline = new PipelineHarness(dir, kafka, s3, s3.endpoint())) {
            kafka.assumeRestartable();
            Expected expected = pipeline.expected(corpus.objects());
            StageProcess redact = pipeline.startRedactStream();
            StageProcess sink = pipeline.startSink();
            StageProcess ingest = pipeline.startIngest();

            pipeline.awaitAtLeast(1, Duration.ofMinutes(2));
            pipeline.log("restarting the broker");
            kafka.restart();
            pipeline.log("broker back");
            long atRestart = OutputTree.countOutputs(pipeline.output());

            assertThat(ingest.awaitExit(Duration.ofMinutes(3))).as(ingest.logTail()).isZero();
            pipeline.awaitOutputs(expected, Duration.ofMinutes(3));
            pipeline.log(expected.outputs().size() + " outputs byte-identical (restart at " + atRestart + ")");

            assertThat(atRestart).as("the broker restarted mid-run").isLessThan(total);
            pipeline.assertStopsCleanly(redact);
            pipeline.assertStopsCleanly(sink);
        }
    }
}
