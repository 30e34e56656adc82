package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.TextRedactor;

import java.io.IOException;
import java.io.OutputStream;
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
     * Detects in {@code text}, the decoding of {@code buf[off, off+len)}, and writes the redacted
     * bytes to {@code os}, adding to {@code counts} (by type ordinal).
     *
     * @param scratch a builder this may clear and reuse
     * @return the number of bytes written
     */
    public static long write(TextRedactor redactor, String text, byte[] buf, int off, int len, OutputStream os,
                             long[] counts, StringBuilder scratch) throws IOException {
        boolean ascii = text.length() == len;
        List<Finding> findings = redactor.engine().detect(text);
        long written = 0;
        int charPos = 0;
        int bytePos = off;
        for (Finding f : findings) {
            if (f.start() < charPos) {
                continue; // the engine promises no overlaps; never write input twice if one slips through
            }
            int startByte = ascii ? bytePos + f.start() - charPos : advance(buf, bytePos, f.start() - charPos);
            os.write(buf, bytePos, startByte - bytePos);
            byte[] replacement = redactor.constantReplacementUtf8(f.type());
            if (replacement == null) {
                scratch.setLength(0);
                redactor.appendReplacement(scratch, f, text);
                replacement = scratch.toString().getBytes(StandardCharsets.UTF_8);
            }
            os.write(replacement);
            written += startByte - bytePos + replacement.length;
            counts[f.type().ordinal()]++;
            bytePos = ascii ? startByte + f.length() : advance(buf, startByte, f.length());
            charPos = f.end();
        }
        os.write(buf, bytePos, off + len - bytePos);
        return written + off + len - bytePos;
    }

    /**
     * The byte position {@code chars} characters after {@code p} in valid UTF-8: one character per
     * sequence, two (a surrogate pair) per four-byte sequence. A count that ends inside a pair
     * (which no finding does) stops after 2 bytes, the length of a lone surrogate's encoding.
     */
    static int advance(byte[] b, int p, int chars) {
        while (chars > 0) {
            int x = b[p];
            if (x >= 0) {
                p++;
                chars--;
            } else if ((x & 0xE0) == 0xC0) {
                p += 2;
                chars--;
            } else if ((x & 0xF0) == 0xE0) {
                p += 3;
                chars--;
            } else if (chars >= 2) {
                p += 4;
                chars -= 2;
            } else {
                p += 2;
                chars--;
            }
        }
        return p;
    }
}
