package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.CryptoRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CryptoRecognizerTest {

    private static final Recognizer R = new CryptoRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("p2pkh", "wallet 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa instead", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
                hit("p2sh", "to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
                hit("bech32", "pay bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 now", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
                hit("bech32m", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("bad base58 checksum", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"),
                miss("bad bech32 checksum", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"),
                miss("git hash", "commit 5afc66f6a30db1edbe4bf0046e6ddc11ce575dd3 for"),
                miss("ups tracking", "1ZUM2UGG7674226805"),
                miss("long digit run", "id 1" + "7".repeat(99) + " end"),
                miss("bech32 prefix before a long digit run", "bc1" + "7".repeat(99) + " end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.CRYPTO, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.CRYPTO, text);
    }
}
