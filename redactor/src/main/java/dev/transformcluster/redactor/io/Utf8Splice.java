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
            int startByte = bytePos + (ascii ? f.start() - charPos : utf8Length(text, charPos, f.start()));
            os.write(buf, bytePos, startByte - bytePos);
            scratch.setLength(0);
            redactor.appendReplacement(scratch, f, text);
            byte[] replacement = scratch.toString().getBytes(StandardCharsets.UTF_8);
            os.write(replacement);
            written += startByte - bytePos + replacement.length;
            counts[f.type().ordinal()]++;
            bytePos = startByte + (ascii ? f.length() : utf8Length(text, f.start(), f.end()));
            charPos = f.end();
        }
        os.write(buf, bytePos, off + len - bytePos);
        return written + off + len - bytePos;
    }

    /** The UTF-8 length of {@code s[from, to)}; each half of a surrogate pair counts 2 (4 for the pair). */
    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
