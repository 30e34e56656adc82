package dev.transformcluster.redactor;

import dev.transformcluster.redactor.operators.Operator;
import dev.transformcluster.redactor.operators.Tag;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

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

    /** By type ordinal: the UTF-8 bytes of the replacement when it does not depend on the value (a tag), else null. */
    private final byte[][] constantUtf8;

    /** Redacts what {@code engine} finds, with {@code policy}'s operators. */
    public TextRedactor(Engine engine, Policy policy) {
        this.engine = engine;
        this.policy = policy;
        EntityType[] types = EntityType.values();
        this.constantUtf8 = new byte[types.length][];
        for (EntityType type : types) {
            if (policy.operatorFor(type) instanceof Tag tag) {
                constantUtf8[type.ordinal()] = tag.apply(type, "").getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The UTF-8 replacement of every value of {@code type} when it does not depend on the value
     * (the tag operator's), or null. Callers must not modify it.
     */
    public byte[] constantReplacementUtf8(EntityType type) {
        return constantUtf8[type.ordinal()];
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

    /** Appends the policy's replacement for the value {@code finding} marks in {@code text}. */
    public void appendReplacement(StringBuilder out, Finding finding, CharSequence text) {
        policy.operatorFor(finding.type()).appendReplacement(out, finding.type(), text, finding.start(), finding.end());
    }

    /**
     * Redacts many short values (header fields, HTML text runs) with one call to the engine, which
     * is much cheaper than one call each: the values are joined with blank lines between them,
     * detected together, and each finding is applied to the value(s) it covers (a finding that
     * would run across a separator is cut at it, so nothing outside a value is ever replaced and
     * nothing inside one is left). A finding is counted once.
     *
     * @return the redacted values, in order; {@code null} for a value with nothing to replace
     */
    public String[] redactEach(List<String> values, long[] counts, Escaper escaper) {
        String[] result = new String[values.size()];
        if (values.isEmpty()) {
            return result;
        }
        int[] starts = new int[values.size()];
        int[] ends = new int[values.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            starts[i] = joined.length();
            joined.append(values.get(i));
            ends[i] = joined.length();
            joined.append(SEPARATOR);
        }
        String text = joined.toString();
        List<Finding> findings = engine.detect(text);
        StringBuilder scratch = escaper == null ? null : new StringBuilder(32);
        int next = 0;
        for (int i = 0; i < values.size(); i++) {
            while (next < findings.size() && findings.get(next).end() <= starts[i]) {
                next++;
            }
            StringBuilder out = null;
            int pos = starts[i];
            int k = next;
            while (k < findings.size() && findings.get(k).start() < ends[i]) {
                Finding f = findings.get(k);
                int s = Math.max(f.start(), starts[i]);
                int e = Math.min(f.end(), ends[i]);
                if (out == null) {
                    out = new StringBuilder(ends[i] - starts[i] + 32);
                }
                out.append(text, pos, s);
                Operator op = policy.operatorFor(f.type());
                if (escaper == null) {
                    op.appendReplacement(out, f.type(), text, s, e);
                } else {
                    scratch.setLength(0);
                    op.appendReplacement(scratch, f.type(), text, s, e);
                    escaper.append(out, scratch);
                }
                if (f.start() >= starts[i]) {
                    counts[f.type().ordinal()]++;
                }
                pos = e;
                if (f.end() > ends[i]) {
                    break; // it continues into the next value: keep it for that one
                }
                k++;
            }
            next = k;
            if (out != null) {
                out.append(text, pos, ends[i]);
                result[i] = out.toString();
            }
        }
        return result;
    }

    /** What separates values in {@link #redactEach}: a blank line, across which no entity runs. */
    private static final String SEPARATOR = "\n\n";

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
