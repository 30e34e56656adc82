package dev.transformcluster.sink.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.transformcluster.sink.format.Spool;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ObjectStoreTest {

    final List<Duration> sleeps = new ArrayList<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** An S3 client whose putObject fails {@code failures} times with {@code status}/{@code code}. */
    static S3Client failing(int failures, int status, String code, AtomicInteger calls) {
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("putObject")) {
                        if (calls.incrementAndGet() <= failures) {
                            throw S3Exception.builder().statusCode(status)
                                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
                        }
                        return PutObjectResponse.builder().eTag("x").build();
                    }
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    S3ObjectStore store(S3Client s3, int attempts) {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), attempts, sleeps::add, () -> 1.0);
        return new S3ObjectStore(s3, 16 << 20, 8 << 20, backoff, registry);
    }

    static Spool spool(String s) {
        Spool sp = new Spool(1024, null);
        sp.append(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return sp;
    }

    @Test
    void shouldRetrySlowDownWithGrowingBackoffAndCountRetries() {
        AtomicInteger calls = new AtomicInteger();
        store(failing(3, 503, "SlowDown", calls), 10).put("b", "k", spool("x"), "text/plain", Map.of());
        assertThat(calls).hasValue(4);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(registry.counter("tc.sink.upload.retries").count()).isEqualTo(3.0);
    }

    @Test
    void shouldGiveUpAfterMaxAttempts() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> store(failing(100, 500, "InternalError", calls), 3)
                .put("b", "k", spool("x"), "text/plain", Map.of()))
                .isInstanceOf(StorageException.class).hasMessageContaining("after 3 attempt(s): HTTP 500");
        assertThat(calls).hasValue(3);
    }

    @Test
    void shouldNotRetryAnAccessDenied() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> store(failing(1, 403, "AccessDenied", calls), 5)
                .put("b", "k", spool("x"), "text/plain", Map.of()))
                .hasMessageContaining("HTTP 403 AccessDenied");
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldCapTheBackoff() {
        Backoff b = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(20), 50, d -> { }, () -> 1.0);
        assertThat(b.ceiling(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.ceiling(7)).isEqualTo(Duration.ofMillis(200 * 64));
        assertThat(b.ceiling(8)).isEqualTo(Duration.ofSeconds(20));
        assertThat(b.ceiling(40)).isEqualTo(Duration.ofSeconds(20));
    }
}
