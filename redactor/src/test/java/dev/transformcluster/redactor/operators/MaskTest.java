package dev.transformcluster.redactor.operators;

import dev.transformcluster.redactor.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaskTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "CREDIT_CARD   | 4821 7166 2640 9627    | **** **** **** 9627",
            "CREDIT_CARD   | 4821-7166-2640-9627    | ****-****-****-9627",
            "CREDIT_CARD   | 4821716626409627       | ************9627",
            "IBAN_CODE     | GB82 WEST 1234 5698 7654 32 | **** **** **** **** **54 32",
            "PHONE_NUMBER  | +44 (0)20 7946 0958    | +** (*)** **** ****",
            "US_SSN        | 685-49-7823            | ***-**-****",
            "PERSON        | Zoë Müller             | *** ******",
            "EMAIL_ADDRESS | jane.doe@example.com   | ****.***@*******.***",
    })
    void shouldMaskLettersAndDigitsButKeepSeparatorsAndTheConfiguredTail(EntityType type, String value, String expected) {
        assertThat(Mask.defaults().apply(type, value)).isEqualTo(expected);
    }

    @Test
    void shouldKeepTheEmailDomainWhenAsked() {
        Mask mask = new Mask('#', Map.of(), true);

        assertThat(mask.apply(EntityType.EMAIL_ADDRESS, "jane.doe@example.com")).isEqualTo("####.###@example.com");
    }

    @Test
    void shouldKeepNoMoreThanTheValueHas() {
        Mask mask = new Mask('*', Map.of(EntityType.CREDIT_CARD, 40), false);

        assertThat(mask.apply(EntityType.CREDIT_CARD, "1234 5678")).isEqualTo("1234 5678");
    }

    @Test
    void shouldMaskOnlyTheSpanItIsGiven() {
        StringBuilder out = new StringBuilder();
        Mask.defaults().appendReplacement(out, EntityType.US_SSN, "ssn 685-49-7823 end", 4, 15);

        assertThat(out).hasToString("***-**-****");
    }

    @Test
    void shouldRefuseALetterAsMaskCharacter() {
        assertThatThrownBy(() -> new Mask('x', Map.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
