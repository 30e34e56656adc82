package dev.transformcluster.redactor;

import dev.transformcluster.redactor.operators.Operator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Redacts plain text: detects with the engine, then replaces every finding by its type's operator
 * in one left-to-right pass over a {@link StringBuilder}. Thread-safe (holds no mutable state).
 */
public final class TextRedactor {

    /**
     * The redacted text and how many values of each type were replaced (types with none are absent).
     */
    public record Redaction(String text, Map<EntityType, Long> counts) {
        public Redaction {
            counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(EntityType.class) : new EnumMap<>(counts));
        }

        /** Total number of values replaced. */
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Turns a replacement into the text written; HTML text needs its angle brackets escaped so
     * that {@code <EMAIL_ADDRESS>} shows as text rather than vanishing as an unknown tag.
     */
    @FunctionalInterface
    public interface Escaper {
        void append(StringBuilder out, CharSequence replacement);
    }

    private final Engine engine;
    private final Policy policy;

    /** Redacts what {@code engine} finds, with {@code policy}'s operators. */
    public TextRedactor(Engine engine, Policy policy) {
        this.engine = engine;
        this.policy = policy;
    }

    /** Redacts with {@code policy.engine()}. */
    public TextRedactor(Policy policy) {
        this(policy.engine(), policy);
    }

    public Engine engine() {
        return engine;
    }

    public Policy policy() {
        return policy;
    }

    /** Redacts {@code text}. */
    public Redaction redact(String text) {
        long[] counts = new long[EntityType.values().length];
        StringBuilder out = new StringBuilder(text.length() + 64);
        redactInto(text, 0, text.length(), out, counts, null);
        return new Redaction(out.toString(), toMap(counts));
    }

    /**
     * Appends the redaction of {@code text[from, to)} to {@code out} and adds to {@code counts}
     * (indexed by {@link EntityType#ordinal()}). Detection runs on that range only (a substring
     * is taken when the range is not the whole text). {@code escaper} may be {@code null}.
     */
    public void redactInto(String text, int from, int to, StringBuilder out, long[] counts, Escaper escaper) {
        String piece = from == 0 && to == text.length() ? text : text.substring(from, to);
        List<Finding> findings = engine.detect(piece);
        int pos = 0;
        StringBuilder scratch = escaper == null ? null : new StringBuilder(32);
        for (Finding f : findings) {
            if (f.start() < pos) {
                continue; // the engine promises no overlaps; never emit text twice if one slips through
            }
            out.append(piece, pos, f.start());
            Operator op = policy.operatorFor(f.type());
            if (escaper == null) {
                op.appendReplacement(out, f.type(), piece, f.start(), f.end());
            } else {
                scratch.setLength(0);
                op.appendReplacement(scratch, f.type(), piece, f.start(), f.end());
                escaper.append(out, scratch);
            }
            counts[f.type().ordinal()]++;
            pos = f.end();
        }
        out.append(piece, pos, piece.length());
    }

    /** Converts an ordinal-indexed count array to a map without zero entries. */
    public static Map<EntityType, Long> toMap(long[] counts) {
        Map<EntityType, Long> map = new EnumMap<>(EntityType.class);
        EntityType[] types = EntityType.values();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                map.put(types[i], counts[i]);
            }
        }
        return map;
    }
}
