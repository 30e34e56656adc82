package dev.transformcluster.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    static boolean email(String key, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return ContentSniffer.isEmail(key, null, b, b.length);
    }

    @Test
    void shouldRecogniseAMessageByItsHeaders() {
        assertThat(email("x/1", "From: a@example.com\nTo: b@example.com\nSubject: hi\n\nbody")).isTrue();
    }

    @Test
    void shouldRecogniseAMessageByItsExtension() {
        assertThat(email("x/1.eml", "whatever")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "log line with a colon|2024-01-01 12:00:00 INFO: started",
        "csv|name,email\nJane,jane@example.com",
        "one header only|Subject: notes\n\nplain notes"})
    void shouldNotTakePlainTextForAMessage(String name, String text) {
        assertThat(email("x/notes.txt", text.replace("\\n", "\n"))).isFalse();
    }

    @Test
    void shouldCallContentWithANulByteBinary() {
        byte[] b = {'a', 0, 'b'};
        assertThat(ContentSniffer.isBinary(b, 3, "text/plain")).isTrue();
        assertThat(ContentSniffer.isBinary("text".getBytes(StandardCharsets.UTF_8), 4, null)).isFalse();
        assertThat(ContentSniffer.isBinary(new byte[0], 0, "image/png")).isTrue();
    }
}
