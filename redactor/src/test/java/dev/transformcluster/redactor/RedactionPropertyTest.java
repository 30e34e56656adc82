package dev.transformcluster.redactor;

import dev.transformcluster.redactor.io.StreamingRedactor;
import dev.transformcluster.redactor.io.TestEngines;
import dev.transformcluster.redactor.operators.Mask;
import dev.transformcluster.redactor.operators.Operator;
import dev.transformcluster.redactor.operators.Pseudonym;
import dev.transformcluster.redactor.operators.PseudonymKey;
import dev.transformcluster.redactor.operators.Tag;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No detected value survives redaction, whatever the text around it and whatever the operator.
 */
class RedactionPropertyTest {

    /** A generated token: its text, and whether it is personal data the test engine must remove. */
    record Token(String text, boolean personal) { }

    private static final Engine REAL = Engine.defaults();

    @Provide
    Arbitrary<List<Token>> tokens() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
        Arbitrary<String> email = Combinators.combine(label, label, Arbitraries.of("com", "org", "de", "co.uk", "io"))
                .as((user, domain, tld) -> user + "@" + domain + "." + tld);
        Arbitrary<String> ip = Arbitraries.integers().between(1, 254).list().ofSize(4)
                .map(octets -> octets.get(0) + "." + octets.get(1) + "." + octets.get(2) + "." + octets.get(3));
        Arbitrary<String> card = Combinators.combine(Arbitraries.strings().numeric().ofLength(14), Arbitraries.of("", " ", "-"))
                .as((digits, sep) -> formatCard(luhnComplete("4" + digits), sep));
        Arbitrary<String> word = Arbitraries.of("the", "order", "ticket", "version", "1.2.3", "price", "$12.50", "hello",
                "team", "and", "build", "2.0.1.7", "INV-20231", "sha", "3f9a1c2b", "ok,", "done.", "\n", "Re:");
        Arbitrary<Token> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, email.map(t -> new Token(t, true))),
                net.jqwik.api.Tuple.of(1, ip.map(t -> new Token(t, true))),
                net.jqwik.api.Tuple.of(1, card.map(t -> new Token(t, true))),
                net.jqwik.api.Tuple.of(5, word.map(t -> new Token(t, false))));
        return token.list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Operator> operators() throws Exception {
        PseudonymKey key = PseudonymKey.of("property-test key, 16+ bytes".getBytes(StandardCharsets.UTF_8));
        return Arbitraries.of(new Tag(), Mask.defaults(), new Mask('#', java.util.Map.of(), true), new Pseudonym(key));
    }

    static String luhnComplete(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int d = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return payload + (10 - sum % 10) % 10;
    }

    static String formatCard(String digits, String sep) {
        return digits.substring(0, 4) + sep + digits.substring(4, 8) + sep + digits.substring(8, 12) + sep + digits.substring(12);
    }

    static String join(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(t.text()).append(' ');
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void shouldLeaveNoEmbeddedValueWhateverTheOperator(@ForAll("tokens") List<Token> tokens, @ForAll("operators") Operator operator) {
        String text = join(tokens);

        String out = new TextRedactor(TestEngines.engine(), Policy.defaults().withOperator(operator)).redact(text).text();

        for (Token t : tokens) {
            if (t.personal()) {
                assertThat(out).as("%s in %s", t.text(), out).doesNotContain(t.text());
            }
        }
    }

    /**
     * With the real engine: every occurrence it detects is gone, and nothing else is touched: for
     * each detected value, the output holds exactly as many copies as the input held minus the
     * number detected. (An occurrence the engine did not detect, e.g. for lack of context, may stay.)
     */
    @Property(tries = 100)
    void shouldRemoveEveryOccurrenceTheRealEngineDetects(@ForAll("tokens") List<Token> tokens) {
        String text = join(tokens);
        List<Finding> before = REAL.detect(text);

        String out = new TextRedactor(REAL, Policy.defaults()).redact(text).text();

        java.util.Map<String, Long> detected = before.stream()
                .map(f -> text.substring(f.start(), f.end()))
                .filter(v -> v.length() >= 6) // shorter strings may occur inside other values by chance
                .collect(java.util.stream.Collectors.groupingBy(v -> v, java.util.stream.Collectors.counting()));
        detected.forEach((value, times) -> assertThat(occurrences(out, value))
                .as("%s in %s", value, out)
                .isEqualTo(occurrences(text, value) - times));
    }

    static long occurrences(String text, String value) {
        long n = 0;
        for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length())) {
            n++;
        }
        return n;
    }

    @Property(tries = 100)
    void shouldStreamToTheSameResultAsWholeTextRedaction(@ForAll("tokens") List<Token> tokens) throws Exception {
        String text = join(tokens).replace("\n", "") + "\n" + join(tokens) + "\n";
        TextRedactor redactor = new TextRedactor(TestEngines.engine(), Policy.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // Blocks longer than any line: every cut is at a line end.
        new StreamingRedactor(redactor, 4096).redact(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(redactor.redact(text).text());
    }
}
