package dev.transformcluster.redactor.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.TextRedactor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8SpliceTest {

    private final TextRedactor redactor = new TextRedactor(Policy.defaults());

    @Test
    void shouldSpliceTagsIntoTextWithMultiByteCharacters() throws Exception {
        String text = "Prix : 12 € — écrivez à jean.dupont@example.fr 😀 ou appelez +33 1 42 68 53 00.\n";
        assertThat(splice(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(redactor.redact(text).text());
    }

    @Test
    void shouldSpliceAsciiTextAtCharacterOffsets() throws Exception {
        String text = "Mail jane.doe@example.com or call 020 7946 0958 by May 5, 2025.";
        assertThat(splice(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(redactor.redact(text).text());
    }

    @Test
    void shouldSpliceOperatorsThatReadTheValue() throws Exception {
        TextRedactor masking = new TextRedactor(Policy.defaults().withOperator("mask", null));
        String text = "Ünïcode first: card 4111 1111 1111 1111, then jane.doe@example.com.";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Utf8Splice.write(masking, bytes, 0, bytes.length, out, new long[32], new StringBuilder());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(masking.redact(text).text());
    }

    @Test
    void shouldWriteNothingAndSayWhenTheBytesAreNotUtf8() throws Exception {
        byte[] latin1 = "café jane.doe@example.com".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Utf8Splice.write(redactor, latin1, 0, latin1.length, out, new long[32], new StringBuilder()))
                .isEqualTo(-1);
        assertThat(out.size()).isZero();
    }

    private String splice(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = Utf8Splice.write(redactor, bytes, 0, bytes.length, out, new long[32], new StringBuilder());
        assertThat(n).isEqualTo(out.size());
        return out.toString(StandardCharsets.UTF_8);
    }
}
