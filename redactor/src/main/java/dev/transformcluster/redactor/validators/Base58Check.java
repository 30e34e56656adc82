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

    /**
     * A SHA-256 digest to clone: cloning is a few array copies, where {@code getInstance} looks the
     * algorithm up among the security providers on every call.
     */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
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
        return raw != null && raw.length == 25 && checksumHolds(raw) ? raw[0] & 0xff : -1;
    }

    /** True for a Bitcoin mainnet P2PKH (version 0) or P2SH (version 5) address. */
    public static boolean isBitcoinAddress(CharSequence s, int from, int to) {
        byte[] raw = decode(s, from, to);
        // the version byte first: most look-alikes fail it, and it costs no hashing
        return raw != null && raw.length == 25 && (raw[0] == 0x00 || raw[0] == 0x05) && checksumHolds(raw);
    }

    /** Whether the last 4 bytes of the 25-byte {@code raw} are the start of SHA-256(SHA-256(the first 21)). */
    private static boolean checksumHolds(byte[] raw) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 digest can be cloned", e);
        }
        sha.update(raw, 0, 21);
        byte[] h = sha.digest(sha.digest());
        for (int i = 0; i < 4; i++) {
            if (h[i] != raw[21 + i]) {
                return false;
            }
        }
        return true;
    }
}
