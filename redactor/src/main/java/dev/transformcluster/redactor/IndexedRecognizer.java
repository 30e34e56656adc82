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
     * Appends every finding in the text to {@code out}, in any order. {@code text} is the index's
     * {@link TextIndex#chars()} (never modified): the text is its first {@link TextIndex#length()}
     * characters, and any after those are NULs (a reused buffer), which an implementation must
     * read as it reads the end of the text: it takes the text's length from the index, never from
     * {@code text.length}, where the end of the text matters.
     */
    void scan(char[] text, TextIndex index, List<Finding> out);
}
