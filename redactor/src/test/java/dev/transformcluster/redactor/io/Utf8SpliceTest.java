package dev.transformcluster.redactor.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.TextRedactor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8SpliceTest {

    @Test
    void shouldAdvanceByCharactersOverMultiByteSequences() {
        String text = "a£€😀b"; // 1, 2, 3 and 4 bytes (the last a surrogate pair: two chars)
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int from = 0; from <= text.length(); from++) {
            if (from > 0 && Character.isLowSurrogate(text.charAt(from - 1)) && from - 1 > 0
                    && Character.isHighSurrogate(text.charAt(from - 2)) || from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
                continue; // never between the halves of a pair
            }
            for (int to = from; to <= text.length(); to++) {
                if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                    continue;
                }
                int start = text.substring(0, from).getBytes(StandardCharsets.UTF_8).length;
                int expected = text.substring(0, to).getBytes(StandardCharsets.UTF_8).length;
                assertThat(Utf8Splice.advance(bytes, start, to - from)).as("%d..%d", from, to).isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldSpliceTagsIntoTextWithMultiByteCharacters() throws Exception {
        TextRedactor redactor = new TextRedactor(Policy.defaults());
        String text = "Prix : 12 € — écrivez à jean.dupont@example.fr 😀 ou appelez +33 1 42 68 53 00.\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Splice.write(redactor, text, bytes, 0, bytes.length, out, new long[32], new StringBuilder());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(redactor.redact(text).text());
    }
}
