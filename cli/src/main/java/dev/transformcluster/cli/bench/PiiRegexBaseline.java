package dev.transformcluster.cli.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The baseline the engine is measured against: a port of the idea of piiregex, the Python script
 * this project replaces: fourteen {@code java.util.regex} patterns applied one after another with
 * {@code replaceAll}, no validation and no context. Used only by {@code bench}, never to redact.
 */
public final class PiiRegexBaseline {

    private record Rule(String tag, Pattern pattern) { }

    private static final List<Rule> RULES = List.of(
            rule("EMAIL_ADDRESS", "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
            rule("URL", "https?://[^\\s<>\"]+|www\\.[^\\s<>\"]+"),
            rule("CREDIT_CARD", "\\b(?:\\d[ -]*?){13,16}\\b"),
            rule("US_SSN", "\\b\\d{3}-\\d{2}-\\d{4}\\b"),
            rule("PHONE_NUMBER", "(?:\\+?1[-. ]?)?\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}\\b"),
            rule("UK_PHONE", "\\b(?:\\+44\\s?7\\d{3}|07\\d{3})\\s?\\d{3}\\s?\\d{3}\\b"),
            rule("IP_ADDRESS", "\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b"),
            rule("IPV6", "\\b(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}\\b"),
            rule("CRYPTO", "\\b(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}\\b"),
            rule("DATE", "\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}, \\d{4}\\b"),
            rule("TIME", "\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AP]M)?\\b"),
            rule("US_ZIP_CODE", "\\b\\d{5}(?:-\\d{4})?\\b"),
            rule("PO_BOX", "(?i)\\bP\\.? ?O\\.? Box \\d+"),
            rule("STREET_ADDRESS", "\\b\\d{1,5} [A-Z][a-z]+ (?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr)\\b"));

    private static Rule rule(String tag, String regex) {
        return new Rule("<" + tag + ">", Pattern.compile(regex));
    }

    private PiiRegexBaseline() { }

    /** Redacts {@code text} the way piiregex does: every pattern in turn over the whole text. */
    public static String redact(String text) {
        String out = text;
        for (Rule r : RULES) {
            out = r.pattern().matcher(out).replaceAll(r.tag());
        }
        return out;
    }

    public static int patternCount() {
        return RULES.size();
    }
}
