package dev.transformcluster.redactor.recognizers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import java.util.function.BiConsumer;
import java.util.function.IntUnaryOperator;

/** The index's look-ups answer what a plain scan of the text answers. */
class TextIndexTest {

    /** ASCII classes and marks, and beyond ASCII: letters of both cases, a CJK letter, a Cyrillic one, a surrogate half. */
    private static final String ALPHABET = "aAbpPwWz09 ,;|\t\n\r@:<.-éÉ£'ΩωЖ中\uD83D";

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * Calls {@code check} with 200 random texts (of {@link #ALPHABET}) and their index, built
     * anew and then {@link TextIndex#borrow borrowed}: in lists the previous text (longer or
     * shorter) filled, which must answer the same. One text in ten is 4,000 to 13,000 characters
     * long: the index reads a text in blocks of 4,096, and runs and words cross their borders.
     */
    private static void forRandomTexts(long seed, BiConsumer<String, TextIndex> check) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            String text = randomText(random, round % 10 == 9 ? 4_000 + random.nextInt(9_000) : 1 + random.nextInt(300));
            check.accept(text, TextIndex.of(text));
            TextIndex borrowed = TextIndex.borrow(text.toCharArray());
            try {
                check.accept(text, borrowed);
            } finally {
                borrowed.release();
            }
        }
    }

    @Test
    void shouldNotKeepTheListsOfAVeryLongTextForTheThreadsNextBorrow() {
        char[] runs = "1 ".repeat(1_200_000).toCharArray(); // 1.2 million digit runs
        TextIndex big = TextIndex.borrow(runs);
        assertThat(big.digitRuns()).isEqualTo(1_200_000);
        big.release();
        assertThat(TextIndex.keptCapacity()).isLessThanOrEqualTo(1 << 20);
        TextIndex small = TextIndex.borrow("a 1 b 22".toCharArray());
        assertThat(list(small.digitRuns(), k -> small.digitRunStarts()[k])).containsExactly(2, 6);
        small.release();
        assertThat(TextIndex.keptCapacity()).isGreaterThan(0);
    }

    @Test
    void shouldGiveABorrowWhileAnotherIsOutListsOfItsOwn() {
        TextIndex outer = TextIndex.borrow("12 Ab 34".toCharArray());
        TextIndex inner = TextIndex.borrow("Cd 5 Ef 6 Gh 7".toCharArray());
        assertThat(list(outer.digitRuns(), k -> outer.digitRunStarts()[k])).containsExactly(0, 6);
        assertThat(list(outer.capWords(), k -> outer.capWordStarts()[k])).containsExactly(3);
        assertThat(list(inner.digitRuns(), k -> inner.digitRunStarts()[k])).containsExactly(3, 8, 13);
        inner.release();
        outer.release();
        TextIndex again = TextIndex.borrow("9".toCharArray()); // the thread's lists are free again
        assertThat(list(again.digitRuns(), k -> again.digitRunStarts()[k])).containsExactly(0);
        again.release();
    }

    private static boolean alnum(char c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }

    @Test
    void shouldFindEveryMarkAsIndexOfDoes() {
        forRandomTexts(7, (text, index) -> {
            for (int i = 0; i <= text.length(); i++) {
                assertThat(index.nextAt(i)).as("@ from %d in %s", i, text).isEqualTo(text.indexOf('@', i));
                assertThat(index.nextColon(i)).isEqualTo(text.indexOf(':', i));
                assertThat(index.nextLessThan(i)).isEqualTo(text.indexOf('<', i));
            }
        });
    }

    @Test
    void shouldFindRunStartsCapitalsAndWAndPWordsAsAPlainScanDoes() {
        forRandomTexts(11, (text, index) -> {
            List<Integer> digits = new ArrayList<>();
            List<Integer> caps = new ArrayList<>();
            List<Integer> wWords = new ArrayList<>();
            List<Integer> pWords = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                if (c >= '0' && c <= '9' && !(before >= '0' && before <= '9' && i > 0)) {
                    digits.add(i);
                }
                if (Character.isUpperCase(c) && Character.isLetter(c) && (i == 0 || !alnum(before))) {
                    caps.add(i);
                }
                if ((c == 'w' || c == 'W') && (i == 0 || !alnum(before))) {
                    wWords.add(i);
                }
                if (c == 'p' && (i == 0 || !alnum(before))) {
                    pWords.add(i);
                }
            }
            assertThat(list(index.digitRuns(), k -> index.digitRunStarts()[k])).isEqualTo(digits);
            assertThat(index.digitRuns()).isEqualTo(digits.size());
            for (int k = 0; k < digits.size(); k++) {
                int end = digits.get(k);
                while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    end++;
                }
                assertThat(index.digitRunStarts()[k]).isEqualTo(digits.get(k));
                assertThat(index.digitRunEnds()[k]).as("end of run %d in %s", k, text).isEqualTo(end);
            }
            assertThat(list(index.capWords(), k -> index.capWordStarts()[k])).isEqualTo(caps);
            List<Integer> found = new ArrayList<>();
            for (int i = index.nextWWord(0); i >= 0; i = index.nextWWord(i + 1)) {
                found.add(i);
            }
            assertThat(found).isEqualTo(wWords);
            found.clear();
            for (int i = index.nextPWord(0); i >= 0; i = index.nextPWord(i + 1)) {
                found.add(i);
            }
            assertThat(found).isEqualTo(pWords);
        });
    }

    private static List<Integer> list(int count, IntUnaryOperator kth) {
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            found.add(kth.applyAsInt(k));
        }
        return found;
    }

    @Test
    void shouldCarryARunOrAWordAcrossTheBordersOfItsBlocks() {
        for (int at = 4_090; at <= 4_100; at++) { // the first block ends at 4,096
            String text = "a".repeat(at) + " 123 Ab" + "b".repeat(5_000) + "4 Cd";
            TextIndex index = TextIndex.of(text);
            assertThat(list(index.digitRuns(), k -> index.digitRunStarts()[k])).containsExactly(at + 1, at + 7 + 5_000);
            assertThat(list(index.digitRuns(), k -> index.digitRunEnds()[k])).containsExactly(at + 4, at + 8 + 5_000);
            assertThat(list(index.capWords(), k -> index.capWordStarts()[k])).containsExactly(at + 5, at + 9 + 5_000);
        }
    }

    @Test
    void shouldAnswerQueriesOutOfOrder() {
        TextIndex index = TextIndex.of("a@b c@d e@f");
        assertThat(index.nextAt(8)).isEqualTo(9);
        assertThat(index.nextAt(0)).isEqualTo(1); // back to the start: binary search
        assertThat(index.nextAt(2)).isEqualTo(5);
        assertThat(index.nextAt(10)).isEqualTo(-1);
    }

    @Test
    void shouldListShortFieldsWithASeparatorAsHeaderCandidates() {
        String text = "first_name,last_name\nAna,Lopez\na very long field that cannot possibly be a table header, x\nsolo\n";
        TextIndex index = TextIndex.of(text);
        List<String> fields = new ArrayList<>();
        for (int k = 0; k < index.headerFieldEnds(); k += 2) {
            fields.add(text.substring(index.headerFields()[k], index.headerFields()[k + 1]));
        }
        assertThat(fields).containsExactly("first_name", "last_name", "Ana", "Lopez", " x");
    }
}
