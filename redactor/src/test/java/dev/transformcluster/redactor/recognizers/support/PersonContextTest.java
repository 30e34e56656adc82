package dev.transformcluster.redactor.recognizers.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The text's end is where the caller says ({@code n}), not the array's: past it reads as a line
 * end, whatever the array holds there (a reused buffer holds NULs), while a character inside the
 * text, a NUL included, is read as itself.
 */
class PersonContextTest {

    private static final char[] NAME_THEN_NUL = "Dear Ana\u0000x".toCharArray();
    private static final int NAME_END = 8;

    @Test
    void shouldReadTheEndOfTheTextAsALineEnd() {
        int n = NAME_END; // the text is "Dear Ana"; the NUL after it is padding
        assertThat(PersonContext.endsGreeting(NAME_THEN_NUL, n, NAME_END)).isTrue();
        assertThat(PersonContext.endsLine(NAME_THEN_NUL, n, NAME_END)).isTrue();
        assertThat(PersonContext.isField(NAME_THEN_NUL, n, 5, NAME_END)).isFalse(); // a space before it
        assertThat(PersonContext.isField("Ana\u0000".toCharArray(), 3, 0, 3)).isTrue();
    }

    @Test
    void shouldReadANulInsideTheTextAsACharacterNotALineEnd() {
        int n = NAME_THEN_NUL.length; // the NUL is part of the text
        assertThat(PersonContext.endsGreeting(NAME_THEN_NUL, n, NAME_END)).isFalse();
        assertThat(PersonContext.endsLine(NAME_THEN_NUL, n, NAME_END)).isFalse();
        assertThat(PersonContext.isField("Ana\u0000".toCharArray(), 4, 0, 3)).isFalse();
    }

    @Test
    void shouldNotLookForADisplayNameAddressPastTheText() {
        char[] t = "Ana Lopez <ana@example.com>".toCharArray();
        assertThat(PersonContext.isDisplayName(t, t.length, 0, 9)).isTrue();
        assertThat(PersonContext.isDisplayName(t, 12, 0, 9)).isFalse(); // the text ends inside the address
    }
}
