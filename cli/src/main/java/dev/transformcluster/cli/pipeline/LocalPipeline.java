package dev.transformcluster.cli.pipeline;

import dev.transformcluster.embedded.EmbeddedKafka;
import dev.transformcluster.embedded.EmbeddedS3;
import dev.transformcluster.ingest.IngestConfig;
import dev.transformcluster.ingest.IngestResult;
import dev.transformcluster.ingest.Ingestor;
import dev.transformcluster.pipeline.common.Observability;
import dev.transformcluster.pipeline.common.Progress;
import dev.transformcluster.pipeline.common.S3Clients;
import dev.transformcluster.redactstream.RedactStreamApp;
import dev.transformcluster.redactstream.RedactStreamConfig;
import dev.transformcluster.redactstream.Redaction;
import dev.transformcluster.sink.SinkApp;
import dev.transformcluster.sink.SinkConfig;
import dev.transformcluster.sink.naming.RelativeKeyNaming;
import dev.transformcluster.sink.storage.Backoff;
import dev.transformcluster.sink.storage.S3ObjectStore;
import dev.transformcluster.sink.writer.PartitionWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole pipeline in one process: an embedded KRaft broker and an S3Proxy serving the input
 * folder as bucket {@code input} and the output folder as bucket {@code output}, with the same
 * ingest, redact-stream and sink code as production talking over real ports. Completion: the sink
 * has finished (written or dead-lettered) as many objects of this run as ingest sent.
 */
public final class LocalPipeline {

    static final String INPUT_BUCKET = "input";
    static final String OUTPUT_BUCKET = "output";

    /** What to run. */
    public record Options(Path input, Path output, Path policy, boolean redactionEnabled, int partitions,
                          int concurrency, int metricsPort, boolean interactive) { }

    /** What happened. */
    public record Summary(IngestResult ingest, long written, long deadLettered, long abandoned, long bytesWritten,
                          double seconds, String failure) {
        public boolean ok() {
            return failure == null && ingest.ok() && abandoned == 0;
        }

        public String text() {
            return String.format(java.util.Locale.ROOT,
                    "local: %d objects listed, %d already done (skipped), %d written (%.1f MB), %d dead-lettered, "
                            + "%d failed in %.1f s (%.2f MB/s read)%s",
                    ingest.listed(), ingest.skipped(), written, bytesWritten / 1e6, deadLettered,
                    ingest.failed() + abandoned, seconds, seconds > 0 ? ingest.bytes() / 1e6 / seconds : 0.0,
                    failure == null ? "" : "; stopped: " + failure);
        }
    }

    private LocalPipeline() { }

    public static Summary run(Options o, PrintStream progressOut) throws Exception {
        long start = System.nanoTime();
        Path kafkaDir = Files.createTempDirectory("tc-local-kafka-");
        Path stateDir = Files.createTempDirectory("tc-local-streams-");
        Files.createDirectories(o.output());
        try (EmbeddedS3 s3Server = EmbeddedS3.start(Map.of(INPUT_BUCKET, o.input(), OUTPUT_BUCKET, o.output()));
             EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir);
             S3Client s3 = S3Clients.createStatic(s3Server.endpoint(), s3Server.accessKey(), s3Server.secretKey(), 5);
             Observability obs = Observability.start("local", "127.0.0.1", o.metricsPort(),
                     () -> IngestCommand.health(true, "RUNNING"))) {
            String bootstrap = kafka.bootstrapServers();
            Map<String, String> common = new HashMap<>();
            common.put("bootstrap.servers", bootstrap);
            common.put("topic.partitions", Integer.toString(o.partitions()));
            common.put("metrics.port", "0");

            Map<String, String> ingestFlags = new HashMap<>(common);
            ingestFlags.put("source", "s3://" + INPUT_BUCKET + "/");
            ingestFlags.put("destination", "s3://" + OUTPUT_BUCKET + "/");
            ingestFlags.put("concurrency", Integer.toString(o.concurrency()));
            IngestConfig ingestConfig = IngestConfig.load(null, Map.of(), ingestFlags);

            Map<String, String> streamFlags = new HashMap<>(common);
            streamFlags.put("redaction.enabled", Boolean.toString(o.redactionEnabled()));
            streamFlags.put("state.dir", stateDir.toString());
            if (o.policy() != null) {
                streamFlags.put("policy", o.policy().toString());
            }
            RedactStreamConfig streamConfig = RedactStreamConfig.load(null, Map.of(), streamFlags);

            Map<String, String> sinkFlags = new HashMap<>(common);
            sinkFlags.put("destination", "s3://" + OUTPUT_BUCKET + "/");
            SinkConfig sinkConfig = SinkConfig.load(null, Map.of(), sinkFlags);

            Ingestor.ensureTopics(ingestConfig);
            AtomicLong written = new AtomicLong();
            AtomicLong deadLettered = new AtomicLong();
            AtomicLong abandoned = new AtomicLong();
            String runId = ingestConfig.runId();
            try (RedactStreamApp stream = new RedactStreamApp(streamConfig, Redaction.fromConfig(streamConfig),
                    obs.registry());
                 SinkApp sink = new SinkApp(sinkConfig, new RelativeKeyNaming(),
                         new S3ObjectStore(s3, sinkConfig.multipartThresholdBytes(), sinkConfig.partBytes(),
                                 Backoff.standard(sinkConfig.uploadMaxAttempts()), obs.registry()),
                         Clock.systemUTC(), obs.registry());
                 Producer<String, byte[]> producer = Ingestor.createProducer(ingestConfig)) {
                sink.addListener((run, outcome) -> {
                    if (run.equals(runId)) {
                        (outcome == PartitionWriter.Outcome.WRITTEN ? written
                                : outcome == PartitionWriter.Outcome.DEAD_LETTERED ? deadLettered : abandoned)
                                .incrementAndGet();
                    }
                });
                stream.start();
                Thread sinkThread = new Thread(sink::run, "local-sink");
                sinkThread.start();
                Ingestor ingestor = new Ingestor(ingestConfig, s3, producer, obs.registry());
                IngestResult ingest;
                String failure = null;
                try (Progress p = new Progress("local", () -> sink.finished(runId),
                        () -> ingestor.listedObjects() - ingestor.skippedObjects() - ingestor.failedObjects(),
                        ingestor::doneBytes, ingestor::listedBytes, o.interactive(), progressOut)) {
                    ingest = ingestor.run();
                    while (sink.finished(runId) < ingest.sent()) {
                        if (stream.stopped()) {
                            failure = "redact-stream stopped in state " + stream.state();
                            break;
                        }
                        if (sink.failure() != null) {
                            failure = "sink failed: " + sink.failure().getMessage();
                            break;
                        }
                        Thread.sleep(100);
                    }
                }
                sink.stop();
                sinkThread.join(30_000);
                return new Summary(ingest, written.get(), deadLettered.get(), abandoned.get(),
                        (long) obs.registry().counter("tc.sink.bytes").count(),
                        (System.nanoTime() - start) / 1e9, failure);
            }
        } finally {
            deleteTree(kafkaDir);
            deleteTree(stateDir);
        }
    }

    static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // temporary files; the OS cleans them eventually
        }
    }
}
