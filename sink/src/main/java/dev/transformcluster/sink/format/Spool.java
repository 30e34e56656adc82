package dev.transformcluster.sink.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of an object being reassembled: kept in memory up to a limit, then spilled to a
 * temporary file, so a 1 GB object costs disk, not heap.
 */
public final class Spool implements AutoCloseable {

    private final int memoryLimit;
    private final Path tempDir;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long size;

    public Spool(int memoryLimit, Path tempDir) {
        this.memoryLimit = memoryLimit;
        this.tempDir = tempDir;
    }

    public void append(byte[] bytes) {
        try {
            if (file == null && memory.size() + (long) bytes.length > memoryLimit) {
                if (tempDir != null) {
                    // The configured folder may not exist yet (a fresh Nomad allocation, a cleaned /tmp).
                    Files.createDirectories(tempDir);
                }
                file = tempDir == null ? Files.createTempFile("tc-sink-", ".part")
                        : Files.createTempFile(tempDir, "tc-sink-", ".part");
                fileOut = Files.newOutputStream(file);
                memory.writeTo(fileOut);
                memory = null;
            }
            if (file != null) {
                fileOut.write(bytes);
            } else {
                memory.write(bytes);
            }
            size += bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool object bytes to " + tempDir, e);
        }
    }

    public long size() {
        return size;
    }

    public boolean inMemory() {
        return file == null;
    }

    /** The whole content, for objects small enough to sit in memory. */
    public byte[] bytes() {
        if (file != null) {
            throw new IllegalStateException("spooled to disk; use openStream()");
        }
        return memory.toByteArray();
    }

    public InputStream openStream() throws IOException {
        if (file == null) {
            return new ByteArrayInputStream(memory.toByteArray());
        }
        fileOut.flush();
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        try {
            if (fileOut != null) {
                fileOut.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
