package dev.transformcluster.redactor.validators;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check (Bitcoin): the decoded payload's last 4 bytes are the first 4 bytes of
 * SHA-256(SHA-256(rest)).
 */
public final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58Check() {
    }

    /** True when {@code c} is in the Base58 alphabet (no 0, O, I, l). */
    public static boolean isBase58Char(char c) {
        return c < 128 && INDEX[c] >= 0;
    }

    /** Decodes {@code s[from, to)}; null when a character is outside the alphabet. */
    public static byte[] decode(CharSequence s, int from, int to) {
        int zeros = 0;
        while (from + zeros < to && s.charAt(from + zeros) == '1') {
            zeros++;
        }
        // big-endian base-256 accumulator; size bound: log(58)/log(256) < 0.733
        byte[] b256 = new byte[(to - from) * 733 / 1000 + 1];
        int len = 0;
        for (int i = from + zeros; i < to; i++) {
            char c = s.charAt(i);
            int carry = c < 128 ? INDEX[c] : -1;
            if (carry < 0) {
                return null;
            }
            int j = 0;
            for (int k = b256.length - 1; (carry != 0 || j < len) && k >= 0; k--, j++) {
                carry += 58 * (b256[k] & 0xff);
                b256[k] = (byte) (carry & 0xff);
                carry >>>= 8;
            }
            len = j;
        }
        byte[] out = new byte[zeros + len];
        System.arraycopy(b256, b256.length - len, out, zeros, len);
        return out;
    }

    /** The version byte of a valid 25-byte Base58Check payload in {@code s[from, to)}, or -1. */
    public static int versionIfValid(CharSequence s, int from, int to) {
        byte[] raw = decode(s, from, to);
        if (raw == null || raw.length != 25) {
            return -1;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(raw, 0, 21);
            byte[] h = sha.digest(sha.digest());
            for (int i = 0; i < 4; i++) {
                if (h[i] != raw[21 + i]) {
                    return -1;
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        return raw[0] & 0xff;
    }

    /** True for a Bitcoin mainnet P2PKH (version 0) or P2SH (version 5) address. */
    public static boolean isBitcoinAddress(CharSequence s, int from, int to) {
        int v = versionIfValid(s, from, to);
        return v == 0x00 || v == 0x05;
    }
}
