package dev.transformcluster.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

class EmbeddedS3IT {

    @TempDir
    Path dir;

    EmbeddedS3 s3;
    S3Client client;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("in/sub dir"));
        Files.writeString(dir.resolve("in/sub dir/Zoë été.eml"), "Hello", StandardCharsets.UTF_8);
        Files.write(dir.resolve("in/empty.txt"), new byte[0]);
        s3 = EmbeddedS3.start(Map.of("source", dir.resolve("in"), "destination", dir.resolve("out")));
        client = S3Client.builder()
                .endpointOverride(s3.endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        s3.close();
    }

    @Test
    void shouldServeExistingFilesAsObjects() {
        List<String> keys = client.listObjectsV2Paginator(b -> b.bucket("source")).contents().stream()
                .map(S3Object::key).sorted().toList();

        assertThat(keys).containsExactly("empty.txt", "sub dir/Zoë été.eml");
        assertThat(client.getObjectAsBytes(b -> b.bucket("source").key("sub dir/Zoë été.eml")).asUtf8String())
                .isEqualTo("Hello");
        assertThat(client.getObjectAsBytes(b -> b.bucket("source").key("empty.txt")).asByteArray()).isEmpty();
    }

    @Test
    void shouldWriteObjectsWithUserMetadataIntoTheFolder() throws Exception {
        client.putObject(b -> b.bucket("destination").key("a b/ü.txt").metadata(Map.of("source-etag", "abc")),
                RequestBody.fromString("redacted", StandardCharsets.UTF_8));
        client.putObject(b -> b.bucket("destination").key("empty"), RequestBody.empty());

        HeadObjectResponse head = client.headObject(b -> b.bucket("destination").key("a b/ü.txt"));
        assertThat(head.metadata()).containsEntry("source-etag", "abc");
        assertThat(head.contentLength()).isEqualTo(8);
        assertThat(Files.readString(dir.resolve("out/a b/ü.txt"))).isEqualTo("redacted");
        assertThat(Files.size(dir.resolve("out/empty"))).isZero();
    }

    @Test
    void shouldStoreA40MegabyteObjectInOnePut() throws Exception {
        byte[] big = new byte[40 * 1024 * 1024];
        new Random(1).nextBytes(big);
        client.putObject(b -> b.bucket("destination").key("big.bin"), RequestBody.fromBytes(big));

        assertThat(Files.readAllBytes(dir.resolve("out/big.bin"))).isEqualTo(big);
        assertThat(client.getObjectAsBytes(b -> b.bucket("destination").key("big.bin")).asByteArray()).isEqualTo(big);
    }

    @Test
    void shouldAssembleAMultipartUpload() throws Exception {
        byte[] part = new byte[5 * 1024 * 1024];
        new Random(2).nextBytes(part);
        String id = client.createMultipartUpload(b -> b.bucket("destination").key("multi/part.txt")
                .metadata(Map.of("policy-version", "7"))).uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            int number = n;
            byte[] body = n == 3 ? "tail".getBytes(StandardCharsets.UTF_8) : part;
            String etag = client.uploadPart(b -> b.bucket("destination").key("multi/part.txt").uploadId(id)
                    .partNumber(number), RequestBody.fromBytes(body)).eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        }
        client.completeMultipartUpload(b -> b.bucket("destination").key("multi/part.txt").uploadId(id)
                .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));

        assertThat(Files.size(dir.resolve("out/multi/part.txt"))).isEqualTo(2L * part.length + 4);
        assertThat(client.headObject(b -> b.bucket("destination").key("multi/part.txt")).metadata())
                .containsEntry("policy-version", "7");
    }

    @Test
    void shouldPaginateOverNestedFoldersWithoutListingTheFolders() throws Exception {
        for (int i = 0; i < 1_100; i++) {
            Path f = dir.resolve("out/d" + (i % 7) + "/e" + (i % 3) + "/m" + i + ".eml");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "x" + i);
        }

        List<String> keys = client.listObjectsV2Paginator(b -> b.bucket("destination").maxKeys(500)).contents()
                .stream().map(S3Object::key).toList();

        assertThat(keys).hasSize(1_100).doesNotHaveDuplicates().noneMatch(k -> k.endsWith("/"));
    }

    @Test
    void shouldKeepTheFoldersWhenClosed() {
        s3.close();

        assertThat(dir.resolve("in/empty.txt")).exists();
        assertThat(dir.resolve("out")).isDirectory();
    }
}
