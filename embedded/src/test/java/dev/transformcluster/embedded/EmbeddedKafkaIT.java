package dev.transformcluster.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @TempDir
    Path dir;

    @Test
    void shouldCommitTransactionsAndHideAbortedOnes() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            produce(kafka, "t1", List.of("a", "b"), true);
            produce(kafka, "t1", List.of("aborted"), false);
            produce(kafka, "t1", List.of("c"), true);

            assertThat(readCommitted(kafka, "t1", 3)).containsExactly("a", "b", "c");
        }
    }

    @Test
    void shouldKeepDataAcrossARestartOnTheSameDirectoryAndPort() throws Exception {
        Path data = dir.resolve("kafka");
        int port;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data)) {
            port = kafka.port();
            produce(kafka, "t2", List.of("before"), true);
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, port)) {
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            produce(kafka, "t2", List.of("after"), true);
            assertThat(readCommitted(kafka, "t2", 2)).containsExactly("before", "after");
        }
    }

    private static void produce(EmbeddedKafka kafka, String topic, List<String> values, boolean commit) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-" + UUID.randomUUID());
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, v, v));
            }
            if (commit) {
                producer.commitTransaction();
            } else {
                producer.flush();
                producer.abortTransaction();
            }
        }
    }

    private static List<String> readCommitted(EmbeddedKafka kafka, String topic, int expected) {
        Map<String, Object> c = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.value());
                }
            }
            // one more poll: nothing beyond the expected records may show up (aborted ones stay hidden)
            consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.value()));
        }
        return seen;
    }
}
