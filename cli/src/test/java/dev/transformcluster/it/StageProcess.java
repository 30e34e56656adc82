package dev.transformcluster.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One pipeline stage in its own JVM, started from the shaded jar ({@code java -jar transform-cluster.jar STAGE
 * ...}) the way an operator or Nomad starts it. Output goes to a log file in the test's directory. {@link #kill()}
 * is {@code kill -9}; {@link #stop()} is SIGTERM with a bounded wait.
 */
public final class StageProcess implements AutoCloseable {

    /** The shaded jar under test, built by {@code package} before Failsafe runs. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("it.jar", "target/transform-cluster.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the ITs with mvn verify");
        }
        return jar;
    }

    private final String name;
    private final Process process;
    private final Path log;

    private StageProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java -Xmx<heap> -jar transform-cluster.jar <args>} with {@code env} added to the environment,
     * appending its output to {@code <logDir>/<name>.log}.
     */
    public static StageProcess start(String name, Path logDir, String heap, Map<String, String> env, List<String> args)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-jar");
        cmd.add(jar().toAbsolutePath().toString());
        cmd.addAll(args);
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Files.writeString(log, "### " + String.join(" ", args) + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        return new StageProcess(name, pb.start(), log);
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or committed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL for 30 s");
        }
    }

    /** SIGTERM, then waits up to {@code timeout} for a clean exit; returns the exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError(name + " did not stop within " + timeout + " of SIGTERM; log tail:\n" + logTail());
        }
        return process.exitValue();
    }

    /** Waits up to {@code timeout} for the process to end by itself; returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still running after " + timeout + "; log tail:\n" + logTail());
        }
        return process.exitValue();
    }

    /** The last lines of the stage's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Kills the process if it is still running (test cleanup). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
