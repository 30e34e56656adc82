package dev.transformcluster.sink.storage;

import java.time.Duration;

/**
 * Exponential backoff with full jitter: attempt n waits a random time in
 * [0, min(max, base * 2^n)]. The sleeper and the random source are injected so tests need no
 * real sleeping.
 */
public final class Backoff {

    /** Sleeps; tests pass a recorder. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Duration base;
    private final Duration max;
    private final int maxAttempts;
    private final Sleeper sleeper;
    private final java.util.function.DoubleSupplier random;

    public Backoff(Duration base, Duration max, int maxAttempts, Sleeper sleeper, java.util.function.DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.maxAttempts = maxAttempts;
        this.sleeper = sleeper;
        this.random = random;
    }

    public static Backoff standard(int maxAttempts) {
        return new Backoff(Duration.ofMillis(200), Duration.ofSeconds(20), maxAttempts,
                d -> Thread.sleep(d.toMillis()), Math::random);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The ceiling of the wait before retry number {@code attempt} (1-based). */
    public Duration ceiling(int attempt) {
        long ms = base.toMillis() << Math.min(30, attempt - 1);
        return Duration.ofMillis(Math.min(max.toMillis(), ms < 0 ? max.toMillis() : ms));
    }

    public void pause(int attempt) throws InterruptedException {
        sleeper.sleep(Duration.ofMillis((long) (ceiling(attempt).toMillis() * random.getAsDouble())));
    }
}
