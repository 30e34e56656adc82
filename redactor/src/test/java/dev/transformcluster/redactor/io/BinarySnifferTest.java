package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.RejectedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinarySnifferTest {

    static Stream<Arguments> binaries() {
        return Stream.of(
                Arguments.of("PDF", bytes("%PDF-1.7\n1 0 obj\n"), "PDF document"),
                Arguments.of("ZIP", new byte[]{'P', 'K', 3, 4, 20, 0}, "ZIP archive"),
                Arguments.of("PNG", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10}, "PNG image"),
                Arguments.of("GIF", bytes("GIF89a...."), "GIF image"),
                Arguments.of("JPEG", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "JPEG image"),
                Arguments.of("gzip", new byte[]{0x1F, (byte) 0x8B, 8, 0}, "gzip data"),
                Arguments.of("NUL", bytes("hello\0world"), "NUL byte at offset 5"),
                Arguments.of("controls", new byte[]{'a', 1, 2, 3, 4, 5, 6, 'b', 'c', 'd'}, "control bytes"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void shouldRefuseBinaryContentNamingTheReason(String name, byte[] content, String reason) {
        assertThatThrownBy(() -> BinarySniffer.check(content))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.BINARY))
                .hasMessageContaining(reason);
    }

    @Test
    void shouldAcceptTextWithTabsNewlinesAndAnsiColours() {
        byte[] log = bytes("2024-01-01\tINFO\t\u001B[32mok\u001B[0m\r\nnext line\f\n");

        assertThatCode(() -> BinarySniffer.check(log)).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptUtf16TextWithAByteOrderMark() {
        byte[] utf16 = "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE);

        assertThatCode(() -> BinarySniffer.check(utf16)).doesNotThrowAnyException();
    }

    @Test
    void shouldNeverQuoteContentInTheMessage() {
        assertThatThrownBy(() -> BinarySniffer.check(bytes("secret\0secret")))
                .hasMessageNotContaining("secret");
    }
}
