package dev.transformcluster.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.transformcluster.embedded.EmbeddedS3;
import dev.transformcluster.it.FaultInjectingS3Proxy.Faults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The fixtures themselves, with the shaded jar's classpath neighbours: broker, S3 store, fault proxy. */
class FixtureIT {

    @TempDir
    Path dir;

    @Test
    void shouldCommitATransactionThroughTheKafkaFixtureAndSurviveARestart() throws Exception {
        try (KafkaFixture kafka = KafkaFixture.start(dir.resolve("kafka"))) {
            produceTransactionally(kafka.bootstrapServers(), List.of("one", "two"));
            if (kafka.supportsRestart()) {
                kafka.restart();
            }
            produceTransactionally(kafka.bootstrapServers(), List.of("three"));

            assertThat(readCommitted(kafka.bootstrapServers(), 3)).containsExactly("one", "two", "three");
        }
    }

    @Test
    void shouldRetryThrottledRequestsUntilTheyReachTheStore() throws Exception {
        Files.createDirectories(dir.resolve("in/a b"));
        Files.writeString(dir.resolve("in/a b/ü.eml"), "From: a@example.org\nTo: b@example.org\n\nHi\n");
        try (EmbeddedS3 s3 = EmbeddedS3.start(Map.of("source", dir.resolve("in"), "destination", dir.resolve("out")));
                FaultInjectingS3Proxy proxy = FaultInjectingS3Proxy.start(s3.endpoint(),
                        Faults.rate(0.3, 42).withFailFirst(2));
                S3Client client = S3Fixture.client(proxy.endpoint(), s3, 10)) {
            byte[] big = new byte[3 * 1024 * 1024];
            new Random(3).nextBytes(big);
            for (int i = 0; i < 20; i++) {
                int n = i;
                client.putObject(b -> b.bucket("destination").key("k " + n + ".bin").metadata(Map.of("n", "" + n)),
                        RequestBody.fromBytes(n == 0 ? big : ("v" + n).getBytes(StandardCharsets.UTF_8)));
            }
            List<String> keys = client.listObjectsV2Paginator(b -> b.bucket("destination")).contents().stream()
                    .map(S3Object::key).toList();
            var head = client.headObject(b -> b.bucket("source").key("a b/ü.eml"));

            assertThat(proxy.injected()).isGreaterThanOrEqualTo(2);
            assertThat(proxy.requests()).isGreaterThan(proxy.injected());
            assertThat(keys).hasSize(20);
            assertThat(Files.readAllBytes(dir.resolve("out/k 0.bin"))).isEqualTo(big);
            assertThat(head.contentLength()).isEqualTo(Files.size(dir.resolve("in/a b/ü.eml")));
            assertThat(client.headObject(b -> b.bucket("destination").key("k 7.bin")).metadata()).containsEntry("n", "7");
        }
    }

    @Test
    void shouldSurfaceThrottlingWhenRetriesRunOut() throws Exception {
        try (EmbeddedS3 s3 = EmbeddedS3.start(Map.of("destination", dir.resolve("out")));
                FaultInjectingS3Proxy proxy = FaultInjectingS3Proxy.start(s3.endpoint(), Faults.rate(1.0, 1));
                S3Client client = S3Fixture.client(proxy.endpoint(), s3, 2)) {
            assertThatThrownBy(() -> client.putObject(b -> b.bucket("destination").key("x"), RequestBody.fromString("x")))
                    .isInstanceOf(S3Exception.class)
                    .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(503));
            assertThat(proxy.injected()).isEqualTo(2);
            assertThat(dir.resolve("out/x")).doesNotExist();
        }
    }

    private static void produceTransactionally(String servers, List<String> values) {
        Map<String, Object> p = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "fixture-" + UUID.randomUUID(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            values.forEach(v -> producer.send(new ProducerRecord<>("fixture", v)));
            producer.commitTransaction();
        }
    }

    private static List<String> readCommitted(String servers, int expected) {
        Map<String, Object> c = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "fixture-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("fixture"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.value()));
            }
        }
        return seen;
    }
}
