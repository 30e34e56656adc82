package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.country.us.UsSsnRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsSsnRecognizerTest {

    private static final Recognizer R = new UsSsnRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("dashed", "Her SSN is 685-49-7823, please", "685-49-7823"),
                hit("spaced with context", "Employee SSN: 478 51 9220.", "478 51 9220"),
                hit("plain with context", "social security number 770862659.", "770862659"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("area 000", "000-12-3456"),
                miss("area 666", "666-12-3456"),
                miss("area 9xx", "912-34-5678"),
                miss("serial 0000", "123-45-0000"),
                miss("plain without context", "order 770862659 shipped"),
                miss("phone", "416-798-2605"),
                miss("longer run", "123-45-67890"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.US_SSN, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.US_SSN, text);
    }
}
