package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.TimeRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeRecognizerTest {

    private static final Recognizer R = new TimeRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("hms", "2022 17:45:44 -0500", "17:45:44"),
                hit("pm", "until 11:53 PM.", "11:53 PM"),
                hit("glued pm", "at 9:15pm, Mar", "9:15pm"),
                hit("hour only", "at 6pm today", "6pm"),
                hit("dotted meridiem", "at 7:30 a.m., Al", "7:30 a.m."),
                hit("24h", "window 22:00 to", "22:00"),
                hit("range end", "window is 08:00-10:00.", "10:00"),
                hit("french", "Appelez avant 14h30 demain", "14h30"),
                hit("german", "Treffen um 14.30 Uhr am Montag", "14.30 Uhr"),
                hit("german whole hour", "ab 9 Uhr geöffnet", "9 Uhr"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("iso log", "2024-12-11T15:05:12.000Z INFO"),
                miss("log millis", "2024-07-03 00:57:54,000 ERROR"),
                miss("apache", "[17/Dec/2022:19:52:10 +0000]"),
                miss("syslog padded", "Jul  3 22:32:50 WARN"),
                miss("ratio", "a 3:1 ratio"),
                miss("ipv6", "fe80::12:45"),
                miss("not a clock", "at 99:99"),
                miss("pm without number", "I am here"),
                miss("before log level", "x\n09:15:22 INFO Build deployed"),
                miss("duration", "took 3h45m to finish"),
                miss("decimal", "took 14.30 seconds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.TIME, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.TIME, text);
    }
}
