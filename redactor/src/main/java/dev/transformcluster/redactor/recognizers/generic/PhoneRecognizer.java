package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import dev.transformcluster.redactor.recognizers.support.DigitGroups;
import java.util.List;
import java.util.Set;

/**
 * Telephone numbers. Accepted shapes: international ("+" country code, 8-15 digits, any
 * grouping, "(0)" trunk allowed); NANP 3-3-4 (optionally "(3)" and a leading 1); national
 * numbers with a 0 trunk prefix of 10-11 digits (UK 0xxxx xxxxxx, 0xxx xxx xxxx, 020 xxxx xxxx,
 * French-style pairs); an unseparated 10-11 digit run only after a phone word (Tel, call, ring,
 * mobile...). Numbers after an id word (order, invoice, reference, ticket...) are skipped. A
 * trailing extension ("ext. 21", "x 300") is part of the finding.
 */
public final class PhoneRecognizer implements IndexedRecognizer {

    private static final String[] PHONE_WORDS = {"tel", "telephone", "phone", "call", "ring", "mobile",
        "cell", "fax", "direct", "line", "dial", "whatsapp", "sms", "text", "mob", "m", "t", "p", "f",
        "o", "office", "landline", "cellphone", "hotline", "number", "at", "on", "contact", "reach", "tlf"};
    /** Words introducing an extension, longest first. */
    private static final String[] EXTENSION_WORDS = {"extension", "ext.", "ext", "x.", "x"};
    /** Words that make an unseparated 10-11 digit run a phone number when seen shortly before it. */
    private static final String[] STRONG_WORDS = {"tel", "telephone", "phone", "call", "ring", "mobile",
        "cell", "fax", "dial", "whatsapp", "sms", "reach", "reached", "direct", "line", "office", "landline",
        "cellphone", "hotline", "mob", "tlf", "contact", "text"};
    private static final String[] ID_WORDS = {"order", "invoice", "reference", "ref", "ticket", "tracking",
        "account", "acct", "case", "po", "id", "job", "passcode", "pin", "code", "version", "build", "ssn",
        "card", "iban", "sku", "serial", "no", "nr", "transaction", "confirmation", "booking", "policy"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PHONE_NUMBER);
    }

    @Override
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int n = index.length();
        DigitGroups g = new DigitGroups();
        // Candidates are the digit runs (or a '+' or '(' right before one), in order; where
        // scanning resumes never falls inside a run (it follows a token or a number), so a run
        // starting before it is passed whole. One loop over the runs, not a walk over the text
        // that asks at each stop whether a candidate is there.
        int i = 0;
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0, runs = index.digitRuns(); k < runs; k++) {
            int d = runStart[k];
            if (d < i) {
                continue;
            }
            int p = d > i && (text[d - 1] == '+' || text[d - 1] == '(') ? d - 1 : d;
            char c = text[p];
            char prev = p > 0 ? text[p - 1] : ' ';
            if (isAlnum(prev) || prev == '.' || prev == '-' || prev == '/' || prev == '#' || prev == '+'
                    || (prev == ',' || prev == ':' || prev == ' ') && p > 1 && isDigit(text[p - 2])) {
                i = skipToken(text, p + 1);
                continue;
            }
            if (p == d && singleGroup(text, n, runEnd[k])) {
                // a lone run of digits: a phone number only with 10 or 11 digits (and a phone word),
                // so the rest are settled here as parse() and accept() would settle them
                int re = runEnd[k];
                int digits = re - d;
                if (digits > 15 || re < n && (isAlnum(text[re]) || text[re] == '.' && re + 1 < n && isDigit(text[re + 1]))) {
                    i = skipToken(text, d + 1); // parse() fails: too long, or glued to a word or decimals
                    continue;
                }
                if (digits != 10 && digits != 11) {
                    i = re; // shape() is 0
                    continue;
                }
            }
            int e = g.parse(text, p);
            if (e < 0 && c == '(') {
                // "(503-555-0143)", "(0161 496 0000)": the parentheses wrap the whole number, so
                // the run itself is the next candidate
                i = d;
                k--;
                continue;
            }
            if (e < 0) {
                i = skipToken(text, p + 1);
                continue;
            }
            double score = accept(text, p, g);
            if (score > 0) {
                out.add(new Finding(EntityType.PHONE_NUMBER, p, extension(text, e), score));
            }
            i = Math.max(e, p + 1);
        }
    }

    /**
     * Whether the digit run ending at {@code end} is a whole group sequence for {@link DigitGroups#parse}:
     * no space, hyphen or dot followed by another group (or a parenthesised one) comes after it.
     */
    private static boolean singleGroup(char[] t, int n, int end) {
        if (end + 1 >= n) {
            return true;
        }
        char sep = t[end];
        char next = t[end + 1];
        return !((sep == ' ' || sep == '-' || sep == '.')
                && (isDigit(next) || next == '(' && end + 2 < n && isDigit(t[end + 2])));
    }

    private static int skipToken(char[] text, int i) {
        while (i < text.length && (isAlnum(text[i]) || text[i] == '.' || text[i] == '-')) {
            i++;
        }
        return i;
    }

    private static double accept(char[] text, int s, DigitGroups g) {
        double shape = shape(text, s, g);
        if (shape == 0) {
            return 0;
        }
        String prev = Chars.previousWord(text, s, 4);
        for (String w : ID_WORDS) {
            if (w.equals(prev)) {
                return 0;
            }
        }
        if (g.count == 2 && !g.plus && g.digits == 7 && g.len[0] == 3 && !g.dots) {
            return isPhoneWord(prev) && !"on".equals(prev) && !"at".equals(prev) && !"number".equals(prev) ? 0.6 : 0;
        }
        if (g.count == 1 && !g.plus) {
            return isPhoneWord(prev) && prev.length() <= 2
                    || Chars.containsWordBefore(text, s, 40, STRONG_WORDS) ? shape : 0;
        }
        return shape;
    }

    /** The score the digit shape alone allows (0: not a phone number). */
    private static double shape(char[] text, int s, DigitGroups g) {
        int d = g.digits;
        if (g.plus) {
            return d >= 8 && d <= 15 && (g.len[0] <= 4 || g.count == 1) ? 0.85 : 0;
        }
        if (g.dots && !(g.count == 3 && g.len[0] == 3 && g.len[1] == 3 && g.len[2] == 4)) {
            return 0;
        }
        boolean trunk = g.first == '0';
        if (trunk && g.count > 1 && g.len[0] >= 4 && g.len[0] <= 5 && s + 1 < text.length && text[s + 1] == '0'
                && d >= 11 && d <= 15) {
            return 0.8; // "0044 20 7946 0958": the 00 international prefix
        }
        if (g.count == 1) {
            return d == 10 || d == 11 ? 0.7 : 0; // needs a phone word: see accept()
        }
        if (g.count == 2 && d == 7 && g.len[0] == 3 && g.first != '0') {
            return 0.6; // NANP local "555-0123": needs a phone word, see accept()
        }
        int last = g.len[g.count - 1];
        if (d == 10 && g.count == 3 && g.len[0] == 3 && g.len[1] == 3 && last == 4 && !trunk) {
            return 0.8; // NANP
        }
        if (d == 11 && g.count == 4 && g.len[0] == 1 && g.first == '1' && g.len[1] == 3 && last == 4) {
            return 0.8; // NANP with the 1 prefix
        }
        if (trunk && (d == 10 || d == 11) && !g.dashes233()) {
            boolean pairs = true;
            for (int k = 1; k < g.count; k++) {
                pairs &= g.len[k] == 2;
            }
            return last >= 3 || pairs ? 0.75 : 0;
        }
        return 0;
    }

    private static boolean isPhoneWord(String w) {
        for (String p : PHONE_WORDS) {
            if (p.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** End after an optional extension: " ext 21", " ext. 21", " x21", ", extension 21". */
    private static int extension(char[] text, int e) {
        int p = e;
        if (p < text.length && text[p] == ',') {
            p++;
        }
        while (p < text.length && text[p] == ' ' && p - e < 3) {
            p++;
        }
        int w = -1;
        for (String x : EXTENSION_WORDS) {
            if (Chars.matchesAt(text, p, x)) {
                w = p + x.length();
                break;
            }
        }
        if (w < 0) {
            return e;
        }
        while (w < text.length && text[w] == ' ' && w - p < 12) {
            w++;
        }
        int d = w;
        while (d < text.length && isDigit(text[d]) && d - w < 6) {
            d++;
        }
        return d > w && Chars.endsToken(text, d) ? d : e;
    }
}
