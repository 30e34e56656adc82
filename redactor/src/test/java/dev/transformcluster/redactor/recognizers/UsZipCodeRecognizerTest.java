package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.country.us.UsZipCodeRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsZipCodeRecognizerTest {

    private static final Recognizer R = new UsZipCodeRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("after state", "Maxinestad, OH 12491. Invoice", "12491"),
                hit("zip plus four", "Burdetteworth, KY 89341-1227.", "89341-1227"),
                hit("zip context", "The warehouse in ZIP code 06643-2566 is", "06643-2566"),
                hit("line end", "Fort Etha, NY 41327-9862\n", "41327-9862"),
                hit("csv zip column", "first_name,zip\nKevin,60614\n", "60614"),
                hit("markdown zip column", "| City | ZIP |\n|---|---|\n| Boston | 02139 |", "02139"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("quantity", "We shipped 38,005 units"),
                miss("bare number", "job=91708 build=5"),
                miss("price", "$12345"),
                miss("in with unit", "in 10000 ms"),
                miss("not a state", "Model XQ 12345"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.US_ZIP_CODE, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.US_ZIP_CODE, text);
    }
}
