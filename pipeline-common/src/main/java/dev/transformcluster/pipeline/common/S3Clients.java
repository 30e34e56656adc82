package dev.transformcluster.pipeline.common;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds S3 clients. Credentials come from the AWS SDK v2 default chain (env, profile, instance
 * role). With an explicit endpoint (S3-compatible stores such as S3Proxy or MinIO) the client
 * uses path-style addressing and computes checksums only when the operation requires them:
 * S3Proxy 2.6 rejects the SDK's default trailing checksums with 400.
 */
public final class S3Clients {

    private S3Clients() { }

    /**
     * @param endpoint    null or blank for AWS itself
     * @param region      e.g. us-east-1
     * @param maxAttempts SDK-level attempts per request (throttling and 5xx are retried with backoff)
     * @param maxConnections the HTTP connection pool size
     */
    public static S3Client create(String endpoint, String region, int maxAttempts, int maxConnections) {
        S3ClientBuilder b = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(maxConnections)
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(120)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(retries(maxAttempts))
                        .build());
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint))
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return b.build();
    }

    /** Builds a client with explicit static credentials, for embedded stores and tests. */
    public static S3Client createStatic(URI endpoint, String accessKey, String secretKey, int maxAttempts) {
        return S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(32))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(retries(maxAttempts)).build())
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    private static software.amazon.awssdk.retries.api.RetryStrategy retries(int maxAttempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts).build();
    }

    /** Strips the quotes S3 puts around ETags. */
    public static String normalizeEtag(String etag) {
        if (etag == null) {
            return "";
        }
        String e = etag.trim();
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }
}
