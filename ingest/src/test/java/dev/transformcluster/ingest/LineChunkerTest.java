package dev.transformcluster.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineChunkerTest {

    static List<byte[]> chunks(byte[] input, int size, int readSize) throws IOException {
        // a stream that returns at most readSize bytes per read, like a network stream
        InputStream in = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, readSize));
            }
        };
        LineChunker c = new LineChunker(in, size);
        List<byte[]> out = new ArrayList<>();
        for (byte[] chunk = c.next(); chunk != null; chunk = c.next()) {
            out.add(chunk);
        }
        return out;
    }

    static byte[] concat(List<byte[]> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void shouldNeverCutALineThatFitsInAChunk() throws IOException {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            sb.append("line ").append(i).append(" mail jane.doe").append(i).append("@example.com ")
                    .append("x".repeat(r.nextInt(60))).append('\n');
        }
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = chunks(input, 1024, 333);
        assertThat(chunks).hasSizeGreaterThan(50);
        for (byte[] c : chunks) {
            assertThat(c.length).isLessThanOrEqualTo(1024);
            assertThat(c[c.length - 1]).isEqualTo((byte) '\n');
        }
        assertThat(concat(chunks)).isEqualTo(input);
    }

    @Test
    void shouldCutALineLongerThanAChunkAfterWhitespace() throws IOException {
        byte[] input = ("word ".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = chunks(input, 64, 7);
        for (byte[] c : chunks.subList(0, chunks.size() - 1)) {
            assertThat(c[c.length - 1]).isEqualTo((byte) ' ');
            assertThat(new String(c, StandardCharsets.UTF_8)).doesNotContain("\n");
        }
        assertThat(concat(chunks)).isEqualTo(input);
    }

    @Test
    void shouldNotSplitAMultiByteCharacterWhenThereIsNoWhitespace() throws IOException {
        byte[] input = "é".repeat(100).getBytes(StandardCharsets.UTF_8); // 200 bytes, 2 per char
        List<byte[]> chunks = chunks(input, 33, 1000);
        for (byte[] c : chunks) {
            assertThat(c.length % 2).isZero();
            assertThat(new String(c, StandardCharsets.UTF_8)).matches("é+");
        }
        assertThat(concat(chunks)).isEqualTo(input);
    }

    @Test
    void shouldReturnNoChunkForAnEmptyStream() throws IOException {
        assertThat(chunks(new byte[0], 1024, 10)).isEmpty();
    }

    @Test
    void shouldReturnASmallObjectAsOneChunk() throws IOException {
        byte[] input = "no newline at end".getBytes(StandardCharsets.UTF_8);
        assertThat(chunks(input, 1024, 3)).singleElement().isEqualTo(input);
    }

    @Test
    void shouldCutTheSameWayEveryTime() throws IOException {
        byte[] input = ("a b c\n".repeat(500) + "z".repeat(300)).getBytes(StandardCharsets.UTF_8);
        List<byte[]> first = chunks(input, 100, 17);
        List<byte[]> second = chunks(input, 100, 100);
        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).isEqualTo(second.get(i));
        }
    }
}
