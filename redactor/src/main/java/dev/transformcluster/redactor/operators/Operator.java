package dev.transformcluster.redactor.operators;

import dev.transformcluster.redactor.EntityType;

/**
 * What replaces a detected value. The three kinds are closed: {@link Tag} (the type's name in
 * angle brackets), {@link Mask} (format-preserving masking) and {@link Pseudonym} (a keyed,
 * stable pseudonym). Implementations are immutable and thread-safe.
 */
public sealed interface Operator permits Tag, Mask, Pseudonym {

    /**
     * Appends the replacement for {@code text[start, end)}, a value of the given type, to
     * {@code out}. Taking the span rather than a substring lets {@link Tag} avoid allocating.
     */
    void appendReplacement(StringBuilder out, EntityType type, CharSequence text, int start, int end);

    /** The replacement for a whole value; convenience for tests and single values. */
    default String apply(EntityType type, String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendReplacement(out, type, value, 0, value.length());
        return out.toString();
    }

    /** The name used in policy files and on the command line: {@code tag}, {@code mask} or {@code pseudonym}. */
    String kind();

    /**
     * A description of this operator's effective settings that never reveals secrets; it feeds
     * {@code Policy.version()} so a change of settings (or of the pseudonym key) changes the version.
     */
    String describe();
}
