package dev.transformcluster.it;

import dev.transformcluster.embedded.EmbeddedKafka;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way the integration tests reach Kafka. By default an in-process KRaft broker ({@link EmbeddedKafka});
 * with {@code -Dit.kafka=testcontainers} (the {@code testcontainers} Maven profile) a Testcontainers Kafka,
 * which skips the test with a clear message when no Docker engine is reachable.
 */
public interface KafkaFixture extends AutoCloseable {

    /** {@code host:port} for {@code bootstrap.servers}. */
    String bootstrapServers();

    /** Whether {@link #restart()} is supported (the in-process broker: yes; a container: no). */
    boolean supportsRestart();

    /** Stops the broker and starts it again over the same data and the same address. */
    void restart();

    /** Stops the broker alone; {@link #startAgain()} brings it back on the same data and address. */
    void stop();

    /** Starts a broker stopped by {@link #stop()}. */
    void startAgain();

    @Override
    void close();

    /** Starts the broker chosen by the {@code it.kafka} system property, keeping any data under {@code dir}. */
    static KafkaFixture start(Path dir) {
        String kind = System.getProperty("it.kafka", "embedded");
        return switch (kind) {
            case "embedded" -> new Embedded(dir);
            case "testcontainers" -> TestcontainersKafka.start();
            default -> throw new IllegalArgumentException("it.kafka must be embedded or testcontainers, not " + kind);
        };
    }

    /** Skips the calling test when the broker cannot be restarted in place. */
    default void assumeRestartable() {
        Assumptions.assumeTrue(supportsRestart(),
                "a broker restart on the same address needs the in-process broker (it.kafka=embedded)");
    }

    /** The in-process KRaft broker. */
    final class Embedded implements KafkaFixture {
        private final Path dir;
        private final int port;
        private EmbeddedKafka kafka;

        Embedded(Path dir) {
            this.dir = dir;
            this.kafka = EmbeddedKafka.start(dir);
            this.port = kafka.port();
        }

        @Override
        public String bootstrapServers() {
            return "127.0.0.1:" + port;
        }

        @Override
        public boolean supportsRestart() {
            return true;
        }

        @Override
        public synchronized void restart() {
            stop();
            startAgain();
        }

        @Override
        public synchronized void stop() {
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
        }

        @Override
        public synchronized void startAgain() {
            if (kafka == null) {
                kafka = EmbeddedKafka.start(dir, port);
            }
        }

        @Override
        public synchronized void close() {
            stop();
        }
    }
}
