package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.PersonRecognizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonRecognizerTest {

    private static final Recognizer R = new PersonRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("display name", "From: \"Janae Lind-Kuvalis\" <janae@example.com>", "Janae Lind-Kuvalis"),
                hit("display name unquoted", "To: Mathilde Bins <mb@example.com>", "Mathilde Bins"),
                hit("title", "Dear Ms. Bailey,\n\nIf", "Ms. Bailey"),
                hit("greeting", "Hi Patti,\n\nThanks", "Patti"),
                hit("good morning", "Good morning Daphnee,\n\n", "Daphnee"),
                hit("sign-off", "Thanks.\n\nRegards,\nJanae Lind-Kuvalis\nDirector | Acme - Bergstrom", "Janae Lind-Kuvalis"),
                hit("quoted sign-off", "> Best,\n> Margaret Holloway\n", "Margaret Holloway"),
                hit("forwarding", "Forwarding this from Sheila Weimann (sheila@example.com), who", "Sheila Weimann"),
                hit("initial", "Eloy Y. Kling will take over", "Eloy Y. Kling"),
                hit("running text known names", "Thanks to Hugo Ullrich and Isabel Ledner for", "Isabel Ledner"),
                hit("accents", "Please loop in José Müller on the contract", "José Müller"),
                hit("o-apostrophe", "I spoke with Aoife O'Connor from Dublin", "Aoife O'Connor"),
                hit("all caps", "ATTN: MARGARET HOLLOWAY\n", "MARGARET HOLLOWAY"),
                hit("particle", "Ask Ludwig van Beethoven about it", "Ludwig van Beethoven"),
                hit("lone name after ask", "Can you ask Brant whether the", "Brant"),
                hit("csv row", "1002,José Müller,jose@example.de", "José Müller"),
                hit("chat nick", "09:02 <sarah.lee> morning!", "sarah.lee"),
                hit("surname-first csv field", "name;email\nDupont Marie;marie@example.fr", "Dupont Marie"),
                hit("surname, given quoted", "\"Müller, Jürgen\",+49 30 1234567", "Müller, Jürgen"),
                hit("html sign-off", "<p>Best wishes,<br>Laura Chen<br>Customer Care</p>", "Laura Chen"),
                hit("markdown table cell", "| Name | Role |\n| Marie Curie | Chemist |", "Marie Curie"),
                hit("ascii table cell", "+---+\n| Robert Fischer   | r@example.com |", "Robert Fischer"),
                hit("german title", "Bei Fragen wenden Sie sich an Herr Schneider unter", "Herr Schneider"),
                hit("stacked titles", "Sehr geehrter Herr Dr. Müller,", "Herr Dr. Müller"),
                hit("dutch title", "Geachte Mevrouw Jansen,", "Mevrouw Jansen"),
                hit("chat speaker", "Lukas: send it to the old wallet", "Lukas"),
                hit("italian greeting and title", "Gentile Sig.ra Rossi,\n\nle confermo", "Sig.ra Rossi"),
                hit("spanish greeting", "Estimado Pablo:\nAdjunto la factura.", "Pablo"),
                hit("action item", "Notes:\n- Hannah to send the contract by Friday", "Hannah"),
                hit("contact list item", "Contacts:\n- Ólafur Jónsson (Reykjavík): +354 551 2345", "Ólafur Jónsson"),
                hit("vietnamese list item", "Contacts:\n- Nguyễn Thị Mai (Hanoi office): +84 24", "Nguyễn Thị Mai"),
                hit("csv name column", "first_name,last_name,email\nMargaret,Holloway,mh@example.com", "Holloway"),
                hit("markdown name column", "| Name | Role |\n|---|---|\n| Wei | Chemist |", "Wei"),
                hit("capitals header in French", "ID;NOM;VILLE\n17;Lefebvre;Lyon", "Lefebvre"),
                hit("attendee list", "Attendees: Hannah Schmidt, Oliver Bennett, Amara Okonkwo", "Oliver Bennett"),
                hit("dutch by", "bevestigd door Sanne de Vries.", "Sanne de Vries"),
                hit("common-word name in context", "Can you ask Hope whether the", "Hope"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("company and-list", "We should align with Kozey, Hagenes and Kuhic on the timeline"),
                miss("llc", "The proposal from Romaguera LLC is solid"),
                miss("dash company", "We should align with Klein - Walker on it"),
                miss("product", "The Intelligent Cotton Hat launch is on track"),
                miss("and sons", "align with Hyatt and Sons on"),
                miss("job title", "Tel: 1\nLegacy Brand Manager | Acme Corp\nTel: 1"),
                miss("city state", "PO Box 1, Lake Carol, OH 14546"),
                miss("place", "shipped to San Francisco today"),
                miss("place as csv field", "500 Howard Street,San Francisco,94105,US"),
                miss("sentence start", "The Budget Approval is pending"),
                miss("greeting team", "Hi Team,\n\nPlease"),
                miss("company with org last word", "Following up with Northwind Traders on pricing"),
                miss("award", "Grace Hopper Award nominations close Friday"),
                miss("holiday", "Christmas Eve is a holiday"),
                miss("german pronoun and nouns", "Bitte überweisen Sie den Betrag auf das Konto"),
                miss("german article", "Die Lieferung erfolgt am Montag"),
                miss("common words after with", "Work with Hope and Faith, plan with Grace."),
                miss("payment brand", "We paid with Apple Pay yesterday"),
                miss("signature bar", "Janae Lind | Analyst | Acme"),
                miss("git author header", "commit b9daca0\nAuthor: x <x@example.com>"),
                miss("chat bot", "09:03 <ops-bot> vpn gateway is up"),
                miss("city after postcode", "Keizersgracht 123, 1015 CJ Amsterdam"),
                miss("foreign header word", "Von: x@example.de\nBetreff: Rechnung"),
                miss("spanish street", "Dirección: Calle Mayor 10, 28013 Madrid"),
                miss("company in a name column", "name,email\nAcme Corporation,info@example.com"),
                miss("row after the table", "name,email\n\nRegional Office,today"),
                miss("city and state", "SHIP TO:\nLOS ANGELES CA 90017"),
                miss("list item of words", "Agenda:\n- Budget Review (Q3): approved"),
                miss("german sign-off", "bis bald.\n\nBeste Grüße\n"),
                miss("dutch greeting to all", "Beste allemaal,\n\nDe vergadering"),
                miss("spanish header", "De: m@example.es\nPara: p@example.es"),
                miss("product after and", "Microsoft Teams and Google Meet links"),
                miss("city after and", "offices in New York and Los Angeles."),
                miss("action item of a word", "Notes:\n- Will to follow up\n- Review to be scheduled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.PERSON, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.PERSON, text);
    }

    /** Header-like fields and table cells on one long line, and header lines each over rows: still linear. */
    @Test
    void shouldStayLinearOnTablesMadeOfHeaders() {
        String oneLine = "| name ".repeat(400_000) + "|\n" + "| Anna ".repeat(400_000) + "|\n";
        String headerLines = "name,email\nAnna,a\n".repeat(200_000);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            R.scan(oneLine, new ArrayList<Finding>());
            R.scan(headerLines, new ArrayList<Finding>());
        });
    }
}
