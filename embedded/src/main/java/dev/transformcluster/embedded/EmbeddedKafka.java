package dev.transformcluster.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, single-node Apache Kafka broker running in this JVM: KRaft combined mode (one process is both
 * broker and controller), listening on {@code 127.0.0.1}, storage formatted programmatically the way
 * {@code kafka-storage format} does it.
 *
 * <p>Single-node defaults: replication factor 1 everywhere (offsets, transaction state log with min ISR 1,
 * share-group state), no initial rebalance delay, automatic topic creation on, 16 MiB maximum message size.
 * Transactions work, so Kafka Streams {@code exactly_once_v2} runs against it.
 *
 * <p>Restart: {@link #close()} and then {@link #start(Path, int)} with the same directory and the
 * {@link #port()} of the first run; the data (topics, committed offsets, transactions) survive.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String PORTS_FILE = "embedded-kafka.properties";
    private static final int RANDOM_PORT_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final int port;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, Path dataDir, int port) {
        this.server = server;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts a broker on a free port, storing its data under {@code dataDir} (created when missing). */
    public static EmbeddedKafka start(Path dataDir) {
        return start(dataDir, 0, Map.of());
    }

    /**
     * Starts a broker on {@code port} ({@code 0} = any free port) over {@code dataDir}. A directory that held a
     * broker before is reused as it is (same cluster id, topics and offsets), so this restarts a broker.
     */
    public static EmbeddedKafka start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /**
     * As {@link #start(Path, int)}, with broker configuration {@code overrides} applied over the single-node
     * defaults (for example {@code num.partitions} or {@code message.max.bytes}).
     */
    public static EmbeddedKafka start(Path dataDir, int port, Map<String, String> overrides) {
        QuietLogging.apply();
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Kafka data directory " + dir, e);
        }
        int attempts = port == 0 ? RANDOM_PORT_ATTEMPTS : 1;
        RuntimeException last = null;
        for (int i = 0; i < attempts; i++) {
            int brokerPort = port == 0 ? freePort() : port;
            try {
                return startOnce(dir, brokerPort, overrides);
            } catch (RuntimeException e) {
                // a random port can be taken between probing and binding: try another one
                last = e;
                LOG.warn("embedded Kafka failed to start on port {}: {}", brokerPort, e.toString());
            }
        }
        throw last;
    }

    private static EmbeddedKafka startOnce(Path dir, int brokerPort, Map<String, String> overrides) {
        Path logDir = dir.resolve("kraft-combined-logs");
        int controllerPort = controllerPort(dir);
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        props.put("message.max.bytes", Integer.toString(16 * 1024 * 1024));
        props.put("replica.fetch.max.bytes", Integer.toString(16 * 1024 * 1024));
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        props.put("controlled.shutdown.enable", "true");
        props.putAll(overrides);

        KafkaConfig config = new KafkaConfig(props, false);
        formatIfNeeded(config, logDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup(); // returns once the broker is unfenced and serving
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            throw e;
        }
        rememberControllerPort(dir, controllerPort);
        LOG.info("embedded Kafka broker serving on {}:{} (data in {})", HOST, brokerPort, dir);
        return new EmbeddedKafka(server, dir, brokerPort);
    }

    /** Formats the metadata/log directory once, like {@code kafka-storage format --standalone=false}. */
    private static void formatIfNeeded(KafkaConfig config, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Formatter formatter = new Formatter()
                    .setClusterId(org.apache.kafka.common.Uuid.randomUuid().toString())
                    .setNodeId(NODE_ID)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            formatter.addDirectory(logDir.toString());
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka storage in " + logDir, e);
        }
    }

    /** The controller port is internal; it is kept across restarts of the same directory when still free. */
    private static int controllerPort(Path dir) {
        Path file = dir.resolve(PORTS_FILE);
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
                int remembered = Integer.parseInt(p.getProperty("controller.port", "0"));
                if (remembered > 0 && isFree(remembered)) {
                    return remembered;
                }
            } catch (IOException | NumberFormatException e) {
                LOG.debug("ignoring unreadable {}", file, e);
            }
        }
        return freePort();
    }

    private static void rememberControllerPort(Path dir, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("controller.port", Integer.toString(controllerPort));
        try (var out = Files.newOutputStream(dir.resolve(PORTS_FILE))) {
            p.store(out, "embedded Kafka controller port, reused on restart");
        } catch (IOException e) {
            LOG.debug("cannot remember the controller port", e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on " + HOST, e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.debug("error while stopping a broker that failed to start", e);
        }
    }

    /** {@code 127.0.0.1:port}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The broker's client port (pass it to {@link #start(Path, int)} to restart on the same address). */
    public int port() {
        return port;
    }

    /** The directory holding this broker's data. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker (controlled shutdown) and waits until it has stopped. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long start = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        LOG.info("embedded Kafka broker on port {} stopped in {} ms", port,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
