package dev.transformcluster.redactor.recognizers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private static final List<String> WORDS = List.of(" will ", "'s ", ", who ", "p.o. box", "po box", "box",
            "boîte postale", "x", "Ab");

    @Test
    void shouldOfferEveryWordThatMatchesInListOrder() {
        WordTable table = WordTable.of(WORDS);
        String text = " WILL 's , Who P.O. BOX po box Box boîte postale x ab aB é";
        char[] t = text.toCharArray();
        for (int i = 0; i < t.length; i++) {
            List<String> matching = new ArrayList<>();
            for (String w : WORDS) {
                if (Chars.matchesAt(t, i, w)) {
                    matching.add(w);
                }
            }
            List<String> offered = new ArrayList<>();
            for (String w : table.candidates(t, i)) {
                if (Chars.matchesAt(t, i, w)) {
                    offered.add(w);
                }
            }
            assertThat(offered).as("at %d", i).isEqualTo(matching);
            assertThat(table.anyAt(t, i)).isEqualTo(!matching.isEmpty());
        }
    }

    @Test
    void shouldOfferFewWordsWhereNoneCanStart() {
        WordTable table = WordTable.of(WORDS);
        assertThat(table.candidates("qq".toCharArray(), 0)).containsExactly("x"); // one-letter words are always tried
    }
}
