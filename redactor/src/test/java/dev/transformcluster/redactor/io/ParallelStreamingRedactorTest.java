package dev.transformcluster.redactor.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.redactor.Engine;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.TextRedactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelStreamingRedactorTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final TextRedactor redactor = new TextRedactor(Engine.defaults(), Policy.defaults());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Lines with values of several types, in a seeded random order, plus some windows-1252 bytes. */
    private static byte[] input(int lines) {
        String[] templates = {
            "Contact %d: mail jane.doe%d@example.com or call +44 20 7946 %04d.\n",
            "Order SO-2024-%06d shipped to 221 Baker Street, card 4111 1111 1111 1111.\n",
            "Login from 203.0.113.%d at 10:%02d on March 3, 2025 by Margaret Holloway.\n",
            "Nothing to see here, build 7.6.%d.3432 is fine, price $%d.00.\n",
        };
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String t = templates[random.nextInt(templates.length)];
            sb.append(String.format(t, i, i % 60, i % 10000));
        }
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length / 2] = (byte) 0xE9; // one invalid UTF-8 byte: that piece takes the fallback path
        return utf8;
    }

    private byte[] redact(StreamingRedactor streaming, byte[] in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        streaming.redact(new ByteArrayInputStream(in), out);
        return out.toByteArray();
    }

    @Test
    void shouldWriteTheSameBytesAsTheSequentialRedactor() throws Exception {
        byte[] in = input(20_000);
        byte[] sequential = redact(new StreamingRedactor(redactor, 64 * 1024), in);
        byte[] parallel = redact(new StreamingRedactor(redactor, 64 * 1024, pool, 6), in);

        assertThat(in.length).isGreaterThan(10 * 64 * 1024);
        assertThat(parallel).isEqualTo(sequential);
        assertThat(new String(parallel, StandardCharsets.UTF_8)).doesNotContain("jane.doe", "4111 1111");
    }

    @Test
    void shouldReportTheSameCountsAsTheSequentialRedactor() throws Exception {
        byte[] in = input(5_000);
        StreamingRedactor.Summary sequential = new StreamingRedactor(redactor, 16 * 1024)
                .redactWithSummary(new ByteArrayInputStream(in), new ByteArrayOutputStream());
        StreamingRedactor.Summary parallel = new StreamingRedactor(redactor, 16 * 1024, pool, 2)
                .redactWithSummary(new ByteArrayInputStream(in), new ByteArrayOutputStream());

        assertThat(parallel).isEqualTo(sequential);
    }
}
