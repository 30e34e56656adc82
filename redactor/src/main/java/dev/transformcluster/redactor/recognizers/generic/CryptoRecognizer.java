package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.validators.Base58Check;
import dev.transformcluster.redactor.validators.Bech32;
import java.util.List;
import java.util.Set;

/**
 * Bitcoin addresses, checksums verified: Base58Check P2PKH ('1...') and P2SH ('3...') of
 * 26-35 characters, and segwit Bech32/Bech32m ("bc1...", "tb1..."). Every alphanumeric token of
 * a plausible length is tested, so a run of letters costs one pass.
 */
public final class CryptoRecognizer implements IndexedRecognizer {

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CRYPTO);
    }

    /** Candidates start at a digit run: '1'/'3' for Base58Check, the '1' after "bc"/"tb" for segwit. */
    @Override
    public void scan(String text, TextIndex index, List<Finding> out) {
        int n = text.length();
        int last = 0;
        for (int k = 0; k < index.digitRuns(); k++) {
            int d = index.digitRun(k);
            char c = text.charAt(d);
            if (c != '1' && c != '3' || d < last) {
                continue;
            }
            int s = d;
            if (c == '1' && d >= 2 && (matchesHrp(text, d - 2, "bc") || matchesHrp(text, d - 2, "tb"))) {
                s = d - 2;
            }
            if (s > 0 && isAlnum(text.charAt(s - 1))) {
                continue;
            }
            int e = d;
            while (e < n && isAlnum(text.charAt(e)) && e - s <= 90) {
                e++;
            }
            int len = e - s;
            if (e < n && isAlnum(text.charAt(e)) || len < 14) {
                continue;
            }
            if (s == d && len >= 26 && len <= 35 && base58(text, s, e) && Base58Check.isBitcoinAddress(text, s, e)
                    || s < d && Bech32.isSegwitAddress(text, s, e, Character.toLowerCase(text.charAt(s)) == 'b' ? "bc" : "tb")) {
                out.add(new Finding(EntityType.CRYPTO, s, e, 0.99));
                last = e;
            }
        }
    }

    private static boolean matchesHrp(String t, int i, String hrp) {
        return Character.toLowerCase(t.charAt(i)) == hrp.charAt(0) && Character.toLowerCase(t.charAt(i + 1)) == hrp.charAt(1);
    }

    private static boolean base58(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Base58Check.isBase58Char(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
