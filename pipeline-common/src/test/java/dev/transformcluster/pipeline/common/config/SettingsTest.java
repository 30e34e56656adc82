package dev.transformcluster.pipeline.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    static final ConfigKey SERVERS = ConfigKey.required("bootstrap.servers", "servers");
    static final ConfigKey THREADS = ConfigKey.positiveInt("stream.threads", 1, "threads");
    static final List<ConfigKey> KEYS = List.of(SERVERS, THREADS);

    @TempDir
    Path dir;

    @Test
    void shouldUseDefaultsWhenNothingIsSet() {
        Settings s = Settings.resolve(KEYS, null, Map.of(), Map.of("bootstrap.servers", "k:9092"));
        assertThat(s.integer(THREADS)).isEqualTo(1);
    }

    @Test
    void shouldLetEnvironmentOverrideFileAndFlagsOverrideBoth() throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "bootstrap.servers=file:1\nstream.threads=2\n");
        Settings fromFile = Settings.resolve(KEYS, file, Map.of(), Map.of());
        Settings fromEnv = Settings.resolve(KEYS, file, Map.of("TC_BOOTSTRAP_SERVERS", "env:1"), Map.of());
        Settings fromFlag = Settings.resolve(KEYS, file, Map.of("TC_BOOTSTRAP_SERVERS", "env:1"),
                Map.of("bootstrap.servers", "flag:1"));
        assertThat(fromFile.string(SERVERS)).isEqualTo("file:1");
        assertThat(fromFile.integer(THREADS)).isEqualTo(2);
        assertThat(fromEnv.string(SERVERS)).isEqualTo("env:1");
        assertThat(fromFlag.string(SERVERS)).isEqualTo("flag:1");
    }

    @Test
    void shouldNameTheFlagAndVariableOfAMissingRequiredKey() {
        assertThatThrownBy(() -> Settings.resolve(KEYS, null, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bootstrap.servers is required")
                .hasMessageContaining("--bootstrap-servers")
                .hasMessageContaining("TC_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldSayWhereAnInvalidValueCameFromAndWhatIsExpected() {
        assertThatThrownBy(() -> Settings.resolve(KEYS, null, Map.of("TC_STREAM_THREADS", "zero"),
                Map.of("bootstrap.servers", "k:1")))
                .hasMessageContaining("stream.threads (from environment variable TC_STREAM_THREADS)")
                .hasMessageContaining("must be a whole number > 0")
                .hasMessageContaining("'zero'");
    }

    @Test
    void shouldRejectUnknownKeysInAFile() throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "bootstrap.servers=a:1\nstream.thread=2\n");
        assertThatThrownBy(() -> Settings.resolve(KEYS, file, Map.of(), Map.of()))
                .hasMessageContaining("unknown key 'stream.thread'");
    }

    @Test
    void shouldRenderOneTableRowPerKey() {
        String table = Settings.markdownTable("x", KEYS);
        assertThat(table).contains("| `bootstrap.servers` | `TC_BOOTSTRAP_SERVERS` | *required* | servers |")
                .contains("| `stream.threads` | `TC_STREAM_THREADS` | `1` | threads |");
    }

    @Test
    void shouldParseS3LocationsWithAndWithoutPrefix() {
        assertThat(S3Location.parse("s3://bucket")).isEqualTo(new S3Location("bucket", ""));
        assertThat(S3Location.parse("s3://bucket/a/b")).isEqualTo(new S3Location("bucket", "a/b/"));
        assertThatThrownBy(() -> S3Location.parse("http://bucket/")).isInstanceOf(IllegalArgumentException.class);
    }
}
