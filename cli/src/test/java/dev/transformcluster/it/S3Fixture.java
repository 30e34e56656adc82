package dev.transformcluster.it;

import dev.transformcluster.embedded.EmbeddedS3;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 settings shared by the tests: the environment a stage JVM needs, and a test-side client. */
public final class S3Fixture {

    private S3Fixture() {
    }

    /** The variables the AWS SDK's default chain reads in a stage JVM. */
    public static Map<String, String> env(EmbeddedS3 s3) {
        return Map.of(
                "AWS_ACCESS_KEY_ID", s3.accessKey(),
                "AWS_SECRET_ACCESS_KEY", s3.secretKey(),
                "AWS_REGION", "us-east-1");
    }

    /** A client for {@code endpoint} as the pipeline configures one for an S3-compatible store. */
    public static S3Client client(URI endpoint, EmbeddedS3 s3, int maxAttempts) {
        return client(endpoint, s3.accessKey(), s3.secretKey(), maxAttempts);
    }

    /** As {@link #client(URI, EmbeddedS3, int)} with explicit credentials. */
    public static S3Client client(URI endpoint, String accessKey, String secretKey, int maxAttempts) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD)
                        .retryStrategy(b -> b.maxAttempts(maxAttempts))
                        .build())
                .build();
    }
}
