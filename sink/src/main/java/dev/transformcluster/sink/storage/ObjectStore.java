package dev.transformcluster.sink.storage;

import dev.transformcluster.sink.format.Spool;
import java.util.Map;

/**
 * How outputs are stored. A put of the same key with the same bytes is idempotent, which is what
 * makes re-delivery after a crash harmless. Implementations retry transient failures and throw
 * {@link StorageException} only when they give up.
 */
public interface ObjectStore {

    void put(String bucket, String key, Spool content, String contentType, Map<String, String> metadata);
}
