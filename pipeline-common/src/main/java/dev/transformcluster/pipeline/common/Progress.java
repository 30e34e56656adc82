package dev.transformcluster.pipeline.common;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a run: a one-line bar redrawn in place on a terminal (objects, bytes, rate, ETA),
 * or a log line every few seconds when output is not interactive.
 */
public final class Progress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String label;
    private final LongSupplier doneObjects;
    private final LongSupplier totalObjects;
    private final LongSupplier doneBytes;
    private final LongSupplier totalBytes;
    private final boolean interactive;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    public Progress(String label, LongSupplier doneObjects, LongSupplier totalObjects, LongSupplier doneBytes,
                    LongSupplier totalBytes, boolean interactive, PrintStream out) {
        this.label = label;
        this.doneObjects = doneObjects;
        this.totalObjects = totalObjects;
        this.doneBytes = doneBytes;
        this.totalBytes = totalBytes;
        this.interactive = interactive;
        this.out = out;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long period = interactive ? 500 : 10_000;
        timer.scheduleAtFixedRate(this::report, period, period, TimeUnit.MILLISECONDS);
    }

    /** True when stdout and stdin are a terminal. */
    public static boolean isInteractive() {
        return System.console() != null;
    }

    void report() {
        String line = line();
        if (interactive) {
            out.print("\r" + line + "   ");
            out.flush();
        } else {
            LOG.info("{}", line);
        }
    }

    public String line() {
        long d = doneObjects.getAsLong();
        long t = totalObjects.getAsLong();
        long db = doneBytes.getAsLong();
        long tb = totalBytes.getAsLong();
        double secs = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        double rate = db / secs;
        double objectRate = d / secs;
        // bytes give the better estimate while reading; afterwards (e.g. waiting for the sink) objects do
        String eta = rate > 0 && tb > db ? format(Duration.ofSeconds((long) ((tb - db) / rate)))
                : objectRate > 0 && t > d ? format(Duration.ofSeconds((long) ((t - d) / objectRate))) : "-";
        int width = 24;
        int filled = t <= 0 ? 0 : (int) Math.min(width, width * d / t);
        return String.format(Locale.ROOT, "%s [%s%s] %d/%d objects  %.1f/%.1f MB  %.2f MB/s  ETA %s", label,
                "#".repeat(filled), ".".repeat(width - filled), d, t, db / 1e6, tb / 1e6, rate / 1e6, eta);
    }

    private static String format(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (interactive) {
            out.println("\r" + line() + "   ");
        }
    }
}
