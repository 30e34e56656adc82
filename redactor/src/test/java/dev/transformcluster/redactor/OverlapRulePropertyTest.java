package dev.transformcluster.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link OverlapRule#resolve} settles overlaps cluster by cluster; this checks it against the rule
 * as documented, applied to all candidates at once: walk the whole ranking, keep what overlaps
 * nothing kept so far.
 */
class OverlapRulePropertyTest {

    /** The documented rule, written as plainly as possible. */
    private static List<Finding> reference(List<Finding> candidates) {
        List<Finding> ranked = new ArrayList<>(candidates);
        ranked.sort(OverlapRule.RANK);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : ranked) {
            if (kept.stream().allMatch(g -> f.end() <= g.start() || g.end() <= f.start())) {
                kept.add(f);
            }
        }
        kept.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return kept;
    }

    @Provide
    Arbitrary<List<Finding>> candidates() {
        Arbitrary<Finding> finding = Combinators.combine(
                Arbitraries.of(EntityType.values()),
                Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(1, 40),
                Arbitraries.of(0.5, 0.6, 0.85, 0.9))
                .as((type, start, length, score) -> new Finding(type, start, start + length, score));
        return finding.list().ofMaxSize(120);
    }

    @Property(tries = 400)
    void shouldKeepWhatTheRuleAppliedToAllCandidatesKeeps(@ForAll("candidates") List<Finding> candidates) {
        List<Finding> expected = reference(candidates);
        List<Finding> actual = OverlapRule.resolve(new ArrayList<>(candidates));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Property(tries = 100)
    void shouldSettleLongChainsOfOverlapsAsTheRuleDoes(@ForAll("candidates") List<Finding> seed) {
        // a chain longer than the small-cluster limit: each finding overlaps the next
        List<Finding> chain = new ArrayList<>(seed);
        for (int k = 0; k < 40; k++) {
            chain.add(new Finding(EntityType.DATE, 400 + 3 * k, 400 + 3 * k + 5, k % 3 == 0 ? 0.9 : 0.85));
        }
        assertThat(OverlapRule.resolve(new ArrayList<>(chain))).containsExactlyElementsOf(reference(chain));
    }

    @Property(tries = 300)
    void shouldSortByStartAsAStableComparatorSortDoes(@ForAll("candidates") List<Finding> candidates,
                                                      @ForAll boolean farOffsets) {
        // far offsets (past 2^21) take the comparator path; near ones the packed keys
        List<Finding> input = new ArrayList<>();
        for (Finding f : candidates) {
            int shift = farOffsets ? 3_000_000 : 0;
            input.add(new Finding(f.type(), f.start() + shift, f.end() + shift, f.score()));
        }
        List<Finding> expected = new ArrayList<>(input);
        expected.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        List<Finding> actual = new ArrayList<>(input);
        OverlapRule.sortByStart(actual);
        // identity, not equality: equal spans keep their input order
        assertThat(actual).usingElementComparator((a, b) -> a == b ? 0 : 1).containsExactlyElementsOf(expected);
    }
}
