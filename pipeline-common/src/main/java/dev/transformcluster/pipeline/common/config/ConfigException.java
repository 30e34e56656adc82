package dev.transformcluster.pipeline.common.config;

/** A configuration problem the operator can fix; the message names the key and what to change. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
