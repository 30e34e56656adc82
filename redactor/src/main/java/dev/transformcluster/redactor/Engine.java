package dev.transformcluster.redactor;

import dev.transformcluster.redactor.recognizers.Recognizers;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Detects personal data in text: runs the enabled recognizers, drops findings below their
 * type's threshold, and settles overlaps by the single rule documented in {@link OverlapRule}.
 * Thread-safe; build once and share.
 */
public final class Engine {

    private final List<Recognizer> recognizers;
    /** The enabled types, by ordinal: a look-up per finding (cheaper than {@code EnumSet.contains} before C2). */
    private final boolean[] enabled = new boolean[EntityType.values().length];
    private final double[] minScore = new double[EntityType.values().length];

    /** An engine running exactly these recognizers, every type enabled, no thresholds. */
    public Engine(List<Recognizer> recognizers) {
        this(recognizers, EnumSet.allOf(EntityType.class), Map.of());
    }

    private Engine(List<Recognizer> recognizers, Set<EntityType> enabled, Map<EntityType, Double> minScores) {
        for (EntityType t : enabled) {
            this.enabled[t.ordinal()] = true;
        }
        List<Recognizer> used = new ArrayList<>();
        for (Recognizer r : recognizers) {
            if (r.types().stream().anyMatch(t -> this.enabled[t.ordinal()])) {
                used.add(r);
            }
        }
        this.recognizers = List.copyOf(used);
        for (Map.Entry<EntityType, Double> e : minScores.entrySet()) {
            double v = e.getValue();
            if (v < 0 || v > 1) {
                throw new IllegalArgumentException("threshold for " + e.getKey() + " out of [0, 1]: " + v);
            }
            minScore[e.getKey().ordinal()] = v;
        }
    }

    /**
     * Loads what the recognizers initialise lazily (the name lists, about 260,000 names, take
     * about 0.1 s) and their classes, by detecting in a short sample text. Idempotent and
     * thread-safe; a command-line tool can call it on a background thread at start-up so that the
     * loading overlaps argument parsing and the first reads instead of delaying the first text.
     */
    public static void prepare() {
        prepare(1);
    }

    /**
     * {@link #prepare()}, then detects {@code rounds - 1} more times in a varied sample text with a
     * value of every type: enough calls of the engine's methods for the JIT to compile them (the
     * first tier's code does not depend on what it ran on), so that a large input's first text runs
     * compiled code instead of waiting for it. Worth it where a core is idle during start-up and
     * the input is large: 40 rounds take about 0.1 s of that core, and their compiling keeps the
     * JIT busy, which delays a small input's run by about 15 ms.
     */
    public static void prepare(int rounds) {
        Engine engine = defaults();
        engine.detect("Dear Ms. Maria Lopez, call +1 555 010 2030 or mail maria@example.com by May 5, 2025 at 10:30 am;"
                + " 12 Main Street, Springfield, IL 62704, PO Box 7, SW1A 1AA, 4111 1111 1111 1111, 192.0.2.1,"
                + " https://example.com, GB82 WEST 1234 5698 7654 32, 078-05-1120.");
        for (int k = 1; k < rounds; k++) {
            engine.detect(WarmUp.TEXT);
        }
    }

    /** All recognizers, default thresholds. */
    public static Engine defaults() {
        return new Engine(Recognizers.all());
    }

    /**
     * All recognizers that report an enabled type; a finding is kept when its type is enabled
     * and its score reaches the type's minimum ({@code minScores} may omit types: 0 then).
     */
    public static Engine create(Set<EntityType> enabled, Map<EntityType, Double> minScores) {
        return new Engine(Recognizers.all(), enabled, minScores);
    }

    /** Findings sorted by start offset, non-overlapping. */
    public List<Finding> detect(String text) {
        if (text.isEmpty() || recognizers.isEmpty()) {
            return new ArrayList<>();
        }
        TextIndex index = TextIndex.borrow(text.toCharArray());
        try {
            return detect(text, index);
        } finally {
            index.release();
        }
    }

    /**
     * As {@link #detect(String)}, on the characters {@code text} (which the engine reads while it
     * runs, so the caller must not change them meanwhile): for callers that decode into an array,
     * this saves building a {@code String} only to copy its characters out again.
     */
    public List<Finding> detect(char[] text) {
        return detect(text, text.length);
    }

    /**
     * As {@link #detect(char[])}, on the text {@code text[0, length)} of a buffer whose other
     * characters are NULs ({@code '\0'}): a caller that decodes the pieces of a stream into one
     * reused buffer passes it with each piece's length (and NULs after it) instead of allocating an
     * array of each piece's exact size. Findings are the same as for an array of the text alone.
     *
     * @throws IndexOutOfBoundsException when {@code length} is negative or beyond the array
     * @throws IllegalArgumentException when a character after {@code length} is not NUL
     */
    public List<Finding> detect(char[] text, int length) {
        Objects.checkFromToIndex(0, length, text.length);
        for (int i = length; i < text.length; i++) {
            if (text[i] != 0) {
                throw new IllegalArgumentException("the characters after the text must be NULs; found one at " + i);
            }
        }
        if (length == 0 || recognizers.isEmpty()) {
            return new ArrayList<>();
        }
        TextIndex index = TextIndex.borrow(text, length);
        try {
            return detect(null, index);
        } finally {
            index.release();
        }
    }

    /**
     * {@code text} may be {@code null} when only the index's characters are at hand: it is then
     * made once, and only if a recognizer reads a {@code String}.
     */
    private List<Finding> detect(String text, TextIndex index) {
        List<Finding> raw = new ArrayList<>();
        String whole = text;
        for (Recognizer r : recognizers) {
            if (r instanceof IndexedRecognizer ir) {
                ir.scan(index.chars(), index, raw);
            } else {
                if (whole == null) {
                    whole = new String(index.chars(), 0, index.length());
                }
                r.scan(whole, index, raw);
            }
        }
        // drop, in place, what the policy does not want; check every span points into the text
        int length = index.length();
        int kept = 0;
        for (int k = 0, n = raw.size(); k < n; k++) {
            Finding f = raw.get(k);
            if (f.end() > length) {
                throw new IllegalStateException("recognizer reported a span past the end of the text");
            }
            int type = f.type().ordinal();
            if (enabled[type] && f.score() >= minScore[type]) {
                raw.set(kept++, f);
            }
        }
        if (kept < raw.size()) {
            raw.subList(kept, raw.size()).clear();
        }
        return OverlapRule.resolve(raw);
    }
}
