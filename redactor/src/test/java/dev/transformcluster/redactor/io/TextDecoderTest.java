package dev.transformcluster.redactor.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {

    @Test
    void shouldDecodeValidUtf8AsUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode("Zoë Müller – ok".getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo("Zoë Müller – ok");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldFallBackToWindows1252ForInvalidUtf8() {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, '5'};

        TextDecoder.Decoded d = TextDecoder.decode(latin1);

        assertThat(d.text()).isEqualTo("café €5");
        assertThat(d.fellBack()).isTrue();
    }

    @Test
    void shouldKeepARealReplacementCharacterInValidUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8));

        assertThat(d.text()).isEqualTo("a\uFFFDb");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldDropAUtf8ByteOrderMark() {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};

        assertThat(TextDecoder.decode(withBom).text()).isEqualTo("hi");
    }

    @Test
    void shouldDecodeUtf16WithAByteOrderMark() {
        byte[] utf16 = "\uFEFFhé".getBytes(StandardCharsets.UTF_16LE);

        assertThat(TextDecoder.decode(utf16).text()).isEqualTo("hé");
    }

    @Test
    void shouldUseADeclaredCharset() {
        byte[] latin1 = "Müller".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TextDecoder.decode(latin1, "ISO-8859-1").text()).isEqualTo("Müller");
    }

    @Test
    void shouldFallBackWhenADeclaredUtf8IsALie() {
        byte[] latin1 = "Müller".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TextDecoder.decode(latin1, "utf-8").text()).isEqualTo("Müller");
    }

    @Test
    void shouldSniffWhenTheDeclaredCharsetIsUnknown() {
        assertThat(TextDecoder.decode("ok".getBytes(StandardCharsets.US_ASCII), "x-no-such-charset").text()).isEqualTo("ok");
    }

    @Test
    void shouldNameTheDeclaredCharsetItReadsWithAndNoneWhenItSniffs() {
        assertThat(TextDecoder.declared(" ISO-8859-1 ")).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.declared("windows-1252")).isEqualTo(TextDecoder.FALLBACK);
        for (String sniffed : new String[] {null, "", " utf-8", "UTF8", "us-ascii", "ASCII", "x-no-such-charset"}) {
            assertThat(TextDecoder.declared(sniffed)).as("%s", sniffed).isNull();
        }
    }
}
