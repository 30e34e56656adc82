package dev.transformcluster.redactor.recognizers;

import static dev.transformcluster.redactor.recognizers.RecognizerTable.hit;
import static dev.transformcluster.redactor.recognizers.RecognizerTable.miss;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.generic.DateRecognizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateRecognizerTest {

    private static final Recognizer R = new DateRecognizer();

    static Stream<Arguments> positives() {
        return Stream.of(
                hit("rfc header", "Date: Wed, 11 May 2022 17:45:44 -0500", "11 May 2022"),
                hit("us long", "born September 25, 1997 in", "September 25, 1997"),
                hit("abbrev", "On Thu, Jan 5, 2023 at 22:00", "Jan 5, 2023"),
                hit("us numeric", "spoke on 5/12/19 about", "5/12/19"),
                hit("iso", "scheduled for 2020-04-06 at 4am", "2020-04-06"),
                hit("dotted european", "am 24.12.2024 geliefert", "24.12.2024"),
                hit("dd-mon-yyyy", "issued 08-Oct-1999.", "08-Oct-1999"),
                hit("weekday", "for Tuesday, June 11 at 8:00am", "Tuesday, June 11"),
                hit("ordinal of", "on the 27th of May we", "the 27th of May"),
                hit("month ordinal", "by January 25th please", "January 25th"),
                hit("abbrev dot", "before Oct. 1. Could", "Oct. 1"),
                hit("year first slashes", "shipped 2024/03/01 by", "2024/03/01"),
                hit("day month year ordinal", "on 1st March 2024 we", "1st March 2024"),
                hit("german", "Bestellung vom 3. März 2025. Bitte", "3. März 2025"),
                hit("german no year", "Termin am 15. Oktober bitte", "15. Oktober"),
                hit("french premier", "prévue le 1er janvier 2024 à Paris", "1er janvier 2024"),
                hit("french accent", "avant le 20 décembre 2023.", "20 décembre 2023"),
                hit("spanish de", "la cita para el 12 de abril de 2025.", "12 de abril de 2025"),
                hit("italian", "Consegna prevista: 15 maggio 2025.", "15 maggio 2025"),
                hit("dutch", "Levering op 4 juni 2024, bevestigd", "4 juni 2024"),
                hit("at the end of the text", "scheduled for 2020-04-06", "2020-04-06"),
                hit("two-digit day, month name", "due 05 May 2024.", "05 May 2024"),
                hit("upper-case ordinal", "ON 1ST MARCH 2024 WE", "1ST MARCH 2024"));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                miss("iso log", "2024-12-11T15:05:12.000Z INFO [api-15]"),
                miss("log with millis", "2024-07-03 00:57:54,000 ERROR"),
                miss("apache log", "[02/Nov/2024:14:06:43 +0000] WARN"),
                miss("syslog", "Mar 15 03:57:23 ERROR [api-12]"),
                miss("card expiry", "exp 06/28."),
                miss("version", "version 2023.1.9"),
                miss("may modal", "May I ask"),
                miss("ip", "10.12.20.24"),
                miss("log line date", "Jan 12 2024 09:15:22 INFO Build deployed"),
                miss("bracketed log date", "[2024-05-01 10:00:02.123] ERROR x"),
                miss("german ordinal without month", "Seite 3. Bitte lesen"),
                miss("spanish de without month", "12 de los 40 pedidos"),
                miss("month word without day", "mars et avril"),
                miss("five-digit year", "build 20204-04-06 failed"),
                miss("three-digit day", "page 123. März 2025"),
                miss("year without separator", "in 2020 04 06 we"),
                miss("three-digit run before a month", "the 111 May 2024 run"),
                miss("a time, not a day", "the 12:30 May train"),
                miss("a day glued to a comma", "items 12,May 2024"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void shouldFindValue(String name, String text, String value) {
        RecognizerTable.assertFinds(R, EntityType.DATE, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void shouldLeaveLookAlikeAlone(String name, String text) {
        RecognizerTable.assertNone(R, EntityType.DATE, text);
    }
}
