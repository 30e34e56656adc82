package dev.transformcluster.redactor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule that settles overlapping findings.
 *
 * <p><b>Rule:</b> candidates are ranked by (1) longer span first, (2) higher score, (3) the
 * type that comes first in {@link EntityType}'s declaration order, (4) earlier start. Walking
 * that ranking, a candidate is kept when it overlaps no finding kept before it; otherwise it
 * is dropped whole (spans are never trimmed or merged). The result is sorted by start offset
 * and no two of its findings share a character.
 *
 * <p>Why longest first: the longer span carries the context that made it (an e-mail address
 * contains a name-like local part, a URL contains a host that looks like an e-mail domain),
 * so the longer reading is almost always the intended one, and it also hides the most text.
 *
 * <p>Cost: O(n log n) for n candidates.
 */
public final class OverlapRule {

    /** Ranking order: longer, higher score, type declaration order, earlier start. */
    public static final Comparator<Finding> RANK = Comparator
            .comparingInt(Finding::length).reversed()
            .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
            .thenComparingInt(f -> f.type().ordinal())
            .thenComparingInt(Finding::start);

    private static final Comparator<Finding> BY_START = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end());

    private OverlapRule() {
    }

    /**
     * Applies the rule to {@code candidates}; returns findings sorted by start. An
     * {@code ArrayList} argument is sorted and reused in place (the engine's own scratch list).
     */
    public static List<Finding> resolve(List<Finding> candidates) {
        int n = candidates.size();
        if (n <= 1) {
            return new ArrayList<>(candidates);
        }
        List<Finding> byStart = candidates instanceof ArrayList ? candidates : new ArrayList<>(candidates);
        byStart.sort(BY_START);
        boolean overlaps = false;
        int maxEnd = byStart.get(0).end();
        for (int k = 1; k < n && !overlaps; k++) {
            overlaps = byStart.get(k).start() < maxEnd;
            maxEnd = Math.max(maxEnd, byStart.get(k).end());
        }
        if (!overlaps) {
            return byStart; // the common case: nothing to settle
        }
        List<Finding> ranked = byStart;
        ranked.sort(RANK);
        // Kept spans never overlap, so a candidate overlaps a kept span exactly when one of its
        // character positions is already taken: one bit per position answers that in a word scan.
        BitSet taken = new BitSet(maxEnd);
        List<Finding> kept = new ArrayList<>(n);
        for (Finding f : ranked) {
            int firstTaken = taken.nextSetBit(f.start());
            if (firstTaken >= 0 && firstTaken < f.end()) {
                continue;
            }
            taken.set(f.start(), f.end());
            kept.add(f);
        }
        kept.sort(BY_START);
        return kept;
    }
}
