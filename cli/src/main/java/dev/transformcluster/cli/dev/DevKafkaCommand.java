package dev.transformcluster.cli.dev;

import dev.transformcluster.cli.UserError;
import dev.transformcluster.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code transform-cluster dev-kafka}: a single-node Apache Kafka broker (KRaft, broker and controller in one
 * process) on 127.0.0.1 for a development cluster, running until SIGTERM. Not for production: replication
 * factor 1 everywhere.
 */
@Command(
        name = "dev-kafka",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a single-node Apache Kafka broker (KRaft) on 127.0.0.1 until SIGTERM, for a development cluster.",
            "Data survives restarts over the same --data-dir. Replication factor 1: not for production."
        })
public final class DevKafkaCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", required = true, description = "Directory holding the broker's logs and metadata.")
    Path dataDir;

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "Broker setting over the single-node defaults, e.g. num.partitions=6 (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new UserError("--port " + port + " is not a TCP port (0-65535)");
        }
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start(dataDir, port, overrides);
        } catch (RuntimeException e) {
            throw new UserError("cannot start Kafka on 127.0.0.1:" + port + " over " + dataDir + ": " + e.getMessage(), e);
        }
        System.out.println("dev-kafka: bootstrap servers " + kafka.bootstrapServers());
        System.out.flush();
        return UntilSignal.run(kafka, "dev-kafka");
    }
}
