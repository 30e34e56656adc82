package dev.transformcluster.cli.pipeline;

import dev.transformcluster.ingest.IngestConfig;
import dev.transformcluster.ingest.IngestResult;
import dev.transformcluster.ingest.Ingestor;
import dev.transformcluster.pipeline.common.Observability;
import dev.transformcluster.pipeline.common.Progress;
import dev.transformcluster.pipeline.common.S3Clients;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.Producer;
import picocli.CommandLine.Command;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code ingest}: lists a source prefix and produces its objects to the raw topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true, modelTransformer = IngestCommand.Keys.class,
        description = {"Lists s3://bucket/prefix and produces each object to Kafka (topic raw), skipping objects "
                + "whose output already exists with the same source ETag.",
                "Every option can also be set in a properties file (--config) or an environment variable (TC_*)."})
public final class IngestCommand extends StageCommand implements Callable<Integer> {

    /** Adds one flag per {@link IngestConfig#KEYS}. */
    public static final class Keys extends ConfigFlags.Transformer {
        @Override
        List<ConfigKey> keys() {
            return IngestConfig.KEYS;
        }
    }

    @Override
    public Integer call() throws Exception {
        IngestConfig config = ConfigFlags.orUserError(() ->
                IngestConfig.load(configFile, System.getenv(), ConfigFlags.values(spec, IngestConfig.KEYS)));
        try (S3Client s3 = S3Clients.create(config.s3Endpoint(), config.s3Region(), config.s3MaxAttempts(),
                config.concurrency() * 2 + 4);
             Observability obs = Observability.start("ingest", config.metricsBind(), config.metricsPort(),
                     () -> health(true, "RUNNING"))) {
            Ingestor.ensureTopics(config);
            try (Producer<String, byte[]> producer = Ingestor.createProducer(config)) {
                Ingestor ingestor = new Ingestor(config, s3, producer, obs.registry());
                IngestResult r;
                try (Progress p = new Progress("ingest", ingestor::doneObjects, ingestor::listedObjects,
                        ingestor::doneBytes, ingestor::listedBytes, Progress.isInteractive(), System.err)) {
                    r = ingestor.run();
                }
                spec.commandLine().getOut().println(r.summary());
                lingerForScrapes(config);
                return r.ok() ? 0 : 1;
            }
        }
    }

    /**
     * A batch run can end before Prometheus has discovered and scraped it; serving the final
     * counts a little longer is what makes a fast backfill visible on the dashboard at all.
     */
    private static void lingerForScrapes(IngestConfig config) throws InterruptedException {
        if (config.metricsPort() > 0 && config.metricsLingerSeconds() > 0) {
            Thread.sleep(config.metricsLingerSeconds() * 1000L);
        }
    }

    static Observability.HealthCheck health(boolean ok, String state) {
        return new Observability.HealthCheck() {
            @Override
            public boolean healthy() {
                return ok;
            }

            @Override
            public String state() {
                return state;
            }
        };
    }
}
