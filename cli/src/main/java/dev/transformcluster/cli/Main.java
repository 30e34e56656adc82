package dev.transformcluster.cli;

import dev.transformcluster.redactor.Engine;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code transform-cluster} command line: one runnable jar, one subcommand per job.
 * Exit codes: 0 success, 1 bad input or a failed run, 2 usage error.
 */
@Command(
        name = "transform-cluster",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Removes personal data (PII) from text: an engine, a CLI and an S3 -> Kafka -> S3 pipeline.",
        subcommands = {
            CommandLine.HelpCommand.class,
            // engine commands
            DetectCommand.class,
            RedactCommand.class,
            dev.transformcluster.cli.bench.BenchCommand.class,
            // pipeline commands (one line each; keep this list sorted by workflow)
            dev.transformcluster.cli.pipeline.LocalCommand.class, dev.transformcluster.cli.pipeline.IngestCommand.class,
            dev.transformcluster.cli.pipeline.RedactStreamCommand.class, dev.transformcluster.cli.pipeline.SinkCommand.class,
            dev.transformcluster.cli.pipeline.ReconcileCommand.class,
            dev.transformcluster.cli.dev.DevKafkaCommand.class, dev.transformcluster.cli.dev.DevS3Command.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (engineCommand(args)) {
            // load the engine's name lists and classes on the other core while picocli parses the
            // arguments and the first input is read (a daemon: it never delays the exit)
            Thread prepare = new Thread(Engine::prepare, "engine-prepare");
            prepare.setDaemon(true);
            prepare.start();
        }
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int run(String... args) {
        // redact and detect are often run on one small file, where building the model of every
        // pipeline command (their options, converters and classes) is a sixth of the run
        CommandLine cli = new CommandLine(engineCommand(args) ? new EngineCommands() : new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        Version version = new Version(); // "transform-cluster redact --version" answers as the root does
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Whether the command line runs one of {@link EngineCommands}: redact or detect. */
    private static boolean engineCommand(String[] args) {
        return args.length > 0 && (args[0].equals("redact") || args[0].equals("detect"));
    }

    /**
     * The same root with only the engine's commands, which {@link #run} uses when the first
     * argument names one of them: usage, help and errors of {@code transform-cluster redact} read
     * as with the full root.
     */
    @Command(name = "transform-cluster", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            subcommands = {CommandLine.HelpCommand.class, DetectCommand.class, RedactCommand.class})
    static final class EngineCommands implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("reached only with a subcommand");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"transform-cluster " + (v == null ? "dev" : v)};
        }
    }
}
