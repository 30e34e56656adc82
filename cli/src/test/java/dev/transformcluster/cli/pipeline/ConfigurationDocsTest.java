package dev.transformcluster.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigurationDocsTest {

    static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void shouldMatchTheCommittedConfigurationTable() throws Exception {
        String expected = ConfigurationDocs.render();
        if (Boolean.getBoolean("tc.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/configuration.md is stale: regenerate it with -Dtc.updateDocs=true")
                .isEqualTo(expected);
    }
}
