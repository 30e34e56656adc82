package dev.transformcluster.redactor.recognizers;

import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.country.gb.UkPostcodeRecognizer;
import dev.transformcluster.redactor.recognizers.country.us.UsSsnRecognizer;
import dev.transformcluster.redactor.recognizers.country.us.UsZipCodeRecognizer;
import dev.transformcluster.redactor.recognizers.generic.PoBoxRecognizer;
import dev.transformcluster.redactor.recognizers.generic.CreditCardRecognizer;
import dev.transformcluster.redactor.recognizers.generic.CryptoRecognizer;
import dev.transformcluster.redactor.recognizers.generic.DateRecognizer;
import dev.transformcluster.redactor.recognizers.generic.EmailRecognizer;
import dev.transformcluster.redactor.recognizers.generic.StreetAddressRecognizer;
import dev.transformcluster.redactor.recognizers.generic.TimeRecognizer;
import dev.transformcluster.redactor.recognizers.generic.IbanRecognizer;
import dev.transformcluster.redactor.recognizers.generic.IpAddressRecognizer;
import dev.transformcluster.redactor.recognizers.generic.PersonRecognizer;
import dev.transformcluster.redactor.recognizers.generic.PhoneRecognizer;
import dev.transformcluster.redactor.recognizers.generic.UrlRecognizer;
import java.util.List;

/** The registry of built-in recognizers: {@link #all()} is what {@code Engine.defaults()} runs. */
public final class Recognizers {

    private Recognizers() {
    }

    /** Every built-in recognizer, each a stateless singleton. */
    public static List<Recognizer> all() {
        return List.of(
                new EmailRecognizer(),
                new UrlRecognizer(),
                new IpAddressRecognizer(),
                new CreditCardRecognizer(),
                new IbanRecognizer(),
                new CryptoRecognizer(),
                new PhoneRecognizer(),
                new PoBoxRecognizer(),
                new UsSsnRecognizer(),
                new UsZipCodeRecognizer(),
                new UkPostcodeRecognizer(),
                new DateRecognizer(),
                new TimeRecognizer(),
                new StreetAddressRecognizer(),
                new PersonRecognizer());
    }
}
