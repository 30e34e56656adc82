package dev.transformcluster.redactor.recognizers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The dictionary answers what a set of its words answers: its filter only ever rejects absent words. */
class NameDictionaryTest {

    private static List<String> words(String resource) throws IOException {
        List<String> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(NameDictionary.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.trim());
                }
            }
        }
        return words;
    }

    private static boolean contains(NameDictionary d, String s) {
        char[] c = s.toCharArray();
        boolean plain = d.contains(c, 0, c.length);
        boolean hashed = d.contains(c, 0, c.length, NameDictionary.hashOf(c, 0, c.length));
        assertThat(hashed).as("with and without the hash: %s", s).isEqualTo(plain);
        return plain;
    }

    @ParameterizedTest
    @ValueSource(strings = {"given-names", "surnames"})
    void shouldFindEveryShippedNameAndOnlyThose(String list) throws IOException {
        List<String> words = words("/dev/transformcluster/redactor/names/" + list + ".txt.gz");
        NameDictionary d = NameDictionary.load("/dev/transformcluster/redactor/names/" + list + ".txt.gz");
        for (String w : words) {
            assertThat(contains(d, w)).as(w).isTrue();
            assertThat(contains(d, w.toUpperCase(Locale.ROOT))).as(w).isTrue();
        }
        // words of the same letters that are not in the list: the filter's false positives must not show
        Set<String> set = new HashSet<>(words);
        Random random = new Random(42);
        int absent = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int len = 2 + random.nextInt(8); sb.length() < len; ) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            String w = sb.toString();
            assertThat(contains(d, w)).as(w).isEqualTo(set.contains(w));
            absent += set.contains(w) ? 0 : 1;
        }
        assertThat(absent).isGreaterThan(40_000);
    }

    @Test
    void shouldFoldCaseDiacriticsApostrophesAndHyphens() {
        NameDictionary d = NameDictionary.of(List.of("muller", "obrien", "jeanluc"));
        assertThat(contains(d, "MÜLLER")).isTrue();
        assertThat(contains(d, "Müller")).isTrue();
        assertThat(contains(d, "O'Brien")).isTrue();
        assertThat(contains(d, "O\u2019Brien")).isTrue();
        assertThat(contains(d, "Jean-Luc")).isTrue();
        assertThat(contains(d, "Mueller")).isFalse();
        assertThat(contains(d, "Brien")).isFalse();
    }

    @Test
    void shouldLoadAListWithBlankLinesSpacesCarriageReturnsDuplicatesAndNoFinalLineEnd() {
        NameDictionary d = NameDictionary.load("/dev/transformcluster/redactor/recognizers/support/untidy-words.txt.gz");
        for (String w : List.of("Ana", "BOB", "María-José", "Zoe")) {
            assertThat(contains(d, w)).as(w).isTrue();
        }
        for (String w : List.of("bo", "anab", "zo", "")) {
            assertThat(contains(d, w)).as(w).isFalse();
        }
    }

    @Test
    void shouldNameAMissingResource() {
        assertThatThrownBy(() -> NameDictionary.load("/no/such/list.txt.gz"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/such/list.txt.gz");
    }

    @Test
    void shouldWorkForOneWordAndForNone() {
        assertThat(contains(NameDictionary.of(List.of("ana")), "Ana")).isTrue();
        assertThat(contains(NameDictionary.of(List.of("ana")), "Anna")).isFalse();
        assertThat(contains(NameDictionary.of(List.of()), "Ana")).isFalse();
    }
}
