package dev.transformcluster.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyFilterTest {

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "*.eml, a.eml, true",
        "*.eml, dir/a.eml, false",
        "**/*.eml, dir/a.eml, true",
        "**/*.eml, a.eml, true",
        "2024/**, 2024/01/x.txt, true",
        "2024/**, 2023/01/x.txt, false",
        "?.txt, a.txt, true",
        "?.txt, ab.txt, false"})
    void shouldMatchGlobs(String glob, String key, boolean expected) {
        assertThat(new KeyFilter(List.of(glob), List.of()).accepts(key)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a.eml, true", "tmp/a.eml, false", "a.txt, false"})
    void shouldApplyExcludesAfterIncludes(String key, boolean expected) {
        KeyFilter f = new KeyFilter(List.of("**/*.eml"), List.of("tmp/**"));
        assertThat(f.accepts(key)).isEqualTo(expected);
    }
}
