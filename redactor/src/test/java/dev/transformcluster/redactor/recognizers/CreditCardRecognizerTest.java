package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.CreditCardRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreditCardRecognizerTest {

    private static final Recognizer R = new CreditCardRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("visa spaced", "card 4821 7166 2640 9627, exp", "4821 7166 2640 9627"),
                hit("visa plain", "number: 4111111111111111.", "4111111111111111"),
                hit("mastercard dashed", "5425-0509-5224-9317", "5425-0509-5224-9317"),
                hit("mastercard 2-series", "2223 0000 4841 0010", "2223 0000 4841 0010"),
                hit("amex 4-6-5", "card 3782-822463-10005 over", "3782-822463-10005"),
                hit("amex plain", "ends in 371864855119525, exp", "371864855119525"),
                hit("discover", "6011 1111 1111 1117", "6011 1111 1111 1117"),
                hit("csv", "inv-1,4111111111111111,EUR", "4111111111111111"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("invoice fails luhn", "Invoice number 5275824816469891 covers Q3"),
                miss("invoice dashed", "reference 6524-8147-9363-7249 on all"),
                miss("tracking 22 digits", "Tracking number 9400 4353 4230 2136 3919 63."),
                miss("unknown issuer", "9999 9999 9999 9995"),
                miss("inside iban", "DE89370400440532013000"),
                miss("long digit run", "12345678901234567890123456789"),
                miss("mixed separators", "4111 1111-1111 1111"),
                miss("tracking passing luhn", "Tracking number 692474119546. The"),
                miss("invoice word before", "Invoice 4111111111111111 covers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.CREDIT_CARD, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.CREDIT_CARD, text);
    }
}
