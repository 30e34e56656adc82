package dev.transformcluster.redactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineTest {

    /** A recognizer that reports fixed findings, to test the engine's own rules. */
    private record Fixed(List<Finding> findings) implements Recognizer {
        @Override
        public Set<EntityType> types() {
            EnumSet<EntityType> s = EnumSet.noneOf(EntityType.class);
            findings.forEach(f -> s.add(f.type()));
            return s;
        }

        @Override
        public void scan(String text, List<Finding> out) {
            out.addAll(findings);
        }
    }

    private static Finding f(EntityType t, int s, int e, double score) {
        return new Finding(t, s, e, score);
    }

    @Test
    void shouldRegisterARecognizerForEveryEntityType() {
        EnumSet<EntityType> covered = EnumSet.noneOf(EntityType.class);
        dev.transformcluster.redactor.recognizers.Recognizers.all().forEach(r -> covered.addAll(r.types()));
        assertThat(covered).containsExactlyInAnyOrder(EntityType.values());
    }

    @Test
    void shouldHaveAValueOfEveryTypeInTheWarmUpText() {
        // the warm-up is there to run every recognizer's matching code, not only its scan loop
        EnumSet<EntityType> found = EnumSet.noneOf(EntityType.class);
        Engine.defaults().detect(WarmUp.TEXT).forEach(f -> found.add(f.type()));

        assertThat(found).isEqualTo(EnumSet.allOf(EntityType.class));
    }

    @Test
    void shouldPrepareWithAnyNumberOfWarmUpRounds() {
        Engine.prepare(0);
        Engine.prepare(3);

        assertThat(Engine.defaults().detect("mail ana@example.com")).extracting(Finding::type)
                .containsExactly(EntityType.EMAIL_ADDRESS);
    }

    @Test
    void shouldFindNothingWhenNoTypeIsEnabled() {
        assertThat(Engine.create(Set.of(), Map.of()).detect("SSN 685-49-7823, mail a@example.com")).isEmpty();
    }

    @Test
    void shouldReturnNothingWithoutRecognizers() {
        assertThat(new Engine(List.of()).detect("anything at all")).isEmpty();
    }

    @Test
    void shouldGiveRecognizersThatReadAStringOneStringOfTheCharactersTheEngineWasGiven() {
        List<String> seen = new java.util.ArrayList<>();
        Recognizer reader = new Recognizer() {
            @Override
            public Set<EntityType> types() {
                return Set.of(EntityType.URL);
            }

            @Override
            public void scan(String text, List<Finding> out) {
                seen.add(text);
            }
        };
        new Engine(List.of(reader, reader)).detect("see the text".toCharArray());
        assertThat(seen).containsExactly("see the text", "see the text");
        assertThat(seen.get(1)).isSameAs(seen.get(0));
    }

    @Test
    void shouldSortByStartAndKeepDisjointFindings() {
        Engine e = new Engine(List.of(new Fixed(List.of(f(EntityType.URL, 10, 15, 0.5), f(EntityType.DATE, 0, 4, 0.5)))));
        assertThat(e.detect("0123456789abcdefghij")).containsExactly(f(EntityType.DATE, 0, 4, 0.5), f(EntityType.URL, 10, 15, 0.5));
    }

    @Test
    void shouldLetTheLongerSpanWinAnOverlap() {
        Engine e = new Engine(List.of(new Fixed(List.of(f(EntityType.PERSON, 0, 5, 0.99), f(EntityType.EMAIL_ADDRESS, 0, 12, 0.5)))));
        assertThat(e.detect("0123456789abcdef")).containsExactly(f(EntityType.EMAIL_ADDRESS, 0, 12, 0.5));
    }

    @Test
    void shouldLetTheHigherScoreWinAnOverlapOfEqualLength() {
        Engine e = new Engine(List.of(new Fixed(List.of(f(EntityType.PHONE_NUMBER, 0, 10, 0.6), f(EntityType.US_SSN, 2, 12, 0.9)))));
        assertThat(e.detect("0123456789abcdef")).containsExactly(f(EntityType.US_SSN, 2, 12, 0.9));
    }

    @Test
    void shouldBreakFullTiesByTypeDeclarationOrder() {
        Engine e = new Engine(List.of(new Fixed(List.of(f(EntityType.URL, 0, 10, 0.8), f(EntityType.EMAIL_ADDRESS, 0, 10, 0.8)))));
        assertThat(e.detect("0123456789abcdef")).containsExactly(f(EntityType.EMAIL_ADDRESS, 0, 10, 0.8));
    }

    @Test
    void shouldDropFindingsBelowTheirTypeThreshold() {
        Engine e = Engine.create(EnumSet.allOf(EntityType.class), Map.of(EntityType.PERSON, 0.95));
        String text = "Thanks to Hugo Ullrich, mail hugo@example.com";
        assertThat(e.detect(text)).extracting(Finding::type).containsExactly(EntityType.EMAIL_ADDRESS);
    }

    @Test
    void shouldReportOnlyEnabledTypes() {
        Engine e = Engine.create(EnumSet.of(EntityType.US_SSN), Map.of());
        assertThat(e.detect("SSN 685-49-7823, mail a@example.com")).extracting(Finding::type).containsExactly(EntityType.US_SSN);
    }

    @Test
    void shouldRejectThresholdsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> Engine.create(EnumSet.allOf(EntityType.class), Map.of(EntityType.URL, 1.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountOffsetsInUtf16CodeUnits() {
        String text = "😀😀 José Müller <jose@example.de> 🚀 SSN 685-49-7823";
        List<Finding> found = Engine.defaults().detect(text);
        assertThat(found).extracting(x -> text.substring(x.start(), x.end()))
                .containsExactly("José Müller", "jose@example.de", "685-49-7823");
    }

    @Test
    void shouldFindEveryTypeInARealisticMessage() {
        String text = """
                From: "Janae Lind-Kuvalis" <janae.lindkuvalis@parisian.com>
                Date: Wed, 11 May 2022 17:45:44 -0500
                Message-ID: <20220511174544.ce2baea4@mail.parisian.com>

                Dear Ms. Bailey,

                Call +49 151 9842490 or 07824729171. Card 4821 7166 2640 9627, IBAN CH9051029596015219248.
                Wallet 31sYDZfGvquvcAgQzkpAd6HDcUZ6qLzSf3, host 5d0::ce95:1b4a:61ad:ca67:11d4:b327 and 10.1.2.3.
                SSN 685-49-7823. Ship to 954 North Center Ave., Lake City, OH 12491 or PO Box 8855.
                UK office: London EC2A 3AY. Docs at https://example.com/a.

                Regards,
                Janae Lind-Kuvalis
                """;
        assertThat(Engine.defaults().detect(text)).extracting(Finding::type).contains(EntityType.values());
    }

    @Test
    void shouldLeaveLookAlikesAlone() {
        String text = """
                Message-ID: <20220511174544.ce2baea4@mail.example.com>
                Invoice number 5275824816469891 covers Q3. We deployed build 7.6.27285.3432 and v9.18.12.
                Your order 7684-9646-50 has shipped; tracking 9400 4353 4230 2136 3919 63; ticket INC3220092.
                The quote was $38,256.47. We shipped 40,128 units. See commit b9daca0.
                2024-12-11T15:05:12.000Z INFO [api-15] job=314047 build=11.3.170.2 latency_ms=5614
                """;
        assertThat(Engine.defaults().detect(text)).isEmpty();
    }
}
