package dev.transformcluster.redactor.mime;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Policy;
import dev.transformcluster.redactor.TextRedactor;
import dev.transformcluster.redactor.io.TestEngines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRedactorTest {

    private final TextRedactor text = new TextRedactor(TestEngines.engine(), Policy.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`text between tags`      | `<b>Alice Smith</b>`                                  | `<b>&lt;PERSON&gt;</b>`",
            "`attribute values`       | `<a href='mailto:alice.smith@example.com'>x</a>`      | `<a href='mailto:&lt;EMAIL_ADDRESS&gt;'>x</a>`",
            "`comments`               | `<!-- 10.0.0.7 -->ok`                                 | `<!-- &lt;IP_ADDRESS&gt; -->ok`",
            "`a lone less-than`       | `1 < 2, Alice Smith`                                  | `1 < 2, &lt;PERSON&gt;`",
            "`an unclosed tag`        | `<p class='x Alice Smith`                             | `<p class='x &lt;PERSON&gt;`",
            "`markup kept verbatim`   | `<div id=main data-x=\"1\"><br/></div>`               | `<div id=main data-x=\"1\"><br/></div>`",
    })
    void shouldRedactTextAndAttributeValuesButKeepMarkup(String name, String html, String expected) {
        StringBuilder out = new StringBuilder();
        long[] counts = new long[EntityType.values().length];

        HtmlRedactor.redact(text, html, out, counts);

        assertThat(out).hasToString(expected);
    }
}
