package dev.transformcluster.redactor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Utf8Text} against the JDK's strict decoder, the definition of well-formed it follows. */
class Utf8TextTest {

    /** The JDK's strict decoding, or {@code null} when it reports malformed input. */
    private static String jdkStrict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        // bytes near the edges of the lead and continuation ranges, where ill-formed sequences hide,
        // mixed with ASCII and with whole well-formed characters of every length
        Arbitrary<byte[]> edgeByte = Arbitraries.of(0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
                0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF)
                .map(x -> new byte[] {(byte) (int) x});
        Arbitrary<byte[]> character = Arbitraries.of("a", "é", "€", "😀", "\uFFFD", "\u07FF", "\uFFFF", "\uD7FF", "\uE000")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, edgeByte),
                        net.jqwik.api.Tuple.of(3, character))
                .list().ofMaxSize(12)
                .map(Utf8TextTest::concat);
    }

    private static byte[] concat(List<byte[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    @Property(tries = 3000)
    void shouldDecodeExactlyWhatTheStrictJdkDecoderDecodes(@ForAll("utf8ish") byte[] bytes) {
        String expected = jdkStrict(bytes);
        Utf8Text text = Utf8Text.decodeOrNull(bytes, 0, bytes.length);
        if (expected == null) {
            assertThat(text).isNull();
            return;
        }
        assertThat(text).isNotNull();
        assertThat(text.toString()).isEqualTo(expected);
        assertThat(text.isAscii()).isEqualTo(expected.length() == bytes.length);
    }

    @Property(tries = 1000)
    void shouldMapEveryCharacterOffsetToItsByteOffset(@ForAll("utf8ish") byte[] bytes) {
        String s = jdkStrict(bytes);
        if (s == null) {
            return;
        }
        Utf8Text text = Utf8Text.decodeOrNull(bytes, 0, bytes.length);
        // ascending, as findings come, then from the start again (the cursor must rewind)
        for (int round = 0; round < 2; round++) {
            for (int pos = 0; pos <= s.length(); pos++) {
                if (pos > 0 && pos < s.length() && Character.isLowSurrogate(s.charAt(pos))) {
                    continue; // never between the halves of a pair
                }
                int expected = s.substring(0, pos).getBytes(StandardCharsets.UTF_8).length;
                assertThat(text.byteOffset(pos)).as("offset of char %d", pos).isEqualTo(expected);
            }
        }
    }

    @Property(tries = 1000)
    void shouldDecodeIntoADirtyScratchWithNulsAfterTheText(@ForAll("utf8ish") byte[] bytes) {
        String expected = jdkStrict(bytes);
        char[] scratch = new char[bytes.length + 7];
        Arrays.fill(scratch, 'x'); // what the previous piece left
        Utf8Text text = Utf8Text.decodeOrNull(bytes, 0, bytes.length, scratch);
        if (expected == null) {
            assertThat(text).isNull();
            return;
        }
        assertThat(text.chars()).isSameAs(scratch);
        assertThat(text.length()).isEqualTo(expected.length());
        assertThat(text.toString()).isEqualTo(expected);
        for (int i = text.length(); i < scratch.length; i++) {
            assertThat(scratch[i]).as("char %d after the text", i).isEqualTo('\0');
        }
    }

    @Test
    void shouldDecodeARangeInsideALargerBuffer() {
        byte[] bytes = "xx£€😀yy".getBytes(StandardCharsets.UTF_8);
        Utf8Text text = Utf8Text.decodeOrNull(bytes, 2, bytes.length - 4);
        assertThat(text.toString()).isEqualTo("£€😀");
        assertThat(text.byteOffset(1)).isEqualTo(2);
        assertThat(text.byteOffset(2)).isEqualTo(5);
        assertThat(text.byteOffset(4)).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C0 80", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80", "ED BF BF", "F0 80 80 80",
            "F0 8F BF BF", "F4 90 80 80", "F5 80 80 80", "FF", "80", "E2 82", "F0 9F 98", "C3"})
    void shouldRefuseIllFormedSequences(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        assertThat(Utf8Text.decodeOrNull(bytes, 0, bytes.length)).as("overlong, surrogate, too large or cut off").isNull();
    }
}
