package dev.transformcluster.pipeline.common.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.pipeline.common.config.S3Location;
import org.junit.jupiter.api.Test;

class OutputNamingTest {

    private final S3Location dest = S3Location.parse("s3://out/redacted/");

    @Test
    void shouldKeepTheKeyRelativeToTheSourcePrefix() {
        assertThat(OutputNaming.outputKey(dest, "mail/", "mail/2024/Réunion notes.eml"))
                .isEqualTo("redacted/2024/Réunion notes.eml");
    }

    @Test
    void shouldPutDeadLetterReportsUnderTheirFolderWithAJsonSuffix() {
        String k = OutputNaming.deadLetterKey(dest, "mail/", "mail/a/b.bin");
        assertThat(k).isEqualTo("redacted/_dead-letter/a/b.bin.json");
        assertThat(OutputNaming.isDeadLetterKey(dest, k)).isTrue();
    }

    @Test
    void shouldUseTheWholeKeyWhenTheSourcePrefixIsEmpty() {
        assertThat(OutputNaming.outputKey(S3Location.parse("s3://out"), "", "x/y.txt")).isEqualTo("x/y.txt");
    }
}
