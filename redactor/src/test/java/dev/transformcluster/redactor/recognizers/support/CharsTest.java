package dev.transformcluster.redactor.recognizers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsTest {

    /** The reference: the window as a lower-cased string, searched with indexOf and token tests. */
    private static boolean reference(String text, int from, int to, String... words) {
        String h = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String w : words) {
            for (int at = h.indexOf(w); at >= 0; at = h.indexOf(w, at + 1)) {
                boolean starts = at == 0 || !Character.isLetterOrDigit(h.charAt(at - 1));
                boolean ends = at + w.length() == h.length() || !Character.isLetterOrDigit(h.charAt(at + w.length()));
                if (starts && ends) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void shouldFindWholeWordsCaseInsensitivelyWithTheWindowEndsAsBoundaries() {
        char[] t = "Card no. 4111 / Postal Code: 1234 / mycard 5".toCharArray();
        assertThat(Chars.containsWordBefore(t, 9, 40, "card")).isTrue();
        assertThat(Chars.containsWordBefore(t, 9, 40, "car")).isFalse();
        assertThat(Chars.containsWordBefore(t, 28, 13, "postal code")).isTrue();
        assertThat(Chars.containsWordBefore(t, 43, 5, "card")).isTrue(); // "card " cut from "mycard": the window starts a word
        assertThat(Chars.containsWordBefore(t, 43, 8, "card")).isFalse(); // "mycard" whole
        assertThat(Chars.containsWordAfter(t, 0, 3, "car")).isTrue();
        assertThat(Chars.containsWordAfter(t, 40, 100, "5")).isTrue(); // the window ends at the text's end
        assertThat(Chars.containsWordBefore(t, 2, 40, "card")).isFalse(); // shorter than the word
    }

    @Test
    void shouldAnswerAsTheLowerCasedWindowDoesOnRandomText() {
        Random random = new Random(3);
        String alphabet = "abcABC 1.-é";
        String[] words = {"ab", "a b", "cab", "1", "é"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(Chars.containsWordIn(text.toCharArray(), from, to, words))
                    .as("[%d, %d) of '%s'", from, to, text).isEqualTo(reference(text, from, to, words));
        }
    }
}
