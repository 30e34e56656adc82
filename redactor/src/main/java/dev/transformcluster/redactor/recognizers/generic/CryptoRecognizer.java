package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.validators.Base58Check;
import dev.transformcluster.redactor.validators.Bech32;
import java.nio.CharBuffer;
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
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int n = index.length();
        int last = 0;
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0, runs = index.digitRuns(); k < runs; k++) {
            int d = runStart[k];
            char c = text[d];
            if (c != '1' && c != '3' || d < last) {
                continue;
            }
            int s = d;
            if (c == '1' && d >= 2 && (matchesHrp(text, d - 2, "bc") || matchesHrp(text, d - 2, "tb"))) {
                s = d - 2;
            }
            if (s > 0 && isAlnum(text[s - 1])) {
                continue;
            }
            int e = Math.min(runEnd[k], s + 91); // the run's digits are letters-or-digits: the walk starts after them
            while (e < n && isAlnum(text[e]) && e - s <= 90) {
                e++;
            }
            int len = e - s;
            if (e < n && isAlnum(text[e]) || len < 14) {
                continue;
            }
            if (s == d && len >= 26 && len <= 35 && base58(text, s, e) && Base58Check.isBitcoinAddress(CharBuffer.wrap(text), s, e)
                    || s < d && Bech32.isSegwitAddress(CharBuffer.wrap(text), s, e, Character.toLowerCase(text[s]) == 'b' ? "bc" : "tb")) {
                out.add(new Finding(EntityType.CRYPTO, s, e, 0.99));
                last = e;
            }
        }
    }

    /** The lower-case ASCII {@code hrp} ("bc", "tb") at {@code i}, in either case. */
    private static boolean matchesHrp(char[] t, int i, String hrp) {
        return (t[i] | 0x20) == hrp.charAt(0) && (t[i + 1] | 0x20) == hrp.charAt(1);
    }

    private static boolean base58(char[] text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Base58Check.isBase58Char(text[i])) {
                return false;
            }
        }
        return true;
    }
}
