package dev.transformcluster.redactor.recognizers.country.us;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import dev.transformcluster.redactor.recognizers.support.CsvColumns;
import dev.transformcluster.redactor.recognizers.support.NameDictionary;
import java.util.List;
import java.util.Set;

/**
 * US ZIP and ZIP+4 codes: five digits (optionally "-" and four more) right after a state's
 * postal abbreviation ("Springfield, IL 62704"), or after the words ZIP / postal code.
 */
public final class UsZipCodeRecognizer implements IndexedRecognizer {

    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE",
            "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN",
            "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
            "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
            "AA", "AE", "AP");
    private static final String[] CONTEXT = {"zip", "zipcode", "zip code", "zip codes", "postal code",
        "postcode", "zip+4"};

    /** Words after a number that make it a quantity, not a place. */
    private static final String[] UNITS = {"units", "items", "ms", "seconds", "minutes", "hours", "days",
        "users", "rows", "records", "bytes", "kb", "mb", "gb", "requests", "people", "copies", "pieces",
        "orders", "tickets", "steps", "words", "pages", "years", "dollars", "euros", "pounds", "cases"};

    /** Table headers of ZIP code columns ("zip", "zip_code", "| ZIP |"). */
    private static final NameDictionary ZIP_HEADERS = NameDictionary.of(List.of("zip", "zipcode", "zip_code",
            "zip code", "zip+4", "postal_zip"));

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.US_ZIP_CODE);
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
            int s = Math.max(runStart[k], i);
            i = runEnd[k];
            if (i - s != 5 || !Chars.startsToken(text, s) || s > 0 && (text[s - 1] == '-'
                    || text[s - 1] == '.' || text[s - 1] == '$' || text[s - 1] == '#')) {
                continue;
            }
            int e = i;
            if (e + 5 <= n && text[e] == '-' && allDigits(text, e + 1, e + 5)
                    && (e + 5 == n || !isAlnum(text[e + 5]))) {
                e += 5;
            }
            if (e < n && (isAlnum(text[e]) || (text[e] == '.' || text[e] == ',')
                    && e + 1 < n && isDigit(text[e + 1]))) {
                continue;
            }
            if (afterState(text, s)) {
                out.add(new Finding(EntityType.US_ZIP_CODE, s, e, 0.85));
            } else if (Chars.containsWordBefore(text, s, 24, CONTEXT)) {
                out.add(new Finding(EntityType.US_ZIP_CODE, s, e, 0.7));
            } else if (Chars.previousWord(text, s, 2).equals("in") && e + 2 < n && text[e] == ' '
                    && Chars.isLower(text[e + 1]) && !Chars.containsWordAfter(text, e, 12, UNITS)) {
                out.add(new Finding(EntityType.US_ZIP_CODE, s, e, 0.5)); // "customers in 60614 get..."
            }
            i = e;
        }
        CsvColumns.scan(text, index, ZIP_HEADERS, (s, e) -> {
            if ((e - s == 5 || e - s == 10 && text[s + 5] == '-') && allDigits(text, s, s + 5)
                    && allDigits(text, e - 4, e)) {
                out.add(new Finding(EntityType.US_ZIP_CODE, s, e, 0.8)); // a value of a "zip" column
            }
        });
    }

    private static boolean allDigits(char[] t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(t[k])) {
                return false;
            }
        }
        return true;
    }

    /** "..., ST 12345" or "ST 12345" with ST a state abbreviation in capitals. */
    private static boolean afterState(char[] t, int s) {
        int p = s - 1;
        if (p < 2 || t[p] != ' ') {
            return false;
        }
        if (t[p - 1] == ' ') {
            p--;
        }
        char a = t[p - 2];
        char b = t[p - 1];
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || p >= 3 && isAlnum(t[p - 3])) {
            return false;
        }
        return STATES.contains(new String(t, p - 2, 2));
    }
}
