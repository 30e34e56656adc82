package dev.transformcluster.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.pipeline.common.config.S3Location;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    final FakeS3 s3 = new FakeS3();
    final S3Location source = S3Location.parse("s3://in-bucket/docs/");
    final S3Location dest = S3Location.parse("s3://out-bucket/red/");

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldFindMissingStaleAndOrphanedOutputs() {
        List<SourceObject> sources = List.of(
                new SourceObject("docs/done.txt", 1, "e1"),
                new SourceObject("docs/changed.txt", 1, "e2-new"),
                new SourceObject("docs/never.txt", 1, "e3"),
                new SourceObject("docs/refused.bin", 1, "e4"));
        s3.put("out-bucket", "red/done.txt", b("x"), null, Map.of("source-etag", "e1"));
        s3.put("out-bucket", "red/changed.txt", b("x"), null, Map.of("source-etag", "e2-old"));
        s3.put("out-bucket", "red/_dead-letter/refused.bin.json", b("{}"), null, Map.of("source-etag", "e4"));
        s3.put("out-bucket", "red/gone.txt", b("x"), null, Map.of("source-etag", "e9"));

        Reconciler.Report r = new Reconciler(s3.client()).reconcile(sources, source, dest);

        assertThat(r.missing()).extracting(SourceObject::key).containsExactly("docs/never.txt");
        assertThat(r.stale()).extracting(SourceObject::key).containsExactly("docs/changed.txt");
        assertThat(r.orphaned()).containsExactly("red/gone.txt");
        assertThat(r.toFix()).extracting(SourceObject::key).containsExactly("docs/never.txt", "docs/changed.txt");
        assertThat(r.clean()).isFalse();
    }

    @Test
    void shouldBeCleanWhenEverySourceHasItsOutput() {
        s3.put("out-bucket", "red/a.txt", b("x"), null, Map.of("source-etag", "e1"));
        Reconciler.Report r = new Reconciler(s3.client())
                .reconcile(List.of(new SourceObject("docs/a.txt", 1, "e1")), source, dest);
        assertThat(r.clean()).isTrue();
    }
}
