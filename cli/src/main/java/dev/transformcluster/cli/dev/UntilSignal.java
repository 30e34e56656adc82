package dev.transformcluster.cli.dev;

import java.util.concurrent.CountDownLatch;

/**
 * Keeps a dev server running until the JVM is asked to stop (SIGTERM, SIGINT), then closes it from the shutdown
 * hook so the stop is clean: the broker flushes and shuts down in a controlled way, the S3 server finishes its
 * requests.
 */
final class UntilSignal {

    private UntilSignal() {
    }

    static int run(AutoCloseable server, String name) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            System.err.println(name + ": stopping");
            try {
                server.close();
            } catch (Exception e) {
                System.err.println(name + ": error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
            System.err.println(name + ": stopped");
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
