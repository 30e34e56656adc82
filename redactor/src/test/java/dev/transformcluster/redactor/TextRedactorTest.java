package dev.transformcluster.redactor;

import dev.transformcluster.redactor.io.TestEngines;
import dev.transformcluster.redactor.operators.Mask;
import dev.transformcluster.redactor.operators.Pseudonym;
import dev.transformcluster.redactor.operators.PseudonymKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextRedactorTest {

    private static final String TEXT = "Alice Smith (alice.smith@example.com) paid with 4821-7166-2640-9627 from 10.0.0.7.";

    @Test
    void shouldTagEveryFindingAndCountThem() {
        TextRedactor.Redaction r = new TextRedactor(TestEngines.engine(), Policy.defaults()).redact(TEXT);

        assertThat(r.text()).isEqualTo("<PERSON> (<EMAIL_ADDRESS>) paid with <CREDIT_CARD> from <IP_ADDRESS>.");
        assertThat(r.counts()).containsOnlyKeys(EntityType.PERSON, EntityType.EMAIL_ADDRESS, EntityType.CREDIT_CARD, EntityType.IP_ADDRESS);
        assertThat(r.total()).isEqualTo(4);
    }

    @Test
    void shouldUseThePolicysOperatorPerType() {
        Policy masked = Policy.defaults().withOperator(Mask.defaults());

        TextRedactor.Redaction r = new TextRedactor(TestEngines.engine(), masked).redact(TEXT);

        assertThat(r.text()).isEqualTo("***** ***** (*****.*****@*******.***) paid with ****-****-****-9627 from **.*.*.*.");
    }

    @Test
    void shouldGiveRepeatedValuesTheSamePseudonym() throws Exception {
        Policy p = Policy.defaults().withOperator(new Pseudonym(PseudonymKey.of("sixteen byte key!!".getBytes(StandardCharsets.UTF_8))));

        String out = new TextRedactor(TestEngines.engine(), p).redact("Alice Smith met Bob Jones; Alice Smith left.").text();

        assertThat(out).matches("<PERSON_([0-9a-f]{8})> met <PERSON_[0-9a-f]{8}>; <PERSON_\\1> left\\.");
    }

    @Test
    void shouldLeaveTextWithoutFindingsUnchanged() {
        TextRedactor.Redaction r = new TextRedactor(TestEngines.engine(), Policy.defaults()).redact("version 1.2.3, nothing here");

        assertThat(r.text()).isEqualTo("version 1.2.3, nothing here");
        assertThat(r.counts()).isEmpty();
    }

    @Test
    void shouldRedactOnlyTheGivenRange() {
        StringBuilder out = new StringBuilder();
        long[] counts = new long[EntityType.values().length];

        new TextRedactor(TestEngines.engine(), Policy.defaults()).redactInto(TEXT, 0, 11, out, counts, null);

        assertThat(out).hasToString("<PERSON>");
        assertThat(counts[EntityType.PERSON.ordinal()]).isEqualTo(1);
    }

    @Test
    void shouldRedactManyValuesWithOneEngineCallAndCutFindingsAtTheirEdges() {
        // A recognizer that claims everything, separators included, and counts its calls.
        int[] calls = {0};
        Recognizer greedy = new Recognizer() {
            @Override
            public java.util.Set<EntityType> types() {
                return java.util.Set.of(EntityType.PERSON);
            }

            @Override
            public void scan(String text, java.util.List<Finding> out) {
                calls[0]++;
                out.add(new Finding(EntityType.PERSON, 0, text.length(), 1.0));
            }
        };
        long[] counts = new long[EntityType.values().length];

        String[] out = new TextRedactor(new Engine(java.util.List.of(greedy)), Policy.defaults())
                .redactEach(java.util.List.of("first", "second", "third"), counts, null);

        assertThat(out).containsExactly("<PERSON>", "<PERSON>", "<PERSON>");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(counts[EntityType.PERSON.ordinal()]).isEqualTo(1);
    }

    @Test
    void shouldReturnNullForValuesWithoutFindings() {
        String[] out = new TextRedactor(TestEngines.engine(), Policy.defaults())
                .redactEach(java.util.List.of("nothing", "mail alice.smith@example.com", ""), new long[EntityType.values().length], null);

        assertThat(out).containsExactly(null, "mail <EMAIL_ADDRESS>", null);
    }
}
