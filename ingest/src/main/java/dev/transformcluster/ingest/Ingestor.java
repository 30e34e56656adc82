package dev.transformcluster.ingest;

import dev.transformcluster.pipeline.common.DeadLetterReason;
import dev.transformcluster.pipeline.common.KeyHash;
import dev.transformcluster.pipeline.common.OutputMetadata;
import dev.transformcluster.pipeline.common.PipelineHeaders;
import dev.transformcluster.pipeline.common.S3Clients;
import dev.transformcluster.pipeline.common.Topics;
import dev.transformcluster.pipeline.common.naming.OutputNaming;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The ingest stage: lists the source, skips objects already done, reads the rest with bounded
 * concurrency and produces them to the raw topic, whole (e-mail) or in line-aligned chunks
 * (plain text). Objects it must refuse (too large, binary) become dead-letter markers on the
 * same topic so the sink writes a report for them: nothing is skipped silently.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final IngestConfig config;
    private final S3Client s3;
    private final Producer<String, byte[]> producer;
    private final KeyFilter filter;

    private final AtomicLong listed = new AtomicLong();
    private final AtomicLong listedBytes = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong doneBytes = new AtomicLong();
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong chunks = new AtomicLong();
    private final MeterRegistry registry;
    private final Counter bytesCounter;
    private final Counter chunksCounter;

    public Ingestor(IngestConfig config, S3Client s3, Producer<String, byte[]> producer, MeterRegistry registry) {
        this.config = config;
        this.s3 = s3;
        this.producer = producer;
        this.registry = registry;
        this.filter = new KeyFilter(config.include(), config.exclude());
        this.bytesCounter = Counter.builder("tc.ingest.bytes").description("Source bytes produced to Kafka")
                .register(registry);
        this.chunksCounter = Counter.builder("tc.ingest.chunks").description("Records produced to the raw topic")
                .register(registry);
    }

    /** An idempotent, zstd-compressing producer sized for whole e-mails. */
    public static Producer<String, byte[]> createProducer(IngestConfig config) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "tc-ingest-" + config.runId());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(1 << 20));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L << 20));
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.maxRecordBytes(config.emailMaxBytes())));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Creates the raw topic when missing. */
    public static void ensureTopics(IngestConfig config) {
        Topics.ensure(config.bootstrapServers(), List.of(config.topicRaw()), config.topicPartitions(),
                Topics.maxRecordBytes(config.emailMaxBytes()));
    }

    /** Lists the source and ingests every accepted object. */
    public IngestResult run() throws InterruptedException {
        return run(null);
    }

    /**
     * Ingests {@code only} (e.g. what reconcile found) or, when null, everything the listing returns.
     */
    public IngestResult run(List<SourceObject> only) throws InterruptedException {
        long start = System.nanoTime();
        List<SourceObject> objects = only != null ? only : list();
        listed.set(objects.size());
        listedBytes.set(objects.stream().mapToLong(SourceObject::size).sum());
        LOG.info("run {}: {} objects ({} bytes) to consider", config.runId(), objects.size(), listedBytes.get());
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency(), r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(config.concurrency() * 2);
        try {
            for (SourceObject o : objects) {
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        ingestOne(o);
                    } finally {
                        done.incrementAndGet();
                        doneBytes.addAndGet(o.size());
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // keep waiting; progress is reported by the caller
            }
        } finally {
            pool.shutdownNow();
        }
        producer.flush();
        IngestResult r = new IngestResult(config.runId(), listed.get(), produced.get(), deadLettered.get(),
                skipped.get(), failed.get(), bytes.get(), chunks.get(), (System.nanoTime() - start) / 1e9);
        LOG.info("{}", r.summary());
        return r;
    }

    /** Paginated ListObjectsV2 of the source prefix, filtered by the globs; folder markers are left out. */
    public List<SourceObject> list() {
        List<SourceObject> out = new ArrayList<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(config.source().bucket())
                .prefix(config.source().prefix())).contents()) {
            String rel = OutputNaming.relativeKey(config.source().prefix(), o.key());
            if (rel.isEmpty() || o.key().endsWith("/") && o.size() == 0 || !filter.accepts(rel)) {
                continue;
            }
            out.add(new SourceObject(o.key(), o.size(), versionTag(o)));
        }
        return out;
    }

    /**
     * The object's ETag; stores that list none (S3Proxy's filesystem backend for files placed
     * on disk directly) get a weak tag from size and modification time, so changes are still seen.
     */
    static String versionTag(S3Object o) {
        String etag = S3Clients.normalizeEtag(o.eTag());
        if (!etag.isEmpty()) {
            return etag;
        }
        return "W/" + o.size() + "-" + (o.lastModified() == null ? 0 : o.lastModified().toEpochMilli());
    }

    void ingestOne(SourceObject o) {
        try {
            if (o.size() > config.objectMaxBytes()) {
                deadLetter(o, DeadLetterReason.TOO_LARGE, null);
                return;
            }
            if (!config.force() && alreadyDone(o)) {
                skipped.incrementAndGet();
                count("skipped");
                return;
            }
            readAndSend(o);
        } catch (Exception e) {
            failed.incrementAndGet();
            count("failed");
            // the key may contain a person's name: log its hash, and the error class only
            LOG.warn("object {} failed: {}", KeyHash.of(o.key()), e.getClass().getSimpleName());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readAndSend(SourceObject o) throws IOException, InterruptedException, ExecutionException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(config.source().bucket())
                .key(o.key()))) {
            GetObjectResponse head = in.response();
            // the listing's ETag is recorded (not the GET's): it is what the skip check and reconcile
            // compare, and if the object changed since listing, the next run sees the difference
            SourceObject actual = new SourceObject(o.key(), head.contentLength() == null ? o.size()
                    : head.contentLength(), o.etag());
            String contentType = head.contentType();
            LineChunker chunker = new LineChunker(in, config.chunkBytes());
            byte[] first = chunker.next();
            if (first == null) {
                first = new byte[0];
            }
            if (ContentSniffer.isBinary(first, first.length, contentType)) {
                in.abort();
                deadLetter(actual, DeadLetterReason.BINARY, contentType);
                return;
            }
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            if (ContentSniffer.isEmail(o.key(), contentType, first, first.length)) {
                if (actual.size() > config.emailMaxBytes()) {
                    in.abort();
                    deadLetter(actual, DeadLetterReason.TOO_LARGE, contentType);
                    return;
                }
                ByteArrayOutputStream whole = new ByteArrayOutputStream((int) Math.max(32, actual.size()));
                whole.write(first);
                for (byte[] c = chunker.next(); c != null; c = chunker.next()) {
                    whole.write(c);
                    if (whole.size() > config.emailMaxBytes()) {
                        in.abort();
                        deadLetter(actual, DeadLetterReason.TOO_LARGE, contentType);
                        return;
                    }
                }
                sends.add(send(actual, contentType, PipelineHeaders.FORMAT_EMAIL, whole.toByteArray(), 0, true));
            } else {
                byte[] current = first;
                int index = 0;
                for (byte[] next = chunker.next(); next != null; next = chunker.next()) {
                    sends.add(send(actual, contentType, PipelineHeaders.FORMAT_TEXT, current, index++, false));
                    current = next;
                }
                sends.add(send(actual, contentType, PipelineHeaders.FORMAT_TEXT, current, index, true));
            }
            for (Future<RecordMetadata> f : sends) {
                f.get();
            }
            produced.incrementAndGet();
            count("produced");
        }
    }

    private Future<RecordMetadata> send(SourceObject o, String contentType, String format, byte[] value, int index,
                                        boolean last) {
        ProducerRecord<String, byte[]> rec = new ProducerRecord<>(config.topicRaw(), o.key(), value);
        commonHeaders(rec.headers(), o, contentType);
        PipelineHeaders.set(rec.headers(), PipelineHeaders.FORMAT, format);
        PipelineHeaders.set(rec.headers(), PipelineHeaders.CHUNK_INDEX, Integer.toString(index));
        PipelineHeaders.set(rec.headers(), PipelineHeaders.CHUNK_LAST, Boolean.toString(last));
        if (last) {
            PipelineHeaders.set(rec.headers(), PipelineHeaders.CHUNK_COUNT, Integer.toString(index + 1));
        }
        bytes.addAndGet(value.length);
        chunks.incrementAndGet();
        bytesCounter.increment(value.length);
        chunksCounter.increment();
        return producer.send(rec);
    }

    private void deadLetter(SourceObject o, DeadLetterReason reason, String contentType)
            throws InterruptedException, ExecutionException {
        ProducerRecord<String, byte[]> rec = new ProducerRecord<>(config.topicRaw(), o.key(), new byte[0]);
        commonHeaders(rec.headers(), o, contentType);
        PipelineHeaders.set(rec.headers(), PipelineHeaders.CHUNK_INDEX, "0");
        PipelineHeaders.set(rec.headers(), PipelineHeaders.CHUNK_LAST, "true");
        PipelineHeaders.set(rec.headers(), PipelineHeaders.CHUNK_COUNT, "1");
        PipelineHeaders.set(rec.headers(), PipelineHeaders.DLQ_REASON, reason.name());
        PipelineHeaders.set(rec.headers(), PipelineHeaders.DLQ_STAGE, "ingest");
        producer.send(rec).get();
        deadLettered.incrementAndGet();
        count("dead_letter");
        registry.counter("tc.dead.letters", "reason", reason.name()).increment();
    }

    private void commonHeaders(Headers h, SourceObject o, String contentType) {
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_BUCKET, config.source().bucket());
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_PREFIX, config.source().prefix());
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_KEY, o.key());
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_ETAG, o.etag());
        PipelineHeaders.set(h, PipelineHeaders.SOURCE_SIZE, Long.toString(o.size()));
        PipelineHeaders.set(h, PipelineHeaders.CONTENT_TYPE, contentType);
        PipelineHeaders.set(h, PipelineHeaders.RUN_ID, config.runId());
        PipelineHeaders.set(h, PipelineHeaders.DESTINATION, config.destination().toString());
    }

    /** True when the output (or its dead-letter report) exists and records the same source ETag. */
    boolean alreadyDone(SourceObject o) {
        return hasEtag(OutputNaming.outputKey(config.destination(), config.source().prefix(), o.key()), o.etag())
                || hasEtag(OutputNaming.deadLetterKey(config.destination(), config.source().prefix(), o.key()),
                o.etag());
    }

    private boolean hasEtag(String destKey, String etag) {
        try {
            HeadObjectResponse h = s3.headObject(b -> b.bucket(config.destination().bucket()).key(destKey));
            return etag.equals(h.metadata().get(OutputMetadata.SOURCE_ETAG));
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private void count(String outcome) {
        registry.counter("tc.ingest.objects", "outcome", outcome).increment();
    }

    public long listedObjects() {
        return listed.get();
    }

    public long listedBytes() {
        return listedBytes.get();
    }

    public long doneObjects() {
        return done.get();
    }

    public long doneBytes() {
        return doneBytes.get();
    }

    public long skippedObjects() {
        return skipped.get();
    }

    public long failedObjects() {
        return failed.get();
    }

    /** Objects handed to Kafka so far (produced or dead-lettered): each will get an output or a report. */
    public long sentObjects() {
        return produced.get() + deadLettered.get();
    }
}
