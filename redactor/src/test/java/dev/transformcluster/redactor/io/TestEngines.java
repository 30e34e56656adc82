package dev.transformcluster.redactor.io;

import dev.transformcluster.redactor.Engine;
import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.Recognizer;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, predictable engine for testing the I/O layers independently of the real recognizers:
 * simple patterns for e-mail addresses, 16-digit cards, IPv4 addresses and a fixed list of names.
 * (Test inputs are short lines, so java.util.regex is fine here.)
 */
public final class TestEngines {

    public static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    public static final Pattern CARD = Pattern.compile("\\b\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{4}\\b");
    public static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b");
    public static final Pattern PERSON = Pattern.compile("\\b(?:Alice Smith|Bob Jones|José García|Jane Doe|Zoë Müller)\\b");

    private TestEngines() {
    }

    /** A recognizer reporting every match of {@code pattern} as {@code type} with score 0.9. */
    public static Recognizer regex(EntityType type, Pattern pattern) {
        return new Recognizer() {
            @Override
            public Set<EntityType> types() {
                return Set.of(type);
            }

            @Override
            public void scan(String text, List<Finding> out) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    out.add(new Finding(type, m.start(), m.end(), 0.9));
                }
            }
        };
    }

    /** The test engine: EMAIL_ADDRESS, CREDIT_CARD, IP_ADDRESS, PERSON. */
    public static Engine engine() {
        return new Engine(List.of(
                regex(EntityType.EMAIL_ADDRESS, EMAIL),
                regex(EntityType.CREDIT_CARD, CARD),
                regex(EntityType.IP_ADDRESS, IPV4),
                regex(EntityType.PERSON, PERSON)));
    }
}
