package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.RejectedInputException;
import dev.transformcluster.redactor.TextRedactor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamingRedactorTest {

    private final TextRedactor text = new TextRedactor(TestEngines.engine(), Policy.defaults());

    private String stream(String input, int blockSize) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StreamingRedactor(text, blockSize).redact(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String lines(int n, long seed) {
        Random r = new Random(seed);
        String[] pii = {"alice.smith@example.com", "4821 7166 2640 9627", "192.168.1.20", "Alice Smith", "Zoë Müller"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("line ").append(i).append(" é 😀 ");
            int words = r.nextInt(12);
            for (int w = 0; w < words; w++) {
                sb.append(r.nextInt(4) == 0 ? pii[r.nextInt(pii.length)] : "word" + r.nextInt(100)).append(' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void shouldEqualWholeTextRedactionOnLineOrientedInput() throws Exception {
        String input = lines(2_000, 42);

        // Every block is longer than any line, so every cut falls on a line end.
        for (int blockSize : new int[]{512, 1000, 4096, 1 << 20}) {
            assertThat(stream(input, blockSize)).as("block size %d", blockSize).isEqualTo(text.redact(input).text());
        }
    }

    @Test
    void shouldNotSplitAValueAcrossBlocksOfALineWithoutNewlines() throws Exception {
        // One long line: cuts fall on spaces, so no e-mail address is ever split.
        String input = "write to alice.smith@example.com now ".repeat(500);

        String out = stream(input, 64);

        assertThat(out).doesNotContain("alice", "example.com").isEqualTo(text.redact(input).text());
    }

    @Test
    void shouldCutAtACharacterBoundaryWhenThereIsNoWhiteSpace() throws Exception {
        String input = "é".repeat(10_000) + "€".repeat(10_000);

        assertThat(stream(input, 31)).isEqualTo(input);
    }

    @Test
    void shouldCountWhatItReplaced() throws Exception {
        String input = "a alice.smith@example.com\nb 4821 7166 2640 9627\nc alice.smith@example.com\n";

        StreamingRedactor.Summary s = new StreamingRedactor(text, 16)
                .redactWithSummary(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());

        assertThat(s.counts()).containsEntry(EntityType.EMAIL_ADDRESS, 2L).containsEntry(EntityType.CREDIT_CARD, 1L);
        assertThat(s.bytesIn()).isEqualTo(input.length());
    }

    @Test
    void shouldFallBackPerPieceForInvalidUtf8() throws Exception {
        byte[] latin1 = "café alice.smith@example.com\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new StreamingRedactor(text).redact(new ByteArrayInputStream(latin1), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("café <EMAIL_ADDRESS>\n");
    }

    @Test
    void shouldRefuseBinaryInTheFirstBlock() {
        byte[] pdf = "%PDF-1.5\nrest".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> new StreamingRedactor(text).redact(new ByteArrayInputStream(pdf), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BINARY));
    }

    @Test
    void shouldStreamUtf16WithAByteOrderMarkAsUtf8() throws Exception {
        String input = lines(300, 7);
        byte[] utf16 = ("\uFEFF" + input).getBytes(StandardCharsets.UTF_16LE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new StreamingRedactor(text, 512).redact(new ByteArrayInputStream(utf16), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text.redact(input).text());
    }

    @Test
    void shouldHandleEmptyInput() throws Exception {
        assertThat(stream("", 16)).isEmpty();
    }

    /**
     * Streams 200 MB through a JVM with a 48 MB heap: if anything held the whole input (or
     * output) in memory, it would die with OutOfMemoryError.
     */
    @Test
    void shouldRedactA200MegabyteStreamInBoundedMemory() throws Exception {
        long size = 200L << 20;
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                BoundedMemoryMain.class.getName(), Long.toString(size)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        String[] fields = output.trim().split(" ");
        assertThat(Long.parseLong(fields[0])).isEqualTo(size);
        assertThat(Long.parseLong(fields[1])).as("e-mail addresses replaced").isGreaterThan(1_000_000);
        assertThat(fields[2]).as("no address survived").isEqualTo("clean");
    }
}
