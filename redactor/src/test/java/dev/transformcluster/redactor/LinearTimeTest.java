package dev.transformcluster.redactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial inputs of 5 MB each: every scanner must stay linear. The bound is generous (a
 * blow-up guard, not a benchmark): a quadratic scanner would take hours on these.
 */
class LinearTimeTest {

    private static final int SIZE = 5 * 1024 * 1024;
    private static final Engine ENGINE = Engine.defaults();

    private static String repeat(String unit) {
        StringBuilder sb = new StringBuilder(SIZE + unit.length());
        while (sb.length() < SIZE) {
            sb.append(unit);
        }
        return sb.toString();
    }

    static Stream<Arguments> adversarialInputs() {
        return Stream.of(
                Arguments.of("long digit run", repeat("7")),
                Arguments.of("dotted digits", repeat("1.")),
                Arguments.of("dotted quads glued", repeat("10.0.0.1.")),
                Arguments.of("colons", repeat(":")),
                Arguments.of("hex and colons", repeat("a:")),
                Arguments.of("ipv6-ish groups", repeat("fe80::")),
                Arguments.of("whitespace", repeat(" \t\n")),
                Arguments.of("capitalised words", repeat("Abc ")),
                Arguments.of("given names", repeat("John Mary ")),
                Arguments.of("one huge capitalised word", "A" + repeat("b")),
                Arguments.of("at signs", repeat("@")),
                Arguments.of("local@ runs", repeat("a@")),
                Arguments.of("dotted e-mail-ish", repeat("a.b@c.")),
                Arguments.of("digit groups", repeat("1234 ")),
                Arguments.of("dash groups", repeat("12-")),
                Arguments.of("plus signs", repeat("+1 ")),
                Arguments.of("parentheses", repeat("(1")),
                Arguments.of("scheme runs", repeat("http://")),
                Arguments.of("www runs", repeat("www.")),
                Arguments.of("greetings", repeat("Dear ")),
                Arguments.of("titles", repeat("Mr. ")),
                Arguments.of("po boxes", repeat("P.O. Box ")),
                Arguments.of("angle brackets", repeat("<")),
                Arguments.of("iban prefixes", repeat("GB82 ")),
                Arguments.of("bitcoin prefixes", repeat("bc1q")),
                Arguments.of("month names", repeat("May ")),
                Arguments.of("times", repeat("12:")),
                Arguments.of("street numbers", repeat("12 Main ")),
                Arguments.of("new lines", repeat("\n")),
                Arguments.of("quoted lines", repeat("> ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialInputs")
    void shouldScanFiveMegabytesInSeconds(String name, String text) {
        List<Finding> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ENGINE.detect(text),
                () -> name + " took more than 10 s: a scanner is not linear");
        for (int k = 1; k < found.size(); k++) {
            assertThat(found.get(k).start()).isGreaterThanOrEqualTo(found.get(k - 1).end());
        }
    }
}
