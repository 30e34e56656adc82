package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.UrlRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlRecognizerTest {

    private static final Recognizer R = new UrlRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("https path query", "see https://portal.example.org/costume?id=18106&ref=email if", "https://portal.example.org/costume?id=18106&ref=email"),
                hit("www", "www.example.co.uk\n", "www.example.co.uk"),
                hit("www after a w word", "w/ w www.example.org/a", "www.example.org/a"),
                hit("WWW in capitals", "VISIT WWW.EXAMPLE.COM TODAY", "WWW.EXAMPLE.COM"),
                hit("trailing period", "posted on https://example.com/a/b.", "https://example.com/a/b"),
                hit("in parentheses", "(see https://example.com/x)", "https://example.com/x"),
                hit("wiki parens", "https://en.wikipedia.org/wiki/Foo_(bar) ok", "https://en.wikipedia.org/wiki/Foo_(bar)"),
                hit("fragment", "Sign up via https://quitzon.com/digit/64663#meal before", "https://quitzon.com/digit/64663#meal"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("scheme only", "http:// is a prefix"),
                miss("no host dot", "https://localhost now"),
                miss("word with www", "awww.nice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.URL, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.URL, text);
    }
}
