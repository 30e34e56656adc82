package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.StreetAddressRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StreetAddressRecognizerTest {

    private static final Recognizer R = new StreetAddressRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("simple", "lives at 6175 Russel Place and asked", "6175 Russel Place"),
                hit("abbrev with dot", "addressed to 954 North Center Ave., Lake", "954 North Center Ave."),
                hit("floor", "Meet us at 2387 N Leuschke Highway, Floor 8 near", "2387 N Leuschke Highway, Floor 8"),
                hit("suite", "3691 Willow Place, Suite 797\n", "3691 Willow Place, Suite 797"),
                hit("hash unit", "2057 3rd Place #931, Racine", "2057 3rd Place #931"),
                hit("uk road", "Deliver to 173 Kings Road, Oxford", "173 Kings Road"),
                hit("hyphenated", "to 11 Armstrong-Toy Street, Portage", "11 Armstrong-Toy Street"),
                hit("apostrophe", "913 O'Keefe Pkwy\nFayport", "913 O'Keefe Pkwy"),
                hit("mlk", "966 Martin Luther King Jr Boulevard", "966 Martin Luther King Jr Boulevard"),
                hit("no suffix with unit", "5340 Brookside #127, East Kirk", "5340 Brookside #127"),
                hit("csv field", "(415) 555-0132,500 Howard Street,San Francisco", "500 Howard Street"),
                hit("french", "Adresse : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix"),
                hit("french accents", "au 8 avenue des Champs-Élysées, Paris", "8 avenue des Champs-Élysées"),
                hit("german", "Lieferadresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5"),
                hit("dutch", "Adres: Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123"),
                hit("spanish", "Dirección: Calle Mayor 10, 28013 Madrid", "Calle Mayor 10"),
                hit("italian particle", "Indirizzo: Via della Spiga 12, Milano", "Via della Spiga 12"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("quantity", "We shipped 40,128 units last quarter"),
                miss("year then words", "In 2024 Sales Grew"),
                miss("lowercase", "send 3 boxes to the main street office"),
                miss("price", "$500 Main Street special"),
                miss("german word with number", "Die Zahlung 5 folgt"),
                miss("french word with number", "see place 3 in the queue"),
                miss("chapter", "see chapter 12 and page 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.STREET_ADDRESS, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.STREET_ADDRESS, text);
    }
}
