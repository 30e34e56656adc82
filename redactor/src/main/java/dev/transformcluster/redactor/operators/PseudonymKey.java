package dev.transformcluster.redactor.operators;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * The secret key of the {@link Pseudonym} operator. It comes from a file or from the environment
 * variable {@value #ENV_VAR}; it is never printed: {@link #toString()} shows only a fingerprint
 * (an HMAC of a fixed label, which reveals nothing about the key) and no error message quotes it.
 * Keys shorter than {@value #MIN_BYTES} bytes are refused. Thread-safe: each thread gets its own
 * {@link Mac}, since {@code Mac} instances are not.
 */
public final class PseudonymKey {

    /** The environment variable holding the key (its UTF-8 bytes, surrounding whitespace trimmed). */
    public static final String ENV_VAR = "TC_PSEUDONYM_KEY";
    /** The shortest key accepted, in bytes. */
    public static final int MIN_BYTES = 16;

    private final SecretKeySpec spec;
    private final String fingerprint;
    private final ThreadLocal<Mac> macs;

    private PseudonymKey(byte[] key) {
        this.spec = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
        Mac mac = newMac();
        this.fingerprint = HexFormat.of().formatHex(mac.doFinal("transform-cluster key id".getBytes(StandardCharsets.US_ASCII)), 0, 4);
    }

    /** A key from raw bytes; refuses keys shorter than {@value #MIN_BYTES} bytes. */
    public static PseudonymKey of(byte[] key) throws KeyException {
        if (key.length < MIN_BYTES) {
            throw new KeyException("pseudonym key is too short: " + key.length + " bytes, at least " + MIN_BYTES + " required");
        }
        return new PseudonymKey(key.clone());
    }

    /**
     * The key from {@code keyFile} when it is given, otherwise from {@value #ENV_VAR}.
     *
     * @param keyFile a file holding the key (its bytes, with trailing whitespace trimmed), or {@code null}
     * @throws KeyException naming the file or the variable and the problem (missing, unreadable, too short)
     */
    public static PseudonymKey fromEnvOrFile(Path keyFile) throws KeyException {
        return fromEnvOrFile(keyFile, System.getenv());
    }

    /** As {@link #fromEnvOrFile(Path)} with an explicit environment (for tests). */
    public static PseudonymKey fromEnvOrFile(Path keyFile, Map<String, String> env) throws KeyException {
        if (keyFile != null) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(keyFile);
            } catch (NoSuchFileException e) {
                throw new KeyException(keyFile + ": pseudonym key file not found");
            } catch (IOException e) {
                throw new KeyException(keyFile + ": cannot read pseudonym key file (" + e.getClass().getSimpleName() + ")");
            }
            byte[] trimmed = trimTrailingWhitespace(bytes);
            Arrays.fill(bytes, (byte) 0);
            try {
                return of(trimmed);
            } catch (KeyException e) {
                throw new KeyException(keyFile + ": " + e.getMessage());
            } finally {
                Arrays.fill(trimmed, (byte) 0);
            }
        }
        String value = env.get(ENV_VAR);
        if (value == null || value.isBlank()) {
            throw new KeyException("no pseudonym key: set " + ENV_VAR + " or give a key file (--pseudonym-key-file, or pseudonym.keyFile in the policy)");
        }
        try {
            return of(value.strip().getBytes(StandardCharsets.UTF_8));
        } catch (KeyException e) {
            throw new KeyException(ENV_VAR + ": " + e.getMessage());
        }
    }

    private static byte[] trimTrailingWhitespace(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(spec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** HMAC-SHA256 of {@code message} under this key, using this thread's {@link Mac}. */
    byte[] hmac(byte[] message) {
        Mac mac = macs.get();
        return mac.doFinal(message);
    }

    /** A short public identifier of the key (not the key): 8 hex characters. */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PseudonymKey other && MessageDigest.isEqual(spec.getEncoded(), other.spec.getEncoded());
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "PseudonymKey[fingerprint=" + fingerprint + "]";
    }

    /** A missing, unreadable or too short key. The message names the source, never the key. */
    public static final class KeyException extends Exception {
        public KeyException(String message) {
            super(message);
        }
    }
}
