package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.validators.Base58Check;
import dev.transformcluster.redactor.validators.Bech32;
import java.util.List;
import java.util.Set;

/**
 * Bitcoin addresses, checksums verified: Base58Check P2PKH ('1...') and P2SH ('3...') of
 * 26-35 characters, and segwit Bech32/Bech32m ("bc1...", "tb1..."). Every alphanumeric token of
 * a plausible length is tested, so a run of letters costs one pass.
 */
public final class CryptoRecognizer implements Recognizer {

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CRYPTO);
    }

    @Override
    public void scan(String text, List<Finding> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isAlnum(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && isAlnum(text.charAt(i))) {
                i++;
            }
            int len = i - s;
            if (len < 14 || len > 90) {
                continue;
            }
            if ((c == '1' || c == '3') && len >= 26 && len <= 35 && base58(text, s, i)
                    && Base58Check.isBitcoinAddress(text, s, i)) {
                out.add(new Finding(EntityType.CRYPTO, s, i, 0.99));
            } else if ((c == 'b' || c == 'B' || c == 't' || c == 'T') && len >= 14
                    && Bech32.isSegwitAddress(text, s, i, c == 'b' || c == 'B' ? "bc" : "tb")) {
                out.add(new Finding(EntityType.CRYPTO, s, i, 0.99));
            }
        }
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
