package dev.transformcluster.redactor;

import dev.transformcluster.redactor.recognizers.support.TextIndex;
import java.util.List;

/**
 * A recognizer that scans the characters of the engine's shared {@link TextIndex}. Called on its
 * own, it builds the index for the one text; inside the engine, the index is built once and
 * shared.
 */
public interface IndexedRecognizer extends Recognizer {

    @Override
    default void scan(String text, List<Finding> out) {
        scan(text, TextIndex.of(text), out);
    }

    @Override
    default void scan(String text, TextIndex index, List<Finding> out) {
        scan(index.chars(), index, out);
    }

    /**
     * Appends every finding in {@code text} (the index's {@link TextIndex#chars()}; never
     * modified) to {@code out}, in any order.
     */
    void scan(char[] text, TextIndex index, List<Finding> out);
}
