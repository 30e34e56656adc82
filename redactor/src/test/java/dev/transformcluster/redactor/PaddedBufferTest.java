package dev.transformcluster.redactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine#detect(char[], int)} on a buffer with NULs after the text finds what it finds in
 * an array of the text alone: every recognizer reads the NULs as the end of the text. The texts
 * are the development corpus's documents and the shapes documents, each whole and cut at places
 * where a value may end (a cut text ends anywhere: inside a name, a number, a date...), and random
 * strings of the characters values are made of.
 */
class PaddedBufferTest {

    private static final Engine ENGINE = Engine.defaults();
    private static final int[] PADDING = {1, 2, 3, 5, 8, 40, 700};

    @Test
    void shouldFindTheSameInAPaddedBufferAsInTheTextAloneOnTheCorpusCutEverywhere() throws Exception {
        Path shared = CorpusQualityTest.findShared();
        assertThat(shared).as("../shared/corpus beside the repository").isNotNull();
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(shared.resolve("corpus/dev.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                texts.add(json.readTree(line).get("text").asText());
            }
        }
        try (var files = Files.list(Path.of("src/test/resources/shapes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        Random random = new Random(42);
        int compared = 0;
        for (String text : texts) {
            for (int cut : new int[] {text.length(), text.length() * 2 / 3, text.length() / 3,
                    random.nextInt(text.length() + 1)}) {
                assertSameWhenPadded(text.substring(0, cut));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(8000);
    }

    @Test
    void shouldFindTheSameInAPaddedBufferAsInTheTextAloneOnRandomValueShapedStrings() {
        String[] parts = {"1", "12", "123", "2024", "4111 1111 1111 1111", "078-05-1120", "+44 20 7946 0958", "192.0.2.",
            "2001:db8::", "::", ":", ".", "-", "/", " ", "\n", ",", "@", "example.com", "www.", "http://", "PO Box ",
            "Box", "SW1A 1AA", "EC2", "GB82 WEST 1234 5698 7654 32", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "bc1q",
            "Dear ", "Mr. ", "Ana", "Lopez", "Best,\n", "Thanks,\n", " and ", "Jan", "May 5", "3rd", " of ", "10:30",
            " am", "h", "Uhr", "Main Street", "Apt 4", ", Springfield, IL 62704", "<", ">", "| ", "first_name,zip\n",
            "name,zip\n", "zip,name\n", "Ana,62704", "62704,Ana Lopez", "| Name | ZIP |\n", "| Ana | 62704 |",
            "Inc", "'", "é", "ß"};
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            assertSameWhenPadded(text.toString());
        }
    }

    @Test
    void shouldRefuseABufferWithCharactersOtherThanNulAfterTheText() {
        char[] buffer = "call 555-0100 now".toCharArray();

        assertThatThrownBy(() -> ENGINE.detect(buffer, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> ENGINE.detect(buffer, buffer.length + 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ENGINE.detect(buffer, -1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static void assertSameWhenPadded(String text) {
        char[] exact = text.toCharArray();
        List<Finding> expected = ENGINE.detect(exact);
        for (int padding : PADDING) {
            char[] padded = Arrays.copyOf(exact, exact.length + padding);
            assertThat(ENGINE.detect(padded, exact.length)).as("%d NULs after %s", padding, text).isEqualTo(expected);
        }
    }
}
