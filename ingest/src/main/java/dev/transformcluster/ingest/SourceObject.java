package dev.transformcluster.ingest;

/** A listed source object: key, size in bytes and ETag (without quotes). */
public record SourceObject(String key, long size, String etag) { }
