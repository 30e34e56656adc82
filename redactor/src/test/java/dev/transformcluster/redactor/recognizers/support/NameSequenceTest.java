package dev.transformcluster.redactor.recognizers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSequenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "van Beethoven|true",
        "de la Cruz|true",
        "della Robbia|true",
        "Von Trapp|true",          // the dictionary folds case
        "dé Souza|true",           // and diacritics: the first letter is not ASCII, so the look-up decides
        "vanity fair|false",
        "van|false",               // a particle needs a space after it
        "the quick|false",
        "Xu Li|false",
        "'de Niro|false",          // a word does not start with an apostrophe
        "3 de|false",
    })
    void shouldRecogniseParticlesFollowedByASpace(String text, boolean particle) {
        assertThat(NameSequence.isParticle(text.toCharArray(), 0)).isEqualTo(particle);
    }

    @Test
    void shouldFindNoParticleAtOrNearTheEndOfTheText() {
        char[] t = "Maria de".toCharArray();
        assertThat(NameSequence.isParticle(t, t.length)).isFalse();
        assertThat(NameSequence.isParticle(t, t.length - 1)).isFalse();
        assertThat(NameSequence.isParticle(t, 6)).isFalse(); // "de" with no space after it
    }

    /** PERSON probes the dictionaries with the hash the word walk computed: it must be theirs. */
    @Test
    void shouldHashAWordAsTheDictionariesDo() {
        Random random = new Random(11);
        String letters = "abcxyzABCXYZéÜßñ'-\u2019";
        for (int round = 0; round < 5_000; round++) {
            String word = randomWord(random, letters, 12);
            char[] t = (word + " x").toCharArray();
            long eh = NameSequence.wordEndAndHash(t, 0);
            int end = (int) (eh >>> 32);
            assertThat(end).isEqualTo(NameSequence.wordEnd(t, 0));
            assertThat((int) eh).as(word).isEqualTo(NameDictionary.hashOf(t, 0, end));
        }
        NameDictionary names = NameDictionary.of(java.util.List.of("muller", "obrien"));
        char[] t = "Müller and O'Brien".toCharArray();
        assertThat(names.contains(t, 0, 6, (int) NameSequence.wordEndAndHash(t, 0))).isTrue();
        assertThat(names.contains(t, 11, 18, (int) NameSequence.wordEndAndHash(t, 11))).isTrue();
    }

    /** The two-letter shortcut answers as the dictionary look-up alone would. */
    @Test
    void shouldAnswerAsTheParticleListDoesOnRandomWords() {
        NameDictionary particles = NameDictionary.of(NameSequence.PARTICLE_WORDS);
        Random random = new Random(7);
        String letters = "abdeilnorstuvzABDVXé'-";
        for (int round = 0; round < 20_000; round++) {
            String word = randomWord(random, letters, 5);
            char[] t = (word + " X").toCharArray();
            int e = NameSequence.wordEnd(t, 0);
            boolean expected = e < t.length && t[e] == ' ' && particles.contains(t, 0, e);
            assertThat(NameSequence.isParticle(t, 0)).as(word).isEqualTo(expected);
        }
    }

    /** One to {@code maxLength} characters drawn from {@code letters}. */
    private static String randomWord(Random random, String letters, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + random.nextInt(maxLength); k > 0; k--) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
