package dev.transformcluster.redactor.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark at the start of a text: its length and the charset it announces. */
public enum Bom {
    UTF_8(3, StandardCharsets.UTF_8),
    UTF_16BE(2, StandardCharsets.UTF_16BE),
    UTF_16LE(2, StandardCharsets.UTF_16LE);

    private final int length;
    private final Charset charset;

    Bom(int length, Charset charset) {
        this.length = length;
        this.charset = charset;
    }

    public int length() {
        return length;
    }

    public Charset charset() {
        return charset;
    }

    public boolean isUtf16() {
        return this != UTF_8;
    }

    /** The mark {@code buf[off, off+len)} starts with, or {@code null}. */
    public static Bom of(byte[] buf, int off, int len) {
        if (len >= 3 && (buf[off] & 0xFF) == 0xEF && (buf[off + 1] & 0xFF) == 0xBB && (buf[off + 2] & 0xFF) == 0xBF) {
            return UTF_8;
        }
        if (len >= 2 && (buf[off] & 0xFF) == 0xFE && (buf[off + 1] & 0xFF) == 0xFF) {
            return UTF_16BE;
        }
        if (len >= 2 && (buf[off] & 0xFF) == 0xFF && (buf[off + 1] & 0xFF) == 0xFE) {
            return UTF_16LE;
        }
        return null;
    }
}
