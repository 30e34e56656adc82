package dev.transformcluster.cli;

import dev.transformcluster.redactor.DocumentRedactor;
import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.RejectedInputException;
import dev.transformcluster.redactor.TextRedactor;
import dev.transformcluster.redactor.io.StreamingRedactor;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Redacts files, folders or stdin. E-mail (RFC 5322) is parsed and re-emitted as e-mail; other
 * text streams through in bounded memory. Each input is written whole or not at all: with
 * {@code --output}, through a temporary file moved into place.
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Redacts personal data in FILEs or folders (or stdin when none) to stdout or --output DIR.",
            "E-mail is redacted as e-mail: MIME parts and encoded headers are decoded, redacted and re-encoded."})
public final class RedactCommand implements Callable<Integer> {

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (YAML or JSON): types, operators, thresholds.")
    Path policyFile;

    @Option(names = "--operator", paramLabel = "OP", description = "tag, mask or pseudonym; overrides the policy's default operator.")
    String operator;

    @Option(names = "--pseudonym-key-file", paramLabel = "FILE",
            description = "Key for the pseudonym operator (else the TC_PSEUDONYM_KEY environment variable).")
    Path keyFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write each input to DIR under its name (its path relative to a named folder).")
    Path outputDir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads redacting large plain text concurrently; 0 (the default) means one per core.",
            defaultValue = "0")
    int threads;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or folders to redact (default: stdin).")
    List<Path> inputs = List.of();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final long[] totals = new long[EntityType.values().length];

    @Override
    public Integer call() throws IOException {
        if (operator != null && !List.of("tag", "mask", "pseudonym").contains(operator)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--operator must be tag, mask or pseudonym, not '" + operator + "'");
        }
        Policy policy = EngineFactory.policy(policyFile, operator, keyFile);
        DocumentRedactor documents = new DocumentRedactor(policy);
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = n > 1 ? Executors.newFixedThreadPool(n, daemonThreads()) : null;
        try {
            StreamingRedactor stream = new StreamingRedactor(documents.textRedactor(),
                    StreamingRedactor.DEFAULT_BLOCK_SIZE, pool, 2 * n);
            return redactAll(documents, stream);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "redact-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private int redactAll(DocumentRedactor documents, StreamingRedactor stream) throws IOException {
        if (inputs.isEmpty()) {
            if (outputDir != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output needs input FILEs");
            }
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            try {
                redact(new BufferedInputStream(System.in, 1 << 16), out, documents, stream);
            } catch (RejectedInputException e) {
                throw new UserError("stdin: " + e.getMessage());
            } finally {
                out.flush();
            }
            return 0;
        }
        int failed = 0;
        int done = 0;
        for (Job job : jobs()) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(job.source()), 1 << 16)) {
                if (outputDir == null) {
                    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                    redact(in, out, documents, stream);
                    out.flush();
                } else {
                    Path target = outputDir.resolve(job.relative());
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".redact-", ".tmp");
                    try {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                            redact(in, out, documents, stream);
                        }
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
                done++;
            } catch (RejectedInputException e) {
                System.err.println("redact: " + job.source() + ": " + e.getMessage());
                failed++;
            } catch (IOException e) {
                System.err.println("redact: " + job.source() + ": cannot read or write (" + e.getClass().getSimpleName() + ")");
                failed++;
            }
        }
        if (outputDir != null) {
            System.err.println("redact: " + done + " written to " + outputDir + ", " + failed + " failed; entities: " + summary());
        }
        return failed == 0 ? 0 : 1;
    }

    private void redact(InputStream in, OutputStream out, DocumentRedactor documents, StreamingRedactor stream)
            throws IOException, RejectedInputException {
        documents.redact(in, out, stream).entityCounts().forEach((t, n) -> totals[t.ordinal()] += n);
    }

    private String summary() {
        Map<EntityType, Long> counts = TextRedactor.toMap(totals);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return total + (total == 0 ? "" : " (" + counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
    }

    private record Job(Path source, Path relative) { }

    /** Named files map to their file name; folders are walked and keep relative paths. */
    private List<Job> jobs() throws IOException {
        List<Job> jobs = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted()
                            .forEach(f -> jobs.add(new Job(f, input.relativize(f))));
                }
            } else if (Files.isRegularFile(input)) {
                jobs.add(new Job(input, input.getFileName()));
            } else {
                throw new UserError(input + ": no such file or folder");
            }
        }
        return jobs;
    }

}
