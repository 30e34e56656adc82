package dev.transformcluster.cli.pipeline;

import dev.transformcluster.pipeline.common.Observability;
import dev.transformcluster.pipeline.common.Shutdown;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import dev.transformcluster.redactstream.RedactStreamApp;
import dev.transformcluster.redactstream.RedactStreamConfig;
import dev.transformcluster.redactstream.Redaction;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;

/** {@code redact-stream}: the Kafka Streams redaction service; runs until SIGTERM. */
@Command(name = "redact-stream", mixinStandardHelpOptions = true, modelTransformer = RedactStreamCommand.Keys.class,
        description = {"Runs the Kafka Streams app raw -> redact -> redacted (exactly-once v2) until SIGTERM.",
                "Serves /metrics and /health on --metrics-port. Options also come from --config or TC_* variables."})
public final class RedactStreamCommand extends StageCommand implements Callable<Integer> {

    /** Adds one flag per {@link RedactStreamConfig#KEYS}. */
    public static final class Keys extends ConfigFlags.Transformer {
        @Override
        List<ConfigKey> keys() {
            return RedactStreamConfig.KEYS;
        }
    }

    @Override
    public Integer call() throws Exception {
        RedactStreamConfig config = ConfigFlags.orUserError(() -> RedactStreamConfig.load(configFile, System.getenv(),
                ConfigFlags.values(spec, RedactStreamConfig.KEYS)));
        Redaction redaction = ConfigFlags.orUserError(() -> Redaction.fromConfig(config));
        RedactStreamApp[] holder = new RedactStreamApp[1];
        try (Observability obs = Observability.start("redact-stream", config.metricsBind(), config.metricsPort(),
                () -> holder[0] == null ? IngestCommand.health(true, "STARTING")
                        : IngestCommand.health(holder[0].healthy(), holder[0].state().name()))) {
            RedactStreamApp app = new RedactStreamApp(config, redaction, obs.registry());
            holder[0] = app;
            Shutdown shutdown = Shutdown.onSignal(app::close, 40_000);
            app.start();
            while (!app.stopped()) {
                Thread.sleep(500);
            }
            KafkaStreams.State end = app.state();
            app.close();
            shutdown.closed();
            return end == KafkaStreams.State.NOT_RUNNING ? 0 : 1;
        }
    }
}
