package dev.transformcluster.sink.naming;

import dev.transformcluster.pipeline.common.config.S3Location;

/** Where an object's output and dead-letter report go. Deterministic by contract. */
public interface ObjectNaming {

    /** The bucket and key of the redacted output. */
    Target output(S3Location destination, String sourcePrefix, String sourceKey);

    /** The bucket and key of the dead-letter report. */
    Target deadLetter(S3Location destination, String sourcePrefix, String sourceKey);

    record Target(String bucket, String key) { }
}
