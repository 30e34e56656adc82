package dev.transformcluster.cli.pipeline;

import dev.transformcluster.pipeline.common.Observability;
import dev.transformcluster.pipeline.common.S3Clients;
import dev.transformcluster.pipeline.common.Shutdown;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import dev.transformcluster.sink.SinkApp;
import dev.transformcluster.sink.SinkConfig;
import dev.transformcluster.sink.naming.RelativeKeyNaming;
import dev.transformcluster.sink.storage.Backoff;
import dev.transformcluster.sink.storage.S3ObjectStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code sink}: writes redacted objects to S3; runs until SIGTERM. */
@Command(name = "sink", mixinStandardHelpOptions = true, modelTransformer = SinkCommand.Keys.class,
        description = {"Consumes the redacted topic, reassembles objects and writes them to S3, committing offsets "
                + "only after each write succeeded. Runs until SIGTERM.",
                "Serves /metrics and /health on --metrics-port. Options also come from --config or TC_* variables."})
public final class SinkCommand extends StageCommand implements Callable<Integer> {

    /** Adds one flag per {@link SinkConfig#KEYS}. */
    public static final class Keys extends ConfigFlags.Transformer {
        @Override
        List<ConfigKey> keys() {
            return SinkConfig.KEYS;
        }
    }

    @Override
    public Integer call() throws Exception {
        SinkConfig config = ConfigFlags.orUserError(() ->
                SinkConfig.load(configFile, System.getenv(), ConfigFlags.values(spec, SinkConfig.KEYS)));
        SinkApp[] holder = new SinkApp[1];
        try (S3Client s3 = S3Clients.create(config.s3Endpoint(), config.s3Region(), config.s3MaxAttempts(), 16);
             Observability obs = Observability.start("sink", config.metricsBind(), config.metricsPort(),
                     () -> IngestCommand.health(holder[0] != null && holder[0].healthy(),
                             holder[0] == null ? "STARTING" : holder[0].healthy() ? "RUNNING" : "FAILED"))) {
            S3ObjectStore store = new S3ObjectStore(s3, config.multipartThresholdBytes(), config.partBytes(),
                    Backoff.standard(config.uploadMaxAttempts()), obs.registry());
            try (SinkApp sink = new SinkApp(config, new RelativeKeyNaming(), store, Clock.systemUTC(), obs.registry())) {
                holder[0] = sink;
                Shutdown shutdown = Shutdown.onSignal(sink::stop, 30_000);
                try {
                    sink.run();
                } finally {
                    shutdown.closed();
                }
                return sink.failure() == null ? 0 : 1;
            }
        }
    }
}
