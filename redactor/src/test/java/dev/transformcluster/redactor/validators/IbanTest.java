package dev.transformcluster.redactor.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "GB82 WEST 1234 5698 7654 32, true",
        "GB82WEST12345698765432, true",
        "DE89 3704 0044 0532 0130 00, true",
        "FR14 2004 1010 0505 0001 3M02 606, true",
        "NL91ABNA0417164300, true",
        "CH9300762011623852957, true",
        "NO9386011117947, true",
        "gb82 west 1234 5698 7654 32, true",
        "GB82 WEST 1234 5698 7654 33, false",
        "DE89 3704 0044 0532 0130 0, false",
        "XX82 WEST 1234 5698 7654 32, false",
        "GB82-WEST-1234, false",
    })
    void shouldCheckCountryLengthAndMod97(String iban, boolean valid) {
        assertThat(Iban.isValid(iban)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}{1} -> {2}")
    @CsvSource({"G, B, 22", "D, E, 22", "N, O, 15", "M, T, 31", "Z, Z, -1"})
    void shouldKnowRegisteredLengths(char c0, char c1, int length) {
        assertThat(Iban.lengthFor(c0, c1)).isEqualTo(length);
    }
}
