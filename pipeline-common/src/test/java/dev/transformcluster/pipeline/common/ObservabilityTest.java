package dev.transformcluster.pipeline.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ObservabilityTest {

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeHealthAs200Or503AndMetricsInPrometheusFormat() throws Exception {
        AtomicBoolean healthy = new AtomicBoolean(true);
        Observability.HealthCheck check = new Observability.HealthCheck() {
            @Override
            public boolean healthy() {
                return healthy.get();
            }

            @Override
            public String state() {
                return healthy.get() ? "RUNNING" : "ERROR";
            }
        };
        // port 0 means "no server", so find a free port first
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Observability obs = Observability.start("test", "127.0.0.1", port, () -> check)) {
            obs.registry().counter("tc.sink.objects", "outcome", "written").increment();
            HttpResponse<String> up = get(port, "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).isEqualTo("{\"status\":\"UP\",\"state\":\"RUNNING\"}");
            healthy.set(false);
            assertThat(get(port, "/health").statusCode()).isEqualTo(503);
            String metrics = get(port, "/metrics").body();
            assertThat(metrics).contains("tc_sink_objects_total{outcome=\"written\"} 1.0")
                    .contains("jvm_memory_used_bytes");
        }
    }
}
