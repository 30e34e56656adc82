package dev.transformcluster.redactor;

import dev.transformcluster.redactor.recognizers.support.TextIndex;
import java.util.List;
import java.util.Set;

/**
 * Finds the entities of one family in a text. Implementations must run in time linear in the
 * text's length (no backtracking regular expressions) and be thread-safe (no mutable state).
 */
public interface Recognizer {

    /** The entity types this recognizer may report. */
    Set<EntityType> types();

    /** Appends every finding in {@code text} to {@code out}, in any order. */
    void scan(String text, List<Finding> out);

    /**
     * Like {@link #scan(String, List)}, given a shared index of the text's candidate start
     * positions (digit runs, capitalised words) that the engine builds once per text. Scanners
     * that use it skip the characters no entity of theirs can start at.
     */
    default void scan(String text, TextIndex index, List<Finding> out) {
        scan(text, out);
    }
}
