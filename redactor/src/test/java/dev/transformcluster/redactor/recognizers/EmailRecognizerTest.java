package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.EmailRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailRecognizerTest {

    private static final Recognizer R = new EmailRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("plain", "write to ana.lopez@example.com today", "ana.lopez@example.com"),
                hit("display name", "From: \"Ana\" <ana+billing@mail.example.co.uk>", "ana+billing@mail.example.co.uk"),
                hit("quoted reply", "> contact bob_smith81@corp.example.org.", "bob_smith81@corp.example.org"),
                hit("csv field", "1001,Margaret,m.holloway@example-freight.com,+44", "m.holloway@example-freight.com"),
                hit("apostrophe local", "mail o'brien@example.ie now", "o'brien@example.ie"),
                hit("upper case", "JOSE.MULLER@EXAMPLE.DE", "JOSE.MULLER@EXAMPLE.DE"),
                hit("key value log", "user_email=jane.doe@example.com src_ip=1", "jane.doe@example.com"),
                hit("html mailto", "<a href=\"mailto:x.ray@example.org\">our editor</a>", "x.ray@example.org"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("message id", "Message-ID: <20220511174544.ce2baea4@mail.example.com>"),
                miss("quoted message id", "> Message-Id: <abc.123@mail.example.com>"),
                miss("references folded", "References: <a1@x.example.com>\n <20220511.b2@mail.example.com>"),
                miss("in-reply-to", "In-Reply-To: <CAF=abc@mail.gmail.com>"),
                miss("at sign runs", "@@@@ @ a@ @b"),
                miss("no domain dot", "user@localhost"),
                miss("twitter handle", "ping @sarah_lee on chat"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.EMAIL_ADDRESS, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.EMAIL_ADDRESS, text);
    }
}
