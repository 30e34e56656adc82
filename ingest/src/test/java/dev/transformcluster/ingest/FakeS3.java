package dev.transformcluster.ingest;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** An in-memory S3 for unit tests: list (paged by 2), get, head. Counts GETs. */
final class FakeS3 {

    record Obj(byte[] content, String contentType, Map<String, String> metadata) { }

    final Map<String, Obj> objects = new TreeMap<>();
    final List<String> gets = new ArrayList<>();

    void put(String bucket, String key, byte[] content, String contentType, Map<String, String> metadata) {
        objects.put(bucket + "/" + key, new Obj(content, contentType, metadata));
    }

    S3Client client() {
        InvocationHandler h = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("listObjectsV2") && args[0] instanceof ListObjectsV2Request r) {
                return list(r);
            }
            if (name.equals("getObject") && args.length == 2 && args[0] instanceof GetObjectRequest r
                    && args[1] instanceof ResponseTransformer<?, ?> t) {
                Obj o = objects.get(r.bucket() + "/" + r.key());
                if (o == null) {
                    throw NoSuchKeyException.builder().statusCode(404).build();
                }
                gets.add(r.key());
                GetObjectResponse resp = GetObjectResponse.builder().contentLength((long) o.content().length)
                        .contentType(o.contentType()).eTag("\"get-etag\"").build();
                @SuppressWarnings("unchecked")
                ResponseTransformer<GetObjectResponse, Object> rt = (ResponseTransformer<GetObjectResponse, Object>) t;
                return rt.transform(resp, AbortableInputStream.create(new ByteArrayInputStream(o.content())));
            }
            if (name.equals("headObject") && args[0] instanceof HeadObjectRequest r) {
                Obj o = objects.get(r.bucket() + "/" + r.key());
                if (o == null) {
                    throw NoSuchKeyException.builder().statusCode(404).build();
                }
                return HeadObjectResponse.builder().metadata(o.metadata()).build();
            }
            if (name.equals("close")) {
                return null;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(name);
        };
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class}, h);
    }

    private ListObjectsV2Response list(ListObjectsV2Request r) {
        String prefix = r.bucket() + "/" + (r.prefix() == null ? "" : r.prefix());
        List<S3Object> all = new ArrayList<>();
        objects.forEach((k, o) -> {
            if (k.startsWith(prefix)) {
                String key = k.substring(r.bucket().length() + 1);
                all.add(S3Object.builder().key(key).size((long) o.content().length)
                        .eTag("\"etag-" + o.content().length + "\"").lastModified(Instant.EPOCH).build());
            }
        });
        int start = r.continuationToken() == null ? 0 : Integer.parseInt(r.continuationToken());
        int end = Math.min(all.size(), start + 2);
        boolean more = end < all.size();
        return ListObjectsV2Response.builder().contents(all.subList(start, end)).isTruncated(more)
                .nextContinuationToken(more ? Integer.toString(end) : null).build();
    }
}
