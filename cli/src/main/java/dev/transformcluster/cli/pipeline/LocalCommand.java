package dev.transformcluster.cli.pipeline;

import dev.transformcluster.cli.UserError;
import dev.transformcluster.pipeline.common.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code local}: the whole pipeline on embedded Kafka and S3, one folder in, one folder out. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Redacts every file under --input into --output (same relative paths) through the real "
                + "pipeline: an in-process Kafka broker and S3 server, ingest, redact-stream and sink.",
                "Refused files get a report in <output>/_dead-letter/. A second run skips files already done. "
                        + "Exit 0 when every file is done."})
public final class LocalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of files to redact.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for redacted copies.")
    Path output;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file; default: tag every entity type.")
    Path policy;

    @Option(names = "--redaction-enabled", arity = "0..1", fallbackValue = "true", defaultValue = "true",
            paramLabel = "true|false", description = "false copies documents unchanged (benchmark baseline).")
    boolean redactionEnabled;

    @Option(names = "--partitions", defaultValue = "4", description = "Partitions of the topics. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--concurrency", defaultValue = "4", description = "Files read at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--metrics-port", defaultValue = "0",
            description = "Serve /metrics and /health on this port while running; 0 = off.")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input)) {
            throw new UserError("input folder " + input + " does not exist or is not a folder");
        }
        Path in = input.toRealPath();
        Path out = output.toAbsolutePath().normalize();
        if (out.startsWith(in) || in.startsWith(out)) {
            throw new UserError("--output " + output + " must not be inside --input " + input + " (or contain it)");
        }
        if (policy != null && !Files.isReadable(policy)) {
            throw new UserError("policy file " + policy + " does not exist or is not readable");
        }
        if (partitions < 1 || concurrency < 1) {
            throw new UserError("--partitions and --concurrency must be at least 1");
        }
        LocalPipeline.Summary s = ConfigFlags.orUserError(() -> LocalPipeline.run(new LocalPipeline.Options(in, out,
                policy, redactionEnabled, partitions, concurrency, metricsPort, Progress.isInteractive()), System.err));
        spec.commandLine().getOut().println(s.text());
        spec.commandLine().getOut().flush();
        return s.ok() ? 0 : 1;
    }
}
