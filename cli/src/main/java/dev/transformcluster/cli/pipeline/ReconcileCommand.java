package dev.transformcluster.cli.pipeline;

import dev.transformcluster.ingest.IngestConfig;
import dev.transformcluster.ingest.IngestResult;
import dev.transformcluster.ingest.Ingestor;
import dev.transformcluster.ingest.Reconciler;
import dev.transformcluster.ingest.SourceObject;
import dev.transformcluster.pipeline.common.Observability;
import dev.transformcluster.pipeline.common.S3Clients;
import dev.transformcluster.pipeline.common.config.ConfigKey;
import dev.transformcluster.pipeline.common.config.CommonKeys;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.Producer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code reconcile}: compares source and destination; {@code --fix} re-ingests what is missing or stale. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, modelTransformer = ReconcileCommand.Keys.class,
        description = {"Lists source objects with no output (missing), outputs made from another version of their "
                + "source (stale: ETag changed) and outputs with no source (orphaned, reported, never deleted).",
                "--fix re-ingests missing and stale objects (needs --bootstrap-servers). Exit 0 when clean or fixed."})
public final class ReconcileCommand extends StageCommand implements Callable<Integer> {

    /** The ingest keys: reconcile lists and re-ingests with the same settings. */
    public static final class Keys extends ConfigFlags.Transformer {
        @Override
        List<ConfigKey> keys() {
            return IngestConfig.KEYS;
        }
    }

    @Option(names = "--fix", description = "Re-ingest missing and stale objects.")
    boolean fix;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = ConfigFlags.values(spec, IngestConfig.KEYS);
        if (!fix && flags.get(CommonKeys.BOOTSTRAP_SERVERS.name()) == null
                && System.getenv(CommonKeys.BOOTSTRAP_SERVERS.envName()) == null) {
            flags.put(CommonKeys.BOOTSTRAP_SERVERS.name(), "unused:9092"); // Kafka is only needed for --fix
        }
        flags.put(IngestConfig.FORCE.name(), "true");
        IngestConfig config = ConfigFlags.orUserError(() -> IngestConfig.load(configFile, System.getenv(), flags));
        PrintWriter out = spec.commandLine().getOut();
        try (S3Client s3 = S3Clients.create(config.s3Endpoint(), config.s3Region(), config.s3MaxAttempts(), 16);
             Observability obs = Observability.withoutServer("reconcile")) {
            Ingestor lister = new Ingestor(config, s3, null, obs.registry());
            Reconciler.Report report = new Reconciler(s3).reconcile(lister.list(), config.source(),
                    config.destination());
            print(out, report);
            if (!fix) {
                return report.clean() ? 0 : 1;
            }
            if (report.toFix().isEmpty()) {
                out.println("nothing to fix");
                return 0;
            }
            Ingestor.ensureTopics(config);
            try (Producer<String, byte[]> producer = Ingestor.createProducer(config)) {
                IngestResult r = new Ingestor(config, s3, producer, obs.registry()).run(report.toFix());
                out.println(r.summary());
                return r.ok() ? 0 : 1;
            }
        }
    }

    static void print(PrintWriter out, Reconciler.Report r) {
        out.printf("checked %d source objects: %d missing, %d stale, %d orphaned%n", r.checked(),
                r.missing().size(), r.stale().size(), r.orphaned().size());
        for (SourceObject o : r.missing()) {
            out.println("missing\t" + o.key());
        }
        for (SourceObject o : r.stale()) {
            out.println("stale\t" + o.key());
        }
        for (String k : r.orphaned()) {
            out.println("orphaned\t" + k);
        }
        out.flush();
    }
}
