package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.country.gb.UkPostcodeRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UkPostcodeRecognizerTest {

    private static final Recognizer R = new UkPostcodeRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("spaced", "Newcastle NE1 5LN. SSH", "NE1 5LN"),
                hit("london", "London EC2A 3AY\n", "EC2A 3AY"),
                hit("short", "Reading S9 3LA. Tracking", "S9 3LA"),
                hit("csv", "London,EC2A 3AY,GB", "EC2A 3AY"),
                hit("compact after word", "could not find postcode RM72UJ.", "RM72UJ"),
                hit("compact after town", "Newcastle IK28DQ\n", "IK28DQ"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("compact no context", "sku AB12CD in stock"),
                miss("ticket", "INC3220092"),
                miss("lowercase", "ne1 5ln"),
                miss("iban start", "GB82 WEST 1234"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.UK_POSTCODE, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.UK_POSTCODE, text);
    }
}
