package dev.transformcluster.cli;

import dev.transformcluster.redactor.Engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
            // arguments and the first input is read (a daemon: it never delays the exit), and for a
            // large input have the JIT compile the engine there too
            int rounds = inputBytes(args) >= WARM_UP_MIN_BYTES ? WARM_UP_ROUNDS : 1;
            Thread prepare = new Thread(() -> Engine.prepare(rounds), "engine-prepare");
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

    /**
     * The input size from which {@code redact} and {@code detect} warm the engine up at start-up
     * ({@link Engine#prepare(int)} with {@link #WARM_UP_ROUNDS}): the compiling then happens while a
     * core is idle instead of while the first megabyte waits for it. Measured whole-command times,
     * alternating with and without: a 2 MB file 11-15% faster, 35 MB 3-11%, 256 KB 9%, 64 KB equal,
     * and an empty or 1 KB file 4% slower (hence the threshold). docs/benchmark-redact.md has the runs.
     */
    static final long WARM_UP_MIN_BYTES = 128 * 1024;
    static final int WARM_UP_ROUNDS = 40;

    /**
     * The bytes of input the arguments name, read before they are parsed: the arguments after the
     * command that name regular files (an option's file, a policy or key, counts too: they are
     * small), or else standard input when it is a redirected file. 0 when unknown (a pipe).
     */
    static long inputBytes(String[] args) {
        long bytes = 0;
        boolean named = false;
        for (int k = 1; k < args.length; k++) {
            if (!args[k].startsWith("-")) {
                long size = regularFileSize(args[k]);
                named |= size >= 0;
                bytes += Math.max(0, size);
            }
        }
        return named ? bytes : Math.max(0, regularFileSize("/dev/stdin"));
    }

    /** The size of {@code path} when it names a regular file, else -1 (never throws). */
    private static long regularFileSize(String path) {
        try {
            Path p = Path.of(path);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1; // not a file we can read: the command reports it when it gets there
        }
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
