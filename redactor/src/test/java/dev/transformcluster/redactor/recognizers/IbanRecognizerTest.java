package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.IbanRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IbanRecognizerTest {

    private static final Recognizer R = new IbanRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("grouped", "details: ES88 3306 2305 9106 8897 9812, ref", "ES88 3306 2305 9106 8897 9812"),
                hit("compact", "account is GB55MIDL52335620506774.", "GB55MIDL52335620506774"),
                hit("short group end", "CH42 4294 3119 8208 7206 5. Next", "CH42 4294 3119 8208 7206 5"),
                hit("textbook gb", "IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
                hit("csv", "1,DE89370400440532013000,EUR", "DE89370400440532013000"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("bad checksum", "GB82 WEST 1234 5698 7654 33"),
                miss("wrong length", "DE89 3704 0044 0532 0130 0"),
                miss("unknown country", "QQ82 WEST 1234 5698 7654 32"),
                miss("bic", "(BIC BNPAFRPP)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.IBAN_CODE, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.IBAN_CODE, text);
    }
}
