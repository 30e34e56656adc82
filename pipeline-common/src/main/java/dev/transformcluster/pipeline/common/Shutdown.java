package dev.transformcluster.pipeline.common;

import java.util.concurrent.CountDownLatch;

/**
 * Graceful SIGTERM handling: registers a JVM shutdown hook that runs {@code onSignal} (which
 * should ask the stage to stop) and then waits until the main thread reports it has closed, so
 * offsets and transactions are committed before the JVM exits.
 */
public final class Shutdown {

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    private Shutdown(Runnable onSignal, long maxWaitMillis) {
        hook = new Thread(() -> {
            onSignal.run();
            try {
                closed.await(maxWaitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown-hook");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public static Shutdown onSignal(Runnable onSignal, long maxWaitMillis) {
        return new Shutdown(onSignal, maxWaitMillis);
    }

    /** Call when the stage has closed; lets the hook return. Safe to call more than once. */
    public void closed() {
        closed.countDown();
    }

    /** Unregisters the hook when the stage ended on its own (not by a signal). */
    public void release() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }
}
