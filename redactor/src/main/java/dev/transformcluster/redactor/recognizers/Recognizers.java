package dev.transformcluster.redactor.recognizers;

import dev.transformcluster.redactor.Recognizer;
import java.util.List;

/** The registry of built-in recognizers: {@link #all()} is what {@code Engine.defaults()} runs. */
public final class Recognizers {

    private Recognizers() {
    }

    /** Every built-in recognizer, each a stateless singleton. */
    public static List<Recognizer> all() {
        return List.of();
    }
}
