package dev.transformcluster.redactor.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.Recognizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Shared assertions for the per-recognizer tables of named positive and negative cases. */
public final class RecognizerTable {

    private RecognizerTable() {
    }

    /** A named case whose text must yield exactly {@code value} (as a finding's substring). */
    public static Arguments hit(String name, String text, String value) {
        return Arguments.of(name, text, value);
    }

    /** A named look-alike that must yield nothing. */
    public static Arguments miss(String name, String text) {
        return Arguments.of(name, text);
    }

    /** The values found by {@code r} alone, after the engine's overlap rule. */
    public static List<String> values(Recognizer r, EntityType type, String text) {
        List<Finding> raw = new ArrayList<>();
        r.scan(text, raw);
        List<String> out = new ArrayList<>();
        for (Finding f : dev.transformcluster.redactor.OverlapRule.resolve(raw)) {
            assertThat(f.type()).isEqualTo(type);
            assertThat(f.score()).isBetween(0.0, 1.0);
            out.add(text.substring(f.start(), f.end()));
        }
        return out;
    }

    public static void assertFinds(Recognizer r, EntityType type, String text, String value) {
        assertThat(values(r, type, text)).as("findings in %s", text).contains(value);
    }

    public static void assertNone(Recognizer r, EntityType type, String text) {
        assertThat(values(r, type, text)).as("findings in %s", text).isEmpty();
    }
}
