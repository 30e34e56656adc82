package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.Engine;
import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.TextRedactor;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Run in a small-heap JVM by {@link StreamingRedactorTest}: streams a generated text of the
 * requested size (never held in memory) through a {@link StreamingRedactor} into a sink that
 * scans for surviving addresses, and prints "bytesIn emailsReplaced clean|dirty".
 */
public final class BoundedMemoryMain {

    private static final byte[] LINE = "Ticket 1234 from alice.smith@example.com about order 99, server 10.0.0.1 ok\n"
            .getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        InputStream in = new InputStream() {
            long pos;

            @Override
            public int read() {
                return pos < size ? LINE[(int) (pos++ % LINE.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - pos);
                for (int i = 0; i < n; i++) {
                    b[off + i] = LINE[(int) ((pos + i) % LINE.length)];
                }
                pos += n;
                return n;
            }
        };
        boolean[] dirty = {false};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '@') {
                    dirty[0] = true;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '@') {
                        dirty[0] = true;
                    }
                }
            }
        };
        // A plain substring search stands in for the engine: this test is about memory, not detection.
        String address = "alice.smith@example.com";
        Recognizer emails = new Recognizer() {
            @Override
            public Set<EntityType> types() {
                return Set.of(EntityType.EMAIL_ADDRESS);
            }

            @Override
            public void scan(String text, List<Finding> out) {
                for (int i = text.indexOf(address); i >= 0; i = text.indexOf(address, i + address.length())) {
                    out.add(new Finding(EntityType.EMAIL_ADDRESS, i, i + address.length(), 1.0));
                }
            }
        };
        TextRedactor text = new TextRedactor(new Engine(List.of(emails)), Policy.defaults());
        StreamingRedactor.Summary s = new StreamingRedactor(text).redactWithSummary(in, sink);
        System.out.println(s.bytesIn() + " " + s.counts().getOrDefault(EntityType.EMAIL_ADDRESS, 0L) + " " + (dirty[0] ? "dirty" : "clean"));
    }
}
