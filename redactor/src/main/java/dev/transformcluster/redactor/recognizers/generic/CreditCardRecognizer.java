package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import dev.transformcluster.redactor.validators.Luhn;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Set;

/**
 * Payment card numbers: 12-19 digits, written plain or in groups of 3-6 separated by one space
 * or hyphen, whose prefix is an issuer range (Visa, Mastercard, Amex, Discover, Diners, JCB,
 * UnionPay, Maestro, Mir) with a length that issuer uses, and that pass the Luhn check.
 */
public final class CreditCardRecognizer implements IndexedRecognizer {

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CREDIT_CARD);
    }

    @Override
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int n = index.length();
        int i = 0; // where scanning resumes: a run ending before it is passed, one it cuts into starts at it
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0, runs = index.digitRuns(); k < runs; k++) {
            if (runEnd[k] <= i) {
                continue;
            }
            i = Math.max(runStart[k], i);
            int re = runEnd[k];
            if (re - i < 12 && !(re + 1 < n && (text[re] == ' ' || text[re] == '-') && isDigit(text[re + 1]))) {
                continue; // fewer than 12 digits and no group after them (the walk below would stop there)
            }
            int s = i;
            boolean boundary = s == 0 || !isAlnum(text[s - 1]) && text[s - 1] != '.'
                    && text[s - 1] != '-' && text[s - 1] != '+';
            int count = 0;
            long prefix = 0;
            int p = i;
            int lastDigitEnd = i;
            boolean okGroups = true;
            char sep = 0;
            while (p < n) {
                int g = p;
                while (p < n && isDigit(text[p])) {
                    if (count < 6) {
                        prefix = prefix * 10 + text[p] - '0';
                    }
                    count++;
                    p++;
                }
                int glen = p - g;
                lastDigitEnd = p;
                if (p + 1 < n && (text[p] == ' ' || text[p] == '-') && isDigit(text[p + 1])
                        && (sep == 0 || sep == text[p]) && count < 20) {
                    okGroups &= glen >= 3 && glen <= 6;
                    sep = text[p];
                    p++;
                } else {
                    okGroups &= sep == 0 || glen >= 2 && glen <= 6;
                    break;
                }
            }
            i = p;
            char next = p < n ? text[p] : ' ';
            if (!boundary || !okGroups || count < 12 || count > 19 || isAlnum(next)
                    || next == '.' && p + 1 < n && isDigit(text[p + 1])) {
                continue;
            }
            if (issuerAccepts(prefix, count) && Luhn.isValid(CharBuffer.wrap(text), s, lastDigitEnd) && contextAllows(text, s, count)) {
                out.add(new Finding(EntityType.CREDIT_CARD, s, lastDigitEnd, 0.95));
            }
        }
    }

    private static final String[] ID_WORDS = {"tracking", "invoice", "order", "ticket", "reference", "ref",
        "po", "sku", "serial", "imei", "iccid", "awb", "waybill", "shipment", "parcel", "case"};
    private static final String[] CARD_WORDS = {"card", "cards", "visa", "mastercard", "maestro", "amex",
        "credit", "debit", "cc", "pan", "charge", "charged"};

    /** Id words right before veto; short (12-15 digit) non-Amex numbers need a card word nearby. */
    private static boolean contextAllows(char[] text, int s, int digits) {
        String prev = Chars.previousWord(text, s, 4);
        for (String w : ID_WORDS) {
            if (w.equals(prev)) {
                return false;
            }
        }
        if (prev.equals("number") && Chars.containsWordBefore(text, s, 24, ID_WORDS)) {
            return false; // "order number 4111..."
        }
        char c0 = text[s];
        boolean amex = digits == 15 && c0 == '3';
        return digits >= 16 || amex || Chars.containsWordBefore(text, s, 40, CARD_WORDS);
    }

    /** Issuer ranges (IIN, first six digits) and the lengths each issuer uses. */
    static boolean issuerAccepts(long iin6, int len) {
        int p1 = (int) (iin6 / 100000);
        int p2 = (int) (iin6 / 10000);
        int p3 = (int) (iin6 / 1000);
        int p4 = (int) (iin6 / 100);
        if (p1 == 4) {
            return len == 13 || len == 16 || len == 19; // Visa
        }
        if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
            return len == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15; // American Express
        }
        if (p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || iin6 >= 622126 && iin6 <= 622925) {
            return len >= 16 && len <= 19; // Discover
        }
        if (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095) {
            return len >= 14 && len <= 19; // Diners Club
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return len >= 16 && len <= 19; // JCB
        }
        if (p2 == 62 || p2 == 81) {
            return len >= 16 && len <= 19; // UnionPay
        }
        if (p4 >= 2200 && p4 <= 2204) {
            return len >= 16 && len <= 19; // Mir
        }
        if (p2 == 50 || p2 >= 56 && p2 <= 69) {
            return len >= 12 && len <= 19; // Maestro
        }
        return false;
    }
}
