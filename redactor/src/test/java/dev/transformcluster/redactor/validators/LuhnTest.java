package dev.transformcluster.redactor.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuhnTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "4111111111111111, true",
        "4111 1111 1111 1111, true",
        "4111-1111-1111-1111, true",
        "79927398713, true",
        "378282246310005, true",
        "4111111111111112, false",
        "79927398710, false",
        "6524-8147-9363-7249, false",
        "0, false",
    })
    void shouldCheckLuhn(String digits, boolean valid) {
        assertThat(Luhn.isValid(digits)).isEqualTo(valid);
    }
}
