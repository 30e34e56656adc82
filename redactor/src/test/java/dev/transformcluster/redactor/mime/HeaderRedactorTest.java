package dev.transformcluster.redactor.mime;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderRedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`ASCII stays as is`               | `<PERSON> <<EMAIL_ADDRESS>>`        | `<PERSON> <<EMAIL_ADDRESS>>`",
            "`a quoted display name`           | `\"Zoë Müller\" <zoe@example.de>`     | `Zoë Müller <zoe@example.de>`",
            "`words keep the spaces between`   | `Treffen mit Zoë Müller in Zürich`  | `Treffen mit Zoë Müller in Zürich`",
            "`address lists keep their commas` | `José <j@x.es>, Zoë <z@x.de>`       | `José <j@x.es>, Zoë <z@x.de>`",
    })
    void shouldEncodeOnlyNonAsciiWordsAndDecodeBackToTheSameText(String name, String value, String decoded) {
        String encoded = HeaderRedactor.encodeNonAscii(value);

        assertThat(encoded).matches("\\p{ASCII}*");
        assertThat(DecoderUtil.decodeEncodedWords(encoded, DecodeMonitor.SILENT)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Content-Type | true",
            "Message-ID   | true",
            "References   | true",
            "From         | false",
            "Subject      | false",
            "Received     | false",
            "X-Mailer     | false",
    })
    void shouldKeepStructuralFieldsOnly(String field, boolean structural) {
        assertThat(HeaderRedactor.isStructural(new org.apache.james.mime4j.stream.RawField(field, "x"))).isEqualTo(structural);
    }
}
