package dev.transformcluster.redactor.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text: a byte-order mark decides when present (and is dropped); otherwise
 * strict UTF-8, and when the bytes are not valid UTF-8, {@value #FALLBACK_NAME} (a superset of
 * ISO-8859-1's printable range, what mislabelled "Latin-1" text nearly always is) instead of failing.
 */
public final class TextDecoder {

    static final String FALLBACK_NAME = "windows-1252";
    /** The single-byte charset used for input that is not valid UTF-8. */
    public static final Charset FALLBACK = Charset.forName(FALLBACK_NAME);

    /** Decoded text and the charset it was read as. */
    public record Decoded(String text, Charset charset) {
        public boolean fellBack() {
            return charset.equals(FALLBACK);
        }
    }

    private TextDecoder() {
    }

    /** Decodes all of {@code bytes}. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code bytes[off, off+len)}. */
    public static Decoded decode(byte[] bytes, int off, int len) {
        Bom bom = Bom.of(bytes, off, len);
        if (bom != null) {
            off += bom.length();
            len -= bom.length();
            if (bom.isUtf16()) {
                return new Decoded(new String(bytes, off, len, bom.charset()), bom.charset());
            }
        }
        String utf8 = decodeUtf8OrNull(bytes, off, len);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(new String(bytes, off, len, FALLBACK), FALLBACK);
    }

    /**
     * Strict UTF-8, or {@code null} when the bytes are not valid UTF-8. The JDK's lenient decoder
     * is fastest (it has an ASCII fast path); only when its result contains U+FFFD, which valid
     * input may contain too, is the strict decoder asked to tell the two cases apart.
     */
    public static String decodeUtf8OrNull(byte[] bytes, int off, int len) {
        String s = new String(bytes, off, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes with a declared charset (e.g. a MIME part's), falling back to {@link #decode} rules
     * when the charset is unknown or is UTF-8/US-ASCII (so invalid bytes still fall back).
     */
    public static Decoded decode(byte[] bytes, String declaredCharset) {
        Charset cs = declared(declaredCharset);
        return cs != null ? new Decoded(new String(bytes, cs), cs) : decode(bytes);
    }

    /**
     * The charset {@link #decode(byte[], String)} reads with for {@code declaredCharset}, or
     * {@code null} when it applies the {@link #decode(byte[])} rules instead (none declared, an
     * unknown one, or UTF-8/US-ASCII).
     */
    public static Charset declared(String declaredCharset) {
        if (declaredCharset == null) {
            return null;
        }
        String name = declaredCharset.trim();
        if (name.isEmpty() || name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("utf8")
                || name.equalsIgnoreCase("us-ascii") || name.equalsIgnoreCase("ascii")) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknownCharset) {
            return null; // sniffed instead
        }
    }
}
