package dev.transformcluster.redactor;

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
}
