package dev.transformcluster.redactor.operators;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymKeyTest {

    private static final String SECRET = "correct horse battery staple";

    @Test
    void shouldReadTheKeyFileIgnoringTheTrailingNewline(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("key"), SECRET + "\n");

        PseudonymKey fromFile = PseudonymKey.fromEnvOrFile(file, Map.of());
        PseudonymKey fromEnv = PseudonymKey.fromEnvOrFile(null, Map.of(PseudonymKey.ENV_VAR, SECRET));

        assertThat(fromFile).isEqualTo(fromEnv);
    }

    @Test
    void shouldPreferTheFileOverTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("key"), SECRET);

        PseudonymKey key = PseudonymKey.fromEnvOrFile(file, Map.of(PseudonymKey.ENV_VAR, "another key of some length"));

        assertThat(key).isEqualTo(PseudonymKey.of(SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRefuseShortKeysWithoutPrintingThem() {
        assertThatThrownBy(() -> PseudonymKey.fromEnvOrFile(null, Map.of(PseudonymKey.ENV_VAR, "hunter2")))
                .isInstanceOf(PseudonymKey.KeyException.class)
                .hasMessageContaining(PseudonymKey.ENV_VAR)
                .hasMessageContaining("too short")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void shouldNameTheMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.key");

        assertThatThrownBy(() -> PseudonymKey.fromEnvOrFile(missing, Map.of()))
                .isInstanceOf(PseudonymKey.KeyException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found");
    }

    @Test
    void shouldSayHowToProvideAKeyWhenThereIsNone() {
        assertThatThrownBy(() -> PseudonymKey.fromEnvOrFile(null, Map.of()))
                .isInstanceOf(PseudonymKey.KeyException.class)
                .hasMessageContaining(PseudonymKey.ENV_VAR)
                .hasMessageContaining("--pseudonym-key-file");
    }

    @Test
    void shouldNotRevealTheKeyInToString() throws Exception {
        PseudonymKey key = PseudonymKey.of(SECRET.getBytes(StandardCharsets.UTF_8));

        assertThat(key.toString()).doesNotContain(SECRET).matches("PseudonymKey\\[fingerprint=[0-9a-f]{8}]");
    }
}
