package dev.transformcluster.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a text stream into chunks of at most {@code chunkSize} bytes without cutting a line, so
 * no personal value is split between two chunks. A line longer than a chunk is cut after its
 * last space or tab that fits; a run with no whitespace at all is cut at the size limit, on a
 * UTF-8 character boundary. Chunking is a pure function of the bytes, so re-runs produce the
 * same chunks and therefore byte-identical outputs. Holds at most one chunk plus one read
 * buffer in memory.
 */
public final class LineChunker {

    private final InputStream in;
    private final int chunkSize;
    private byte[] buf;
    private int len;
    private boolean eof;

    public LineChunker(InputStream in, int chunkSize) {
        if (chunkSize < 4) {
            throw new IllegalArgumentException("chunk size must be >= 4 bytes");
        }
        this.in = in;
        this.chunkSize = chunkSize;
        this.buf = new byte[chunkSize];
    }

    /** The next chunk, or null at end of stream. Never returns an empty chunk. */
    public byte[] next() throws IOException {
        fill();
        if (len == 0) {
            return null;
        }
        int cut = eof && len <= chunkSize ? len : cutPoint();
        byte[] chunk = Arrays.copyOf(buf, cut);
        System.arraycopy(buf, cut, buf, 0, len - cut);
        len -= cut;
        return chunk;
    }

    private void fill() throws IOException {
        while (!eof && len < chunkSize) {
            int n = in.read(buf, len, chunkSize - len);
            if (n < 0) {
                eof = true;
            } else {
                len += n;
            }
        }
    }

    /** Where to cut a full buffer: after the last newline, else after the last blank, else at a char boundary. */
    private int cutPoint() {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = len - 1; i > 0; i--) {
            if (buf[i] == ' ' || buf[i] == '\t') {
                return i + 1;
            }
        }
        // never split a UTF-8 sequence: if the last character is incomplete, cut before its lead byte
        int i = len - 1;
        while (i > 0 && (buf[i] & 0xC0) == 0x80 && len - i < 4) {
            i--;
        }
        int lead = buf[i] & 0xFF;
        int expected = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return i > 0 && i + expected > len ? i : len;
    }
}
