package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.validators.Iban;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Set;

/**
 * International bank account numbers: a registered country code, two check digits, then
 * exactly as many letters and digits as that country's IBAN has (single spaces allowed between
 * them, as in the printed groups of four), passing mod-97.
 */
public final class IbanRecognizer implements IndexedRecognizer {

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IBAN_CODE);
    }

    @Override
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int n = index.length();
        int resume = 0; // past the last IBAN found
        int[] capStart = index.capWordStarts();
        for (int k = 0, caps = index.capWords(); k < caps && capStart[k] + 4 < n; k++) {
            int i = capStart[k];
            if (i < resume) {
                continue;
            }
            char c0 = text[i];
            if (c0 < 'A' || c0 > 'Z') {
                continue;
            }
            char c1 = text[i + 1];
            if (c1 < 'A' || c1 > 'Z' || !isDigit(text[i + 2]) || !isDigit(text[i + 3])
                    || i > 0 && isAlnum(text[i - 1])) {
                continue;
            }
            int want = Iban.lengthFor(c0, c1);
            if (want < 0) {
                continue;
            }
            int p = i;
            int got = 0;
            while (p < n && got < want) {
                char c = text[p];
                if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                    got++;
                    p++;
                } else if (c == ' ' && got >= 4 && p + 1 < n && isAlnum(text[p + 1])) {
                    p++;
                } else {
                    break;
                }
            }
            if (got == want && (p >= n || !isAlnum(text[p])) && Iban.isValid(CharBuffer.wrap(text), i, p)) {
                out.add(new Finding(EntityType.IBAN_CODE, i, p, 0.98));
                resume = p;
            }
        }
    }
}
