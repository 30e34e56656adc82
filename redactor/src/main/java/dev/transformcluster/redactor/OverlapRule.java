package dev.transformcluster.redactor;

import java.util.ArrayList;
import java.util.Arrays;
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
     *
     * <p>Findings are settled cluster by cluster: a cluster is a maximal run, in start order, of
     * findings each overlapping the span of those before it. Findings of different clusters never
     * overlap, so walking the ranking of each cluster alone keeps exactly what walking the ranking
     * of all findings keeps, and most clusters are a single finding that needs no ranking at all.
     */
    public static List<Finding> resolve(List<Finding> candidates) {
        int n = candidates.size();
        if (n <= 1) {
            return new ArrayList<>(candidates);
        }
        List<Finding> byStart = candidates instanceof ArrayList ? candidates : new ArrayList<>(candidates);
        sortByStart(byStart);
        List<Finding> kept = null; // stays null while nothing overlaps: byStart is then the answer
        int k = 0;
        while (k < n) {
            Finding first = byStart.get(k);
            int maxEnd = first.end();
            int j = k + 1;
            while (j < n && byStart.get(j).start() < maxEnd) {
                maxEnd = Math.max(maxEnd, byStart.get(j).end());
                j++;
            }
            if (j > k + 1) {
                if (kept == null) {
                    kept = new ArrayList<>(n);
                    kept.addAll(byStart.subList(0, k));
                }
                settle(byStart.subList(k, j), maxEnd, kept);
            } else if (kept != null) {
                kept.add(first);
            }
            k = j;
        }
        return kept == null ? byStart : kept;
    }

    /** Bits per field of {@link #sortByStart}'s keys: start, end and list position, 21 bits each. */
    private static final int KEY_BITS = 21;
    private static final long KEY_MASK = (1L << KEY_BITS) - 1;

    /**
     * Sorts by {@link #BY_START}, stably. When offsets and positions fit in 21 bits (texts and
     * pieces up to 2 million characters) it sorts one {@code long} per finding (start, end and
     * position packed, so that equal spans keep their order) instead of calling a comparator
     * about n log n times, which the first JIT tier cannot inline.
     */
    static void sortByStart(List<Finding> list) {
        int n = list.size();
        int maxEnd = 0;
        for (int k = 0; k < n; k++) {
            maxEnd = Math.max(maxEnd, list.get(k).end());
        }
        if (maxEnd > KEY_MASK || n > KEY_MASK) {
            list.sort(BY_START);
            return;
        }
        long[] keys = new long[n];
        Finding[] before = new Finding[n];
        for (int k = 0; k < n; k++) {
            Finding f = list.get(k);
            before[k] = f;
            keys[k] = (long) f.start() << 2 * KEY_BITS | (long) f.end() << KEY_BITS | k;
        }
        Arrays.sort(keys);
        for (int k = 0; k < n; k++) {
            list.set(k, before[(int) (keys[k] & KEY_MASK)]);
        }
    }

    /** Clusters up to this size compare spans pairwise; larger ones mark taken characters in a bit set. */
    private static final int SMALL_CLUSTER = 16;

    /** Walks the ranking of one cluster, appending what it keeps to {@code kept} in start order. */
    private static void settle(List<Finding> cluster, int clusterEnd, List<Finding> kept) {
        List<Finding> ranked = new ArrayList<>(cluster);
        ranked.sort(RANK);
        int from = kept.size();
        if (cluster.size() <= SMALL_CLUSTER) {
            for (Finding f : ranked) {
                boolean free = true;
                for (int q = from, end = kept.size(); q < end && free; q++) {
                    Finding g = kept.get(q);
                    free = f.end() <= g.start() || g.end() <= f.start();
                }
                if (free) {
                    kept.add(f);
                }
            }
        } else {
            // kept spans never overlap, so a candidate overlaps one exactly when one of its
            // characters is already taken: one bit per character answers that in a word scan
            int base = cluster.get(0).start();
            BitSet taken = new BitSet(clusterEnd - base);
            for (Finding f : ranked) {
                int firstTaken = taken.nextSetBit(f.start() - base);
                if (firstTaken < 0 || firstTaken >= f.end() - base) {
                    taken.set(f.start() - base, f.end() - base);
                    kept.add(f);
                }
            }
        }
        kept.subList(from, kept.size()).sort(BY_START);
    }
}
