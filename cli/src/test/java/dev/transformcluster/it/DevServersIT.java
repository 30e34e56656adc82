package dev.transformcluster.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The dev-cluster processes ({@code dev-kafka}, {@code dev-s3}) as Nomad's raw_exec runs them: serve, then stop on SIGTERM. */
class DevServersIT {

    @TempDir
    Path dir;

    @Test
    void shouldServeKafkaUntilSigtermAndKeepTopicsAcrossARestart() throws Exception {
        int port = freePort();
        List<String> args = List.of("dev-kafka", "--port", Integer.toString(port), "--data-dir",
                dir.resolve("kafka").toString(), "--config", "num.partitions=3");
        try (StageProcess kafka = StageProcess.start("dev-kafka", dir, "512m", Map.of(), args)) {
            awaitLog(kafka, "bootstrap servers 127.0.0.1:" + port);
            try (Admin admin = admin(port)) {
                admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1))).all().get();
            }
            assertThat(kafka.stop(Duration.ofSeconds(60))).isIn(0, 143);
        }
        try (StageProcess kafka = StageProcess.start("dev-kafka", dir, "512m", Map.of(), args)) {
            awaitLog(kafka, "bootstrap servers 127.0.0.1:" + port);
            try (Admin admin = admin(port)) {
                Set<String> names = admin.listTopics().names().get();
                assertThat(names).contains("kept");
            }
            assertThat(kafka.stop(Duration.ofSeconds(60))).isIn(0, 143);
        }
    }

    @Test
    void shouldServeFoldersAsBucketsUntilSigterm() throws Exception {
        int port = freePort();
        try (StageProcess s3 = StageProcess.start("dev-s3", dir, "256m", Map.of(), List.of("dev-s3",
                "--port", Integer.toString(port), "--bucket", "source=" + dir.resolve("src"),
                "--bucket", "destination=" + dir.resolve("dst"), "--access-key", "dev", "--secret-key", "dev-secret"))) {
            awaitLog(s3, "endpoint http://127.0.0.1:" + port);
            Files.writeString(dir.resolve("src/a.txt"), "hello");
            try (S3Client client = S3Fixture.client(URI.create("http://127.0.0.1:" + port), "dev", "dev-secret", 3)) {
                client.putObject(b -> b.bucket("destination").key("b c.txt"), RequestBody.fromString("x"));
                assertThat(client.getObjectAsBytes(b -> b.bucket("source").key("a.txt")).asUtf8String())
                        .isEqualTo("hello");
            }
            assertThat(Files.readString(dir.resolve("dst/b c.txt"), StandardCharsets.UTF_8)).isEqualTo("x");
            assertThat(s3.stop(Duration.ofSeconds(30))).isIn(0, 143);
        }
    }

    @Test
    void shouldRefuseAnInvalidBucketNameWithExitCode1() throws Exception {
        try (StageProcess s3 = StageProcess.start("dev-s3-bad", dir, "256m", Map.of(), List.of("dev-s3",
                "--port", "0", "--bucket", "Bad_Name=" + dir.resolve("x")))) {
            assertThat(s3.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(s3.logTail()).contains("invalid bucket name 'Bad_Name'");
        }
    }

    private static Admin admin(int port) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port));
    }

    private static void awaitLog(StageProcess p, String line) throws InterruptedException {
        Await.until(Duration.ofSeconds(90), "'" + line + "' from " + p.name(),
                () -> p.logTail().contains(line) || !p.isAlive(), p::logTail);
        assertThat(p.isAlive()).as(p.logTail()).isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
