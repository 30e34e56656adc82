package dev.transformcluster.redactor.validators;

/**
 * Bech32 (BIP 173) and Bech32m (BIP 350) checksums, and the segwit address rules that pick
 * between them: witness version 0 uses Bech32, versions 1-16 use Bech32m.
 */
public final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;
    private static final int[] REV = new int[128];

    static {
        java.util.Arrays.fill(REV, -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            REV[CHARSET.charAt(i)] = i;
            REV[Character.toUpperCase(CHARSET.charAt(i))] = i;
        }
    }

    private Bech32() {
    }

    /** True when {@code c} is a Bech32 data character (either case). */
    public static boolean isDataChar(char c) {
        return c < 128 && REV[c] >= 0;
    }

    private static int polymod(int[] values, int n) {
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int i = 0; i < n; i++) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ values[i];
            for (int k = 0; k < 5; k++) {
                if (((top >>> k) & 1) != 0) {
                    chk ^= gen[k];
                }
            }
        }
        return chk;
    }

    /**
     * True when {@code s[from, to)} is a valid segwit address for human-readable part
     * {@code hrp} ("bc" for Bitcoin mainnet, "tb" for testnet): single case, checksum of the
     * constant its witness version requires, and a program of allowed length.
     */
    public static boolean isSegwitAddress(CharSequence s, int from, int to, String hrp) {
        int len = to - from;
        int sep = from + hrp.length();
        if (len < 14 || len > 90 || s.charAt(sep) != '1') {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return false;
        }
        for (int i = 0; i < hrp.length(); i++) {
            if (Character.toLowerCase(s.charAt(from + i)) != hrp.charAt(i)) {
                return false;
            }
        }
        int dataLen = to - sep - 1;
        if (dataLen < 7) {
            return false;
        }
        int[] v = new int[hrp.length() * 2 + 1 + dataLen];
        int n = 0;
        for (int i = 0; i < hrp.length(); i++) {
            v[n++] = hrp.charAt(i) >> 5;
        }
        v[n++] = 0;
        for (int i = 0; i < hrp.length(); i++) {
            v[n++] = hrp.charAt(i) & 31;
        }
        int dataStart = n;
        for (int i = sep + 1; i < to; i++) {
            char c = s.charAt(i);
            int d = c < 128 ? REV[c] : -1;
            if (d < 0) {
                return false;
            }
            v[n++] = d;
        }
        int witver = v[dataStart];
        int constant = polymod(v, n);
        if (witver > 16 || constant != (witver == 0 ? BECH32_CONST : BECH32M_CONST)) {
            return false;
        }
        // 5-bit groups after the version and before the 6-char checksum -> program bytes
        int groups = dataLen - 1 - 6;
        int bytes = groups * 5 / 8;
        if (groups * 5 % 8 >= 5) {
            return false;
        }
        if (bytes < 2 || bytes > 40) {
            return false;
        }
        return witver != 0 || bytes == 20 || bytes == 32;
    }
}
