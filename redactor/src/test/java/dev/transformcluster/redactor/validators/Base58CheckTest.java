package dev.transformcluster.redactor.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base58CheckTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, true",   // P2PKH (genesis block)
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, true",   // P2PKH
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, true",   // P2SH
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb, false",  // one character changed
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz, false",
        "1111111111111111111114oLvT2, true",          // all-zero hash160: a real burn address
        "mfcHP2WMCVLsVZA8yrovmhMgxNFW9r98xw, false",  // valid checksum, testnet version 0x6f
        "LKKHMBjCU89fyFNgSRprDoD8Jb25N8uWvd, false",  // valid checksum, Litecoin version 0x30
        "0OIl0OIl0OIl0OIl0OIl0OIl0OIl, false",        // outside the alphabet
    })
    void shouldVerifyDoubleSha256Checksum(String address, boolean valid) {
        assertThat(Base58Check.isBitcoinAddress(address, 0, address.length())).isEqualTo(valid);
    }
}
