package dev.transformcluster.sink.storage;

import dev.transformcluster.sink.format.Spool;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Stores outputs in S3: a single PUT up to the multipart threshold, multipart above it (parts
 * read from the spool one at a time). Transient failures (network errors, 5xx, 429, SlowDown)
 * are retried with exponential backoff on top of the SDK's own retries; each retry is counted.
 */
public final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    private final long multipartThreshold;
    private final int partSize;
    private final Backoff backoff;
    private final Timer latency;
    private final Counter retries;

    public S3ObjectStore(S3Client s3, long multipartThreshold, int partSize, Backoff backoff, MeterRegistry registry) {
        if (partSize < 5 << 20) {
            throw new IllegalArgumentException("S3 parts must be at least 5 MiB");
        }
        this.s3 = s3;
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
        this.backoff = backoff;
        this.latency = Timer.builder("tc.sink.upload.latency").description("Time to store one object, retries included")
                .publishPercentileHistogram().register(registry);
        this.retries = Counter.builder("tc.sink.upload.retries").description("S3 writes retried after a transient error")
                .register(registry);
    }

    @Override
    public void put(String bucket, String key, Spool content, String contentType, Map<String, String> metadata) {
        Timer.Sample sample = Timer.start();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    if (content.size() <= multipartThreshold) {
                        putSingle(bucket, key, content, contentType, metadata);
                    } else {
                        putMultipart(bucket, key, content, contentType, metadata);
                    }
                    return;
                } catch (SdkException e) {
                    if (!retryable(e) || attempt >= backoff.maxAttempts()) {
                        throw new StorageException("S3 write failed after " + attempt + " attempt(s): "
                                + describe(e), e);
                    }
                    retries.increment();
                    try {
                        backoff.pause(attempt);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw new StorageException("interrupted while retrying an S3 write", ie);
                    }
                }
            }
        } finally {
            sample.stop(latency);
        }
    }

    private void putSingle(String bucket, String key, Spool content, String contentType, Map<String, String> metadata) {
        RequestBody body;
        if (content.inMemory()) {
            body = RequestBody.fromBytes(content.bytes());
        } else {
            body = RequestBody.fromContentProvider(() -> {
                try {
                    return content.openStream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, content.size(), contentType == null ? "application/octet-stream" : contentType);
        }
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).metadata(metadata), body);
    }

    private void putMultipart(String bucket, String key, Spool content, String contentType,
                              Map<String, String> metadata) {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)
                .metadata(metadata)).uploadId();
        try (InputStream in = content.openStream()) {
            List<CompletedPart> parts = new ArrayList<>();
            byte[] buf = new byte[partSize];
            for (int part = 1; ; part++) {
                int n = in.readNBytes(buf, 0, partSize);
                if (n <= 0) {
                    break;
                }
                int partNumber = part;
                byte[] slice = n == partSize ? buf : java.util.Arrays.copyOf(buf, n);
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
                        .contentLength((long) n), RequestBody.fromBytes(slice)).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (IOException e) {
            abortQuietly(bucket, key, uploadId);
            throw SdkClientException.create("cannot read spooled object", e);
        } catch (SdkException e) {
            abortQuietly(bucket, key, uploadId);
            throw e;
        }
    }

    private void abortQuietly(String bucket, String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException ignored) {
            // an abandoned upload is cleaned up by the bucket's lifecycle rule
        }
    }

    static boolean retryable(SdkException e) {
        if (e instanceof S3Exception s3e) {
            int status = s3e.statusCode();
            String code = s3e.awsErrorDetails() == null ? null : s3e.awsErrorDetails().errorCode();
            return status >= 500 || status == 429 || "SlowDown".equals(code) || "RequestTimeout".equals(code);
        }
        return e instanceof SdkClientException || e.retryable();
    }

    private static String describe(SdkException e) {
        if (e instanceof S3Exception s3e) {
            return "HTTP " + s3e.statusCode() + (s3e.awsErrorDetails() == null ? ""
                    : " " + s3e.awsErrorDetails().errorCode());
        }
        return e.getClass().getSimpleName();
    }
}
