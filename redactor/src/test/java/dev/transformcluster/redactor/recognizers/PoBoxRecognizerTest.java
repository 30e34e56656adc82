package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.PoBoxRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PoBoxRecognizerTest {

    private static final Recognizer R = new PoBoxRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("po box", "mailed to PO Box 35398, Edinburg", "PO Box 35398"),
                hit("dotted", "to P.O. BOX 88130 from now", "P.O. BOX 88130"),
                hit("spaced dots", "lockbox, P. O. Box 78390, City", "P. O. Box 78390"),
                hit("long form", "Post Office Box 90198, Hellerside", "Post Office Box 90198"),
                hit("german", "Postfach 1234, 10117 Berlin", "Postfach 1234"),
                hit("lower case", "send the cheque to p.o. box 123, portland", "p.o. box 123"),
                hit("lower case po", "write to po box 77 instead", "po box 77"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("box word", "Put it in the box 12 please"),
                miss("no number", "a PO Box is fine"),
                miss("purchase order", "PO 4347536202"),
                miss("blood pressure", "Weight 72 kg, BP 120/80."),
                miss("lower-case box word", "the box 12 is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.PO_BOX, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.PO_BOX, text);
    }
}
