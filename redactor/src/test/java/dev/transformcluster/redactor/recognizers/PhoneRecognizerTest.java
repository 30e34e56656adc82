package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.PhoneRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneRecognizerTest {

    private static final Recognizer R = new PhoneRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("nanp dashes", "Call 416-798-2605 to confirm", "416-798-2605"),
                hit("nanp parens", "on (972) 614-5646. The", "(972) 614-5646"),
                hit("nanp dots", "Office: 363.601.2203\n", "363.601.2203"),
                hit("plus one", "+1 (927) 601-5244, please", "+1 (927) 601-5244"),
                hit("extension", "T: 544-765-4320 ext 8379\n", "544-765-4320 ext 8379"),
                hit("extension dot", "+1 (910) 798-5078 ext. 9279\n", "+1 (910) 798-5078 ext. 9279"),
                hit("uk mobile", "ring 07824729171 during", "07824729171"),
                hit("uk landline parens", "on (01386) 859197. The", "(01386) 859197"),
                hit("uk london", "M: 020 7779 6912\n", "020 7779 6912"),
                hit("uk international trunk", "+44 (0)20 7704 6434. Our", "+44 (0)20 7704 6434"),
                hit("german", "changed to +49 151 9842490, please", "+49 151 9842490"),
                hit("nanp in parentheses", "Emergency contact: Paul Weber (503-555-0143)", "503-555-0143"),
                hit("uk in parentheses", "GP: Dr. Amir Khan (0161 496 0000)", "0161 496 0000"),
                hit("html tel link", "<a href=\"tel:+13125550147\">the desk</a>", "+13125550147"),
                hit("french", "me at +33 (0)7 15 10 06 11 if", "+33 (0)7 15 10 06 11"),
                hit("uae", "new phone: +971 50 123 4567\n", "+971 50 123 4567"),
                hit("double-zero prefix", "call 0044 20 7946 0958 now", "0044 20 7946 0958"),
                hit("uk mobile spaced", "mobile 07700 900123.", "07700 900123"),
                hit("india", "WhatsApp +91 98765 43210 anytime", "+91 98765 43210"),
                hit("japan", "call +81 3-1234-5678 today", "+81 3-1234-5678"),
                hit("csv field", "Wei,wei@example.cn,+86 10 6552 9988,,Beijing", "+86 10 6552 9988"),
                hit("plain after tel", "Tel: 3008671319\n", "3008671319"),
                hit("local after phone word", "Phone: 555-0123\n", "555-0123"),
                hit("eleven digits after tel", "Tel: 07824729171, thanks", "07824729171"),
                hit("ten digits at the end of the text", "Tel: 3008671319", "3008671319"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("order number", "Your order 9491375244 has shipped"),
                miss("order dashed", "Your order 7684-9646-50 has shipped"),
                miss("ssn", "SSN 685-49-7823"),
                miss("card", "4821 7166 2640 9627"),
                miss("ip", "10.238.103.113"),
                miss("iso date", "2024-07-03"),
                miss("price", "USD 230,368.00"),
                miss("passcode", "passcode 554782#"),
                miss("tracking", "Tracking number 108705373420."),
                miss("unix millis", "1697738878000 INFO"),
                miss("plain ten digits no context", "The batch 4622940462 failed"),
                miss("local without phone word", "Room 555-0123 is booked"),
                miss("tail of a grouped invoice", "Invoice number 1779 0077 3207 4722 covers"),
                miss("nine digits after tel", "Tel: 300867131\n"),
                miss("twelve digits after tel", "Tel: 300867131922\n"),
                miss("sixteen digits after tel", "Tel: 3008671319223344\n"),
                miss("glued to a word", "Tel: 3008671319abc"),
                miss("glued to decimals", "Tel: 3008671319.25"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.PHONE_NUMBER, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.PHONE_NUMBER, text);
    }
}
