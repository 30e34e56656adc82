package dev.transformcluster.sink.naming;

import dev.transformcluster.pipeline.common.config.S3Location;
import dev.transformcluster.pipeline.common.naming.OutputNaming;

/**
 * The default naming: destination prefix + the key relative to the source prefix; reports under
 * {@code _dead-letter/}. Shared with ingest (skip check) and reconcile through {@link OutputNaming}.
 */
public final class RelativeKeyNaming implements ObjectNaming {

    @Override
    public Target output(S3Location destination, String sourcePrefix, String sourceKey) {
        return new Target(destination.bucket(), OutputNaming.outputKey(destination, sourcePrefix, sourceKey));
    }

    @Override
    public Target deadLetter(S3Location destination, String sourcePrefix, String sourceKey) {
        return new Target(destination.bucket(), OutputNaming.deadLetterKey(destination, sourcePrefix, sourceKey));
    }
}
