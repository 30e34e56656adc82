package dev.transformcluster.redactor.operators;

import dev.transformcluster.redactor.EntityType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymTest {

    private static PseudonymKey key(String s) throws Exception {
        return PseudonymKey.of(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldGiveTheSameValueTheSamePseudonymAcrossInstances() throws Exception {
        Pseudonym a = new Pseudonym(key("0123456789abcdef-secret"));
        Pseudonym b = new Pseudonym(key("0123456789abcdef-secret"));

        assertThat(a.apply(EntityType.PERSON, "Alice Smith")).isEqualTo(b.apply(EntityType.PERSON, "Alice Smith"));
    }

    @Test
    void shouldHaveTheDocumentedShape() throws Exception {
        String p = new Pseudonym(key("0123456789abcdef-secret")).apply(EntityType.PERSON, "Alice Smith");

        assertThat(p).matches("<PERSON_[0-9a-f]{8}>");
    }

    @Test
    void shouldBeAStableFunctionOfKeyAndValue() throws Exception {
        // Pinned: HMAC-SHA256("0123456789abcdef-secret", "EMAIL_ADDRESS\0alice@example.com"), first 4 bytes.
        // A change here breaks joins on data pseudonymised by earlier runs.
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal("EMAIL_ADDRESS\0alice@example.com".getBytes(StandardCharsets.UTF_8)), 0, 4);

        assertThat(new Pseudonym(key("0123456789abcdef-secret")).apply(EntityType.EMAIL_ADDRESS, "Alice@Example.com"))
                .isEqualTo("<EMAIL_ADDRESS_" + expected + ">");
    }

    @Test
    void shouldGiveDifferentPseudonymsUnderDifferentKeys() throws Exception {
        String a = new Pseudonym(key("0123456789abcdef-one")).apply(EntityType.PERSON, "Alice Smith");
        String b = new Pseudonym(key("0123456789abcdef-two")).apply(EntityType.PERSON, "Alice Smith");

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void shouldGiveDifferentValuesDifferentPseudonyms() throws Exception {
        Pseudonym p = new Pseudonym(key("0123456789abcdef-secret"));

        assertThat(p.apply(EntityType.PERSON, "Alice Smith")).isNotEqualTo(p.apply(EntityType.PERSON, "Alice Smyth"));
    }

    @Test
    void shouldIgnoreCaseAndSpacingOfEmailAndSeparatorsOfNumbers() throws Exception {
        Pseudonym p = new Pseudonym(key("0123456789abcdef-secret"));

        assertThat(p.apply(EntityType.EMAIL_ADDRESS, "Alice@Example.COM")).isEqualTo(p.apply(EntityType.EMAIL_ADDRESS, "alice@example.com"));
        assertThat(p.apply(EntityType.CREDIT_CARD, "4821-7166-2640-9627")).isEqualTo(p.apply(EntityType.CREDIT_CARD, "4821 7166 2640 9627"));
        assertThat(p.apply(EntityType.PERSON, "Alice   Smith")).isEqualTo(p.apply(EntityType.PERSON, "alice smith"));
    }

    @Test
    void shouldSeparateTypes() throws Exception {
        Pseudonym p = new Pseudonym(key("0123456789abcdef-secret"));

        assertThat(p.apply(EntityType.US_ZIP_CODE, "12345").substring(13)).isNotEqualTo(p.apply(EntityType.PHONE_NUMBER, "12345").substring(14));
    }

    @Test
    void shouldBeSafeToShareBetweenThreads() throws Exception {
        Pseudonym p = new Pseudonym(key("0123456789abcdef-secret"));
        String expected = p.apply(EntityType.PERSON, "Alice Smith");
        Set<String> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(p.apply(EntityType.PERSON, "Alice Smith")));

        assertThat(seen).containsExactly(expected);
    }
}
