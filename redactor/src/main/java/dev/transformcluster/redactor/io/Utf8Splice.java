package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.TextRedactor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the redaction of valid UTF-8 input without re-encoding it: the input bytes are already
 * what is written between findings, so they go straight from the input buffer to the output and
 * only the replacements are encoded. This saves three copies of the text (into a builder, out of
 * it, and through the encoder) compared with building the redacted string.
 */
public final class Utf8Splice {

    private Utf8Splice() {
    }

    /**
     * Decodes {@code buf[off, off+len)} as strict UTF-8, detects in it and writes the redacted bytes
     * to {@code os}, adding to {@code counts} (by type ordinal).
     *
     * @param scratch a builder this may clear and reuse
     * @return the number of bytes written, or -1 (nothing written) when the bytes are not valid UTF-8
     */
    public static long write(TextRedactor redactor, byte[] buf, int off, int len, OutputStream os,
                             long[] counts, StringBuilder scratch) throws IOException {
        return write(redactor, buf, off, len, os, counts, scratch, null);
    }

    /** As above, decoding through {@code chars} when it is large enough ({@link Utf8Text}). */
    public static long write(TextRedactor redactor, byte[] buf, int off, int len, OutputStream os,
                             long[] counts, StringBuilder scratch, char[] chars) throws IOException {
        Utf8Text text = Utf8Text.decodeOrNull(buf, off, len, chars);
        return text == null ? -1 : write(redactor, text, buf, off, len, os, counts, scratch);
    }

    /** As above, for {@code text}, the decoding of {@code buf[off, off+len)} the caller already has. */
    public static long write(TextRedactor redactor, Utf8Text text, byte[] buf, int off, int len, OutputStream os,
                             long[] counts, StringBuilder scratch) throws IOException {
        char[] decoded = text.chars();
        boolean ascii = text.isAscii();
        List<Finding> findings = redactor.engine().detect(decoded, text.length());
        CharSequence value = null; // the text for operators that read the value, wrapped once
        long written = 0;
        int charPos = 0;
        int bytePos = off;
        for (Finding f : findings) {
            if (f.start() < charPos) {
                continue; // the engine promises no overlaps; never write input twice if one slips through
            }
            int startByte = off + (ascii ? f.start() : text.byteOffset(f.start()));
            os.write(buf, bytePos, startByte - bytePos);
            byte[] replacement = redactor.constantReplacementUtf8(f.type());
            if (replacement == null) {
                scratch.setLength(0);
                if (value == null) {
                    value = CharBuffer.wrap(decoded, 0, text.length());
                }
                redactor.appendReplacement(scratch, f, value);
                replacement = scratch.toString().getBytes(StandardCharsets.UTF_8);
            }
            os.write(replacement);
            written += startByte - bytePos + replacement.length;
            counts[f.type().ordinal()]++;
            bytePos = off + (ascii ? f.end() : text.byteOffset(f.end()));
            charPos = f.end();
        }
        os.write(buf, bytePos, off + len - bytePos);
        return written + off + len - bytePos;
    }
}
