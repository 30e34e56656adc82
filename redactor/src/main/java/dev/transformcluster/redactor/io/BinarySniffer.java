package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.RejectedInputException;

/**
 * Decides whether bytes are text the engine may redact or binary content it must refuse:
 * known file signatures (PDF, ZIP/Office, PNG, GIF, JPEG, gzip, ...), NUL bytes, or a high share
 * of control characters in the first {@value #SAMPLE} bytes. Messages name the reason and an
 * offset, never content. UTF-16 text with a byte-order mark is text (its NULs are expected).
 */
public final class BinarySniffer {

    /** How many leading bytes are examined. */
    public static final int SAMPLE = 8192;
    /** More control characters than this share of the sample means binary. */
    static final double MAX_CONTROL_RATIO = 0.10;

    private record Magic(String name, byte[] bytes) { }

    private static final Magic[] MAGICS = {
            magic("PDF document", '%', 'P', 'D', 'F', '-'),
            magic("ZIP archive", 'P', 'K', 3, 4),
            magic("ZIP archive", 'P', 'K', 5, 6),
            magic("PNG image", 0x89, 'P', 'N', 'G'),
            magic("GIF image", 'G', 'I', 'F', '8'),
            magic("JPEG image", 0xFF, 0xD8, 0xFF),
            magic("gzip data", 0x1F, 0x8B),
            magic("zstd data", 0x28, 0xB5, 0x2F, 0xFD),
            magic("xz data", 0xFD, '7', 'z', 'X', 'Z', 0),
            magic("7-zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            magic("RAR archive", 'R', 'a', 'r', '!', 0x1A, 0x07),
            magic("OLE document (legacy Office)", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            magic("ELF executable", 0x7F, 'E', 'L', 'F'),
            magic("Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
            magic("WebP/RIFF media", 'R', 'I', 'F', 'F'),
            magic("TIFF image", 'I', 'I', 0x2A, 0),
            magic("TIFF image", 'M', 'M', 0, 0x2A),
    };

    private BinarySniffer() {
    }

    private static Magic magic(String name, int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new Magic(name, b);
    }

    /** As {@link #check(byte[], int, int)} over the whole array. */
    public static void check(byte[] content) throws RejectedInputException {
        check(content, 0, content.length);
    }

    /**
     * Refuses binary content among {@code buf[off, off+len)}; only the first {@value #SAMPLE} bytes are examined.
     *
     * @throws RejectedInputException with reason {@code BINARY} and a message naming why
     */
    public static void check(byte[] buf, int off, int len) throws RejectedInputException {
        Bom bom = Bom.of(buf, off, len);
        if (bom != null && bom.isUtf16()) {
            return;
        }
        for (Magic m : MAGICS) {
            if (startsWith(buf, off, len, m.bytes())) {
                throw new RejectedInputException(RejectedInputException.Reason.BINARY, "binary content (" + m.name() + " signature)");
            }
        }
        int n = Math.min(len, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = buf[off + i] & 0xFF;
            if (b == 0) {
                throw new RejectedInputException(RejectedInputException.Reason.BINARY, "binary content (NUL byte at offset " + i + ")");
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) || b == 0x7F) {
                control++;
            }
        }
        if (n > 0 && control > n * MAX_CONTROL_RATIO) {
            throw new RejectedInputException(RejectedInputException.Reason.BINARY,
                    "binary content (" + control + " control bytes in the first " + n + ")");
        }
    }

    private static boolean startsWith(byte[] buf, int off, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
