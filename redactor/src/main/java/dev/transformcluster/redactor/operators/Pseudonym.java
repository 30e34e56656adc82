package dev.transformcluster.redactor.operators;

import dev.transformcluster.redactor.EntityType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Replaces a value by a keyed pseudonym, {@code <PERSON_3f9a1c2b>}: the type and the first 8 hex
 * digits of HMAC-SHA256(key, type + NUL + normalised value). The same value under the same key
 * gives the same pseudonym in every document and every run, so redacted data can still be joined;
 * without the key the value cannot be recovered or confirmed by guessing.
 *
 * <p>Normalisation, so trivially different spellings of one value agree: whitespace runs become
 * one space and the ends are trimmed; e-mail addresses, people's names and postal addresses are
 * compared case-insensitively; for numbers (cards, phones, IBANs, SSNs) only letters and digits count,
 * upper-cased, so {@code 4821-7166-2640-9627} and {@code 4821 7166 2640 9627} agree.
 */
public record Pseudonym(PseudonymKey key) implements Operator {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public Pseudonym {
        if (key == null) {
            throw new IllegalArgumentException("the pseudonym operator needs a key");
        }
    }

    @Override
    public void appendReplacement(StringBuilder out, EntityType type, CharSequence text, int start, int end) {
        String normalised = normalise(type, text, start, end);
        byte[] mac = key.hmac((type.name() + '\0' + normalised).getBytes(StandardCharsets.UTF_8));
        out.append('<').append(type.name()).append('_');
        for (int i = 0; i < 4; i++) {
            out.append(HEX[(mac[i] >> 4) & 0xF]).append(HEX[mac[i] & 0xF]);
        }
        out.append('>');
    }

    static String normalise(EntityType type, CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        switch (type) {
            case CREDIT_CARD, PHONE_NUMBER, IBAN_CODE, US_SSN, US_ZIP_CODE, UK_POSTCODE -> {
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        sb.append(Character.toUpperCase(c));
                    } else if (c == '+' && sb.isEmpty()) {
                        sb.append(c); // an international prefix is part of a phone number
                    }
                }
                return sb.toString();
            }
            default -> {
                boolean space = false;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (Character.isWhitespace(c)) {
                        space = !sb.isEmpty();
                    } else {
                        if (space) {
                            sb.append(' ');
                            space = false;
                        }
                        sb.append(c);
                    }
                }
                String s = sb.toString();
                return switch (type) {
                    case EMAIL_ADDRESS, PERSON, STREET_ADDRESS, PO_BOX -> s.toLowerCase(Locale.ROOT);
                    default -> s;
                };
            }
        }
    }

    @Override
    public String kind() {
        return "pseudonym";
    }

    @Override
    public String describe() {
        return "pseudonym(key=" + key.fingerprint() + ")";
    }
}
