package dev.transformcluster.sink.storage;

/** A write that failed for good (not retryable, or retries exhausted). The message names no content. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
