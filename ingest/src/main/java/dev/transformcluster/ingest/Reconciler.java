package dev.transformcluster.ingest;

import dev.transformcluster.pipeline.common.OutputMetadata;
import dev.transformcluster.pipeline.common.S3Clients;
import dev.transformcluster.pipeline.common.config.S3Location;
import dev.transformcluster.pipeline.common.naming.OutputNaming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Compares a source prefix with its destination: sources with no output and no dead-letter
 * report (missing), outputs recording another source ETag (stale), and outputs whose source is
 * gone (orphaned). Fixing missing and stale objects is a forced ingest of exactly those.
 */
public final class Reconciler {

    /** What reconcile found; orphaned entries are destination keys, the others source objects. */
    public record Report(List<SourceObject> missing, List<SourceObject> stale, List<String> orphaned, long checked) {
        public boolean clean() {
            return missing.isEmpty() && stale.isEmpty() && orphaned.isEmpty();
        }

        public List<SourceObject> toFix() {
            List<SourceObject> all = new ArrayList<>(missing);
            all.addAll(stale);
            return all;
        }
    }

    private final S3Client s3;

    public Reconciler(S3Client s3) {
        this.s3 = s3;
    }

    public Report reconcile(List<SourceObject> sources, S3Location sourceLocation, S3Location destination) {
        Set<String> destKeys = new HashSet<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(destination.bucket()).prefix(destination.prefix()))
                .contents()) {
            destKeys.add(o.key());
        }
        List<SourceObject> missing = new ArrayList<>();
        List<SourceObject> stale = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        for (SourceObject src : sources) {
            String out = OutputNaming.outputKey(destination, sourceLocation.prefix(), src.key());
            String dl = OutputNaming.deadLetterKey(destination, sourceLocation.prefix(), src.key());
            expected.add(out);
            expected.add(dl);
            boolean hasOut = destKeys.contains(out);
            boolean hasDl = destKeys.contains(dl);
            if (!hasOut && !hasDl) {
                missing.add(src);
            } else if (!(hasOut && src.etag().equals(sourceEtag(destination.bucket(), out))
                    || hasDl && src.etag().equals(sourceEtag(destination.bucket(), dl)))) {
                stale.add(src);
            }
        }
        List<String> orphaned = new ArrayList<>();
        for (String k : destKeys) {
            if (!expected.contains(k) && !k.endsWith("/")) {
                orphaned.add(k);
            }
        }
        orphaned.sort(String::compareTo);
        return new Report(missing, stale, orphaned, sources.size());
    }

    private String sourceEtag(String bucket, String key) {
        try {
            HeadObjectResponse h = s3.headObject(b -> b.bucket(bucket).key(key));
            Map<String, String> meta = h.metadata();
            return S3Clients.normalizeEtag(meta.get(OutputMetadata.SOURCE_ETAG));
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }
}
