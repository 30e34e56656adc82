package dev.transformcluster.pipeline.common;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * One stage's observability: a Prometheus registry with JVM metrics bound, and (when a port is
 * configured) an HTTP server serving {@code /metrics} and {@code /health}. Health is a JSON
 * object; the status is 200 when {@link HealthCheck#healthy()} and 503 otherwise.
 */
public final class Observability implements AutoCloseable {

    /** What {@code /health} reports. */
    public interface HealthCheck {
        boolean healthy();

        /** A short state name, e.g. RUNNING; never content. */
        String state();
    }

    private final PrometheusMeterRegistry registry;
    private final HttpServer server;
    private final JvmGcMetrics gcMetrics;

    private Observability(PrometheusMeterRegistry registry, HttpServer server, JvmGcMetrics gcMetrics) {
        this.registry = registry;
        this.server = server;
        this.gcMetrics = gcMetrics;
    }

    /** A registry with JVM metrics and no HTTP server. */
    public static Observability withoutServer(String stage) {
        return new Observability(newRegistry(stage), null, null);
    }

    /**
     * @param port 0 for no server (e.g. several stages in one process share one)
     */
    public static Observability start(String stage, String bindAddress, int port, Supplier<HealthCheck> health) {
        PrometheusMeterRegistry registry = newRegistry(stage);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        if (port == 0) {
            return new Observability(registry, null, gc);
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                    registry.scrape()));
            server.createContext("/health", ex -> {
                HealthCheck h = health.get();
                boolean ok = h.healthy();
                respond(ex, ok ? 200 : 503, "application/json",
                        "{\"status\":\"" + (ok ? "UP" : "DOWN") + "\",\"state\":\"" + h.state() + "\"}");
            });
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "observability-http-" + stage);
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return new Observability(registry, server, gc);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + bindAddress + ":" + port + " for /metrics and /health: "
                    + e.getMessage() + " (set metrics.port to a free port)", e);
        }
    }

    private static PrometheusMeterRegistry newRegistry(String stage) {
        // no common tags: the scrape job (one Consul service per stage) says which stage it is, and
        // labels stay exactly as documented (e.g. entities by type only)
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The bound port, or 0 when no server runs. */
    public int port() {
        return server == null ? 0 : server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        if (gcMetrics != null) {
            gcMetrics.close();
        }
        registry.close();
    }
}
