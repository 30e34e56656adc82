package dev.transformcluster.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3-compatible HTTP server in this JVM: S3Proxy over the jclouds {@code filesystem} backend, on
 * {@code 127.0.0.1}, serving each given folder as a bucket (objects are plain files under the folder; user
 * metadata is kept in extended attributes).
 *
 * <p>Clients must use path-style addressing and, with AWS SDK v2, {@code requestChecksumCalculation} and
 * {@code responseChecksumValidation} set to {@code WHEN_REQUIRED}. Signature V2 and V4 are accepted with
 * {@link #accessKey()} / {@link #secretKey()}; the region is not checked ({@code us-east-1} is fine).
 */
public final class EmbeddedS3 implements AutoCloseable {

    /** Default credentials of a local store; the dev-s3 command takes others. */
    public static final String DEFAULT_ACCESS_KEY = "transform-cluster";
    public static final String DEFAULT_SECRET_KEY = "transform-cluster-local-secret";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedS3.class);
    private static final String HOST = "127.0.0.1";
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final String PROVIDER = "filesystem";
    private static final long MAX_OBJECT_SIZE = 5L * 1024 * 1024 * 1024;

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final Path baseDir;
    private final List<Path> links;
    private final String accessKey;
    private final String secretKey;
    private boolean closed;

    private EmbeddedS3(S3Proxy proxy, BlobStoreContext context, Path baseDir, List<Path> links,
            String accessKey, String secretKey) {
        this.proxy = proxy;
        this.context = context;
        this.baseDir = baseDir;
        this.links = links;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Serves each folder (created when missing) as the bucket named by its key, on a free port. */
    public static EmbeddedS3 start(Map<String, Path> bucketToFolder) {
        return start(bucketToFolder, 0);
    }

    /** As {@link #start(Map)} on {@code port} ({@code 0} = any free port), with the default credentials. */
    public static EmbeddedS3 start(Map<String, Path> bucketToFolder, int port) {
        return start(bucketToFolder, port, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY);
    }

    /** As {@link #start(Map, int)} with the given credentials. */
    public static EmbeddedS3 start(Map<String, Path> bucketToFolder, int port, String accessKey, String secretKey) {
        QuietLogging.apply();
        if (bucketToFolder.isEmpty()) {
            throw new IllegalArgumentException("at least one bucket=folder is required");
        }
        Map<String, Path> buckets = new LinkedHashMap<>(bucketToFolder);
        for (String name : buckets.keySet()) {
            if (!BUCKET_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("invalid bucket name '" + name
                        + "': use 3-63 characters of a-z, 0-9, '.' and '-'");
            }
        }
        Path baseDir;
        List<Path> links = new ArrayList<>();
        try {
            // jclouds' filesystem backend serves the sub-directories of one base directory as containers;
            // a symbolic link per bucket lets each bucket live anywhere on disk.
            baseDir = Files.createTempDirectory("embedded-s3-");
            for (Map.Entry<String, Path> bucket : buckets.entrySet()) {
                String name = bucket.getKey();
                Path folder = bucket.getValue().toAbsolutePath().normalize();
                Files.createDirectories(folder);
                links.add(Files.createSymbolicLink(baseDir.resolve(name), folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the S3 store's folders", e);
        }

        Properties overrides = new Properties();
        overrides.setProperty("jclouds.filesystem.basedir", baseDir.toString());
        BlobStoreContext context = ContextBuilder.newBuilder(PROVIDER)
                .credentials("local", "local")
                .overrides(overrides)
                .buildView(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new DirectoryHidingBlobStore(context.getBlobStore()))
                .endpoint(URI.create("http://" + HOST + ":" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .maxSinglePartObjectSize(MAX_OBJECT_SIZE)
                .v4MaxNonChunkedRequestSize(MAX_OBJECT_SIZE)
                .ignoreUnknownHeaders(true)
                .build();
        EmbeddedS3 s3 = new EmbeddedS3(proxy, context, baseDir, links, accessKey, secretKey);
        try {
            proxy.start();
            awaitStarted(proxy);
        } catch (Exception e) {
            s3.close();
            throw new IllegalStateException("S3Proxy failed to start on " + HOST + ":" + port, e);
        }
        LOG.info("embedded S3 serving buckets {} on {}", buckets.keySet(), s3.endpoint());
        return s3;
    }

    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy not started after 30 s: " + proxy.getState());
            }
            Thread.sleep(10);
        }
    }

    /** {@code http://127.0.0.1:port}, for {@code --s3-endpoint}; use path-style addressing. */
    public URI endpoint() {
        return URI.create("http://" + HOST + ":" + proxy.getPort());
    }

    /** The server's port. */
    public int port() {
        return proxy.getPort();
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Stops the server; the bucket folders and their files stay. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!"STOPPED".equals(proxy.getState())) {
                proxy.stop();
            }
        } catch (Exception e) {
            LOG.warn("error while stopping S3Proxy: {}", e.toString());
        }
        context.close();
        try {
            for (Path link : links) {
                Files.deleteIfExists(link); // removes the link only, never the folder it points to
            }
            Files.deleteIfExists(baseDir);
        } catch (IOException e) {
            LOG.debug("cannot remove {}", baseDir, e);
        }
    }
}
