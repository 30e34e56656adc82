package dev.transformcluster.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.embedded.EmbeddedS3;
import dev.transformcluster.it.FaultInjectingS3Proxy.Faults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500+ objects end to end through a real broker and S3Proxy, the three stages as separate JVMs from the shaded
 * jar, every S3 request behind a proxy that answers a share of them with 503 SlowDown.
 */
class PipelineEndToEndIT {

    @TempDir
    Path dir;

    @Test
    void shouldRedactEveryObjectExactlyOnceWhileS3Throttles() throws Exception {
        Corpus corpus = Corpus.emails(520, 7)
                .withEmpty("empty.txt")
                .withBinary("attachments/photo.png", 20_000)
                .withLargeEmail("big/too large.eml", (int) PipelineHarness.EMAIL_MAX_BYTES + 50_000)
                .withPlainText("logs/support chat.txt", 300_000);
        corpus.writeTo(dir.resolve("in"));

        try (KafkaFixture kafka = KafkaFixture.start(dir.resolve("kafka"));
                EmbeddedS3 s3 = PipelineHarness.startStore(dir);
                FaultInjectingS3Proxy proxy = FaultInjectingS3Proxy.start(s3.endpoint(), Faults.rate(0.1, 11));
                PipelineHarness pipeline = new PipelineHarness(dir, kafka, s3, proxy.endpoint())) {
            Expected expected = pipeline.expected(corpus.objects());
            StageProcess redact = pipeline.startRedactStream();
            StageProcess sink = pipeline.startSink();
            StageProcess ingest = pipeline.startIngest();

            assertThat(ingest.awaitExit(Duration.ofMinutes(3))).as(ingest.logTail()).isZero();
            pipeline.log("ingest done");
            pipeline.awaitOutputs(expected, Duration.ofMinutes(3));
            pipeline.log(expected.outputs().size() + " outputs byte-identical; " + proxy.injected() + " of "
                    + proxy.requests() + " S3 requests got 503 SlowDown");
            Await.until(Duration.ofSeconds(60), "dead-letter reports",
                    () -> OutputTree.deadLettered(pipeline.output()).equals(expected.deadLetters()),
                    () -> OutputTree.deadLettered(pipeline.output()) + "\n" + pipeline.tails());

            assertThat(expected.outputs()).hasSizeGreaterThanOrEqualTo(520);
            assertThat(expected.deadLetters()).containsExactlyInAnyOrder("attachments/photo.png", "big/too large.eml");
            assertThat(proxy.injected()).as("503 SlowDown replies injected").isGreaterThan(10);
            assertThat(Files.readString(pipeline.output().resolve("_dead-letter/attachments/photo.png.json")))
                    .contains("BINARY");
            pipeline.assertStopsCleanly(redact);
            pipeline.assertStopsCleanly(sink);
        }
    }
}
