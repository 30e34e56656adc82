package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.RejectedInputException;
import dev.transformcluster.redactor.TextRedactor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.Objects;

/**
 * Redacts plain text of any length in bounded memory: reads blocks of {@code blockSize} bytes,
 * cuts each at its last newline (or, when a block has none, its last space or tab; failing that,
 * at a UTF-8 character boundary) so that no value is split between pieces, carries the rest over
 * to the next block, and writes each redacted piece as UTF-8. The first block is checked for
 * binary content. Memory is about ten times the block size whatever the input's length.
 *
 * <p>Each piece is decoded as strict UTF-8, or as windows-1252 when it is not valid UTF-8 (a UTF-8
 * byte-order mark is dropped; UTF-16 with a byte-order mark is read as characters).
 * A value that spans a line break is seen whole only if the line break is not the cut point,
 * which on line-oriented text (logs, CSV, mail bodies) is what detection does anyway.
 *
 * <p>With an {@link Executor}, pieces are redacted concurrently and written in input order; at
 * most {@code maxInFlight} pieces are held at once, each in a reused slot, so memory stays bounded
 * (about {@code maxInFlight} times two blocks more for input and output, and two more for each
 * piece being redacted: its characters). The output is byte-identical to the sequential one.
 *
 * <p>Not thread-safe (it reuses its buffers): use one per thread or per stream.
 */
public final class StreamingRedactor {

    /** 1 MiB. */
    public static final int DEFAULT_BLOCK_SIZE = 1 << 20;
    /** Characters a decoding buffer has beyond the piece it is made for. */
    private static final int BUFFER_SLACK = 4096;

    /** Bytes read and written, and the values replaced by type. */
    public record Summary(long bytesIn, long bytesOut, Map<EntityType, Long> counts) { }

    private final TextRedactor redactor;
    private final int blockSize;
    private final byte[] buf;
    private final StringBuilder out;
    private final Executor executor;
    private final int maxInFlight;
    /**
     * Slots written out and free for the next piece (touched only by the calling thread): reusing
     * them keeps the megabytes each piece needs from being allocated, zeroed and paged in anew.
     */
    private final ArrayDeque<Slot> freeSlots = new ArrayDeque<>();
    /**
     * Decoding buffers of the executor's tasks, taken by a task and given back when it is done: one
     * per piece being redacted at a time (about one per thread), each allocated by the task that
     * first needs it (allocated with the slots, they were megabytes zeroed on the reading thread
     * while the first pieces waited to be handed out). A piece is decoded into the buffer and
     * detected in place ({@link Utf8Text}, {@code Engine.detect(char[], int)}) instead of in an
     * array of its exact size, which cost an allocation, its zeroing and a copy per piece.
     */
    private final ConcurrentLinkedQueue<char[]> decodeBuffers = new ConcurrentLinkedQueue<>();

    /**
     * One piece in flight on the executor: its input bytes, its redacted output and counts, and the
     * buffers redacting it needs. Owned by one task at a time, then reused.
     */
    private static final class Slot {
        /** Room for a typical piece (a block cut at its last line end); a longer one (up to two blocks) grows it. */
        byte[] in;
        int length;
        final PieceBuffer bytes;
        final long[] counts = new long[EntityType.values().length];
        final StringBuilder text = new StringBuilder(64);

        Slot(int blockSize) {
            in = new byte[blockSize + blockSize / 8];
            bytes = new PieceBuffer(blockSize + blockSize / 8);
        }

        void load(byte[] src, int from, int to) {
            length = to - from;
            if (length > in.length) {
                in = new byte[length];
            }
            System.arraycopy(src, from, in, 0, length);
        }

        void clear() {
            bytes.reset();
            Arrays.fill(counts, 0);
        }
    }

    /**
     * A piece's output buffer: a {@link ByteArrayOutputStream} without the lock on every write
     * (each buffer has a single writer, and a redacted piece is two writes per finding).
     */
    private static final class PieceBuffer extends ByteArrayOutputStream {
        PieceBuffer(int size) {
            super(size);
        }

        @Override
        public void write(int b) {
            ensure(1);
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            ensure(len);
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        private void ensure(int more) {
            if (more > buf.length - count) {
                buf = Arrays.copyOf(buf, Math.max(2 * buf.length, Math.addExact(count, more)));
            }
        }
    }

    public StreamingRedactor(TextRedactor redactor) {
        this(redactor, DEFAULT_BLOCK_SIZE);
    }

    public StreamingRedactor(TextRedactor redactor, int blockSize) {
        this(redactor, blockSize, null, 0);
    }

    /**
     * Redacts pieces on {@code executor}, at most {@code maxInFlight} at a time (which should be
     * about twice the executor's threads, so that reading overlaps redaction).
     */
    public StreamingRedactor(TextRedactor redactor, int blockSize, Executor executor, int maxInFlight) {
        if (executor != null && maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.executor = executor;
        this.maxInFlight = maxInFlight;
        if (blockSize < 16) {
            throw new IllegalArgumentException("block size must be at least 16 bytes");
        }
        this.redactor = redactor;
        this.blockSize = blockSize;
        // Room for a full block after the carried-over remainder, which is always < blockSize.
        this.buf = new byte[2 * blockSize];
        this.out = new StringBuilder(blockSize + blockSize / 4);
    }

    /**
     * Redacts {@code in} to {@code out} (UTF-8). Neither stream is closed; {@code out} is flushed.
     *
     * @return the number of bytes read
     * @throws RejectedInputException with {@code BINARY} when the first block is binary
     */
    public long redact(InputStream in, OutputStream out) throws IOException, RejectedInputException {
        return redactWithSummary(in, out).bytesIn();
    }

    /** As {@link #redact(InputStream, OutputStream)}, also reporting bytes written and counts. */
    public Summary redactWithSummary(InputStream in, OutputStream os) throws IOException, RejectedInputException {
        long[] counts = new long[EntityType.values().length];
        long bytesIn = 0;
        long bytesOut = 0;
        int carry = 0; // bytes [0, carry) of buf are the unprocessed remainder
        boolean first = true;
        boolean eof = false;
        ArrayDeque<CompletableFuture<Slot>> inFlight = new ArrayDeque<>();
        while (!eof) {
            int filled = carry;
            int target = carry + blockSize;
            while (filled < target) {
                int n = in.read(buf, filled, target - filled);
                if (n < 0) {
                    eof = true;
                    break;
                }
                filled += n;
                bytesIn += n;
            }
            int start = 0;
            if (first) {
                first = false;
                Bom bom = Bom.of(buf, 0, filled);
                if (bom == Bom.UTF_8) {
                    start = 3;
                } else if (bom != null) {
                    Bom utf16 = bom;
                    InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, 2, filled - 2), in);
                    Summary s = redactUtf16(new InputStreamReader(rest, utf16.charset()), os, counts);
                    return new Summary(bytesIn + s.bytesIn() - (filled - 2), s.bytesOut(), s.counts());
                }
                BinarySniffer.check(buf, start, filled - start);
            }
            int cut = eof ? filled : cutPoint(buf, start, filled);
            if (cut > start) {
                if (executor == null) {
                    char[] chars = decodeBuffer(cut - start);
                    bytesOut += redactPiece(buf, start, cut - start, os, counts, out, chars);
                    decodeBuffers.offer(chars);
                } else {
                    Slot slot = freeSlots.isEmpty() ? new Slot(blockSize) : freeSlots.pop();
                    slot.load(buf, start, cut);
                    inFlight.add(CompletableFuture.supplyAsync(() -> redactPiece(slot), executor));
                    while (inFlight.size() >= maxInFlight) {
                        bytesOut += writeNext(inFlight, os, counts);
                    }
                }
            }
            carry = filled - cut;
            System.arraycopy(buf, cut, buf, 0, carry);
        }
        while (!inFlight.isEmpty()) {
            bytesOut += writeNext(inFlight, os, counts);
        }
        os.flush();
        return new Summary(bytesIn, bytesOut, TextRedactor.toMap(counts));
    }

    /**
     * UTF-16 text (announced by its byte-order mark) is streamed as characters: blocks of
     * {@code blockSize} characters, cut at the last line end (else white space, else between
     * surrogate pairs), redacted and written as UTF-8. {@code bytesIn} counts the characters' bytes.
     */
    private Summary redactUtf16(Reader reader, OutputStream os, long[] counts) throws IOException {
        char[] chars = new char[2 * blockSize];
        long charsIn = 0;
        long bytesOut = 0;
        int carry = 0;
        boolean eof = false;
        while (!eof) {
            int filled = carry;
            while (filled < carry + blockSize) {
                int n = reader.read(chars, filled, carry + blockSize - filled);
                if (n < 0) {
                    eof = true;
                    break;
                }
                filled += n;
                charsIn += n;
            }
            int cut = eof ? filled : charCutPoint(chars, filled);
            String text = new String(chars, 0, cut);
            out.setLength(0);
            redactor.redactInto(text, 0, text.length(), out, counts, null);
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            os.write(bytes);
            bytesOut += bytes.length;
            carry = filled - cut;
            System.arraycopy(chars, cut, chars, 0, carry);
        }
        os.flush();
        return new Summary(2 * charsIn, bytesOut, TextRedactor.toMap(counts));
    }

    private int charCutPoint(char[] chars, int end) {
        int lo = Math.max(0, end - blockSize + 1);
        for (int i = end - 1; i >= lo; i--) {
            if (chars[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = end - 1; i >= lo; i--) {
            if (chars[i] == ' ' || chars[i] == '\t') {
                return i + 1;
            }
        }
        return end > 0 && Character.isHighSurrogate(chars[end - 1]) ? end - 1 : end;
    }

    /**
     * Where to end this piece: after the last newline, else after the last space or tab, else at a
     * character boundary. Only cut points that leave less than {@code blockSize} bytes over are
     * considered, so the carried remainder always fits in front of the next block.
     */
    int cutPoint(byte[] buf, int start, int end) {
        int lo = Math.max(start, end - blockSize + 1);
        for (int i = end - 1; i >= lo; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = end - 1; i >= lo; i--) {
            if (buf[i] == ' ' || buf[i] == '\t') {
                return i + 1;
            }
        }
        int i = end;
        // Do not split a UTF-8 sequence: back up over continuation bytes (at most 3) to a lead byte.
        while (i > start && end - i < 3 && (buf[i - 1] & 0xC0) == 0x80) {
            i--;
        }
        if (i > start && (buf[i - 1] & 0xC0) == 0xC0) {
            return i - 1; // the lead byte of the sequence starts the next piece
        }
        return end;
    }

    /** Redacts one piece on an executor thread, into its slot. */
    private Slot redactPiece(Slot slot) {
        char[] chars = decodeBuffer(slot.length);
        try {
            redactPiece(slot.in, 0, slot.length, slot.bytes, slot.counts, slot.text, chars);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        } finally {
            decodeBuffers.offer(chars);
        }
        return slot;
    }

    /** A decoding buffer for a piece of {@code length} bytes: a free one that holds it, or a new one. */
    private char[] decodeBuffer(int length) {
        char[] chars = decodeBuffers.poll();
        if (chars == null || chars.length < length) {
            // pieces are about a block long, give or take a line: a little room over this one's
            // length fits most of the next ones, and keeps short the NULs written after each
            chars = new char[length + BUFFER_SLACK];
        }
        return chars;
    }

    /** Waits for the oldest piece in flight, writes it and frees its slot; returns the bytes written. */
    private long writeNext(ArrayDeque<CompletableFuture<Slot>> inFlight, OutputStream os, long[] counts)
            throws IOException {
        Slot slot;
        try {
            slot = inFlight.removeFirst().join();
        } catch (CompletionException e) {
            inFlight.forEach(f -> f.cancel(false));
            inFlight.clear();
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        slot.bytes.writeTo(os);
        for (int i = 0; i < counts.length; i++) {
            counts[i] += slot.counts[i];
        }
        long written = slot.bytes.size();
        slot.clear();
        freeSlots.push(slot);
        return written;
    }

    private long redactPiece(byte[] buf, int off, int len, OutputStream os, long[] counts, StringBuilder out,
                             char[] chars) throws IOException {
        long written = Utf8Splice.write(redactor, buf, off, len, os, counts, out, chars);
        if (written >= 0) {
            return written;
        }
        String text = new String(buf, off, len, TextDecoder.FALLBACK);
        out.setLength(0);
        redactor.redactInto(text, 0, text.length(), out, counts, null);
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        os.write(bytes);
        return bytes.length;
    }

    /** The charset pieces are written in. */
    public static Charset outputCharset() {
        return StandardCharsets.UTF_8;
    }
}
