package dev.transformcluster.redactor.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vectors from BIP 173 (Bech32) and BIP 350 (Bech32m). */
class Bech32Test {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4, bc, true",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, bc, true",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7, tb, true",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y, bc, true",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0, bc, true",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5, bc, false",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh, bc, false",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh, bc, false",
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7Kv8f3t4, bc, false",
        "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du, bc, false",
    })
    void shouldVerifySegwitChecksums(String address, String hrp, boolean valid) {
        assertThat(Bech32.isSegwitAddress(address, 0, address.length(), hrp)).isEqualTo(valid);
    }
}
