package dev.transformcluster.it;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Assumptions;

/**
 * Kafka in a container through Testcontainers, for machines with a Docker engine. Testcontainers is on the test
 * classpath only under the {@code testcontainers} Maven profile, so it is reached by reflection: the default
 * build compiles and runs without it.
 */
final class TestcontainersKafka implements KafkaFixture {

    static final String IMAGE = System.getProperty("it.kafka.image", "apache/kafka:4.4.0");

    private final Object container;
    private final String bootstrapServers;

    private TestcontainersKafka(Object container, String bootstrapServers) {
        this.container = container;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaFixture start() {
        Class<?> factory;
        try {
            factory = Class.forName("org.testcontainers.DockerClientFactory");
        } catch (ClassNotFoundException e) {
            Assumptions.abort("it.kafka=testcontainers needs Testcontainers on the classpath: run with -Ptestcontainers");
            throw new AssertionError(e);
        }
        try {
            Object instance = factory.getMethod("instance").invoke(null);
            boolean docker = (boolean) factory.getMethod("isDockerAvailable").invoke(instance);
            Assumptions.assumeTrue(docker, "no Docker engine reachable: the testcontainers profile skips this test "
                    + "(the default build runs it against the in-process KRaft broker)");
            Class<?> type = Class.forName("org.testcontainers.kafka.KafkaContainer");
            Object container = type.getConstructor(String.class).newInstance(IMAGE);
            type.getMethod("start").invoke(container);
            String servers = (String) type.getMethod("getBootstrapServers").invoke(container);
            return new TestcontainersKafka(container, servers);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start Testcontainers Kafka " + IMAGE, e);
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public boolean supportsRestart() {
        return false; // a restarted container gets a new mapped port
    }

    @Override
    public void restart() {
        assumeRestartable();
    }

    @Override
    public void stop() {
        assumeRestartable();
    }

    @Override
    public void startAgain() {
        assumeRestartable();
    }

    @Override
    public void close() {
        try {
            Method stop = container.getClass().getMethod("stop");
            stop.invoke(container);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot stop the Kafka container", e);
        }
    }
}
