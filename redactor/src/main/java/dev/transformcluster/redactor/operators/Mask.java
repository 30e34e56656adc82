package dev.transformcluster.redactor.operators;

import dev.transformcluster.redactor.EntityType;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Format-preserving masking: every letter and digit becomes {@code maskChar}, separators
 * (spaces, dashes, dots, brackets, ...) stay, so {@code 4821 7166 2640 9627} becomes
 * {@code **** **** **** 9627} when the type keeps its last four characters.
 *
 * @param maskChar        the character that replaces letters and digits
 * @param keepLast        per type, how many trailing letters/digits stay visible (absent: none)
 * @param keepEmailDomain for {@link EntityType#EMAIL_ADDRESS}, keep {@code @} and the domain
 *                        ({@code ****.*****@example.com}); the {@code @} is always kept
 */
public record Mask(char maskChar, Map<EntityType, Integer> keepLast, boolean keepEmailDomain) implements Operator {

    public Mask {
        if (Character.isLetterOrDigit(maskChar) || Character.isWhitespace(maskChar) || Character.isSurrogate(maskChar)) {
            throw new IllegalArgumentException("mask character must be a symbol, not a letter, digit or space");
        }
        EnumMap<EntityType, Integer> copy = new EnumMap<>(EntityType.class);
        keepLast.forEach((type, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("keepLast for " + type + " must be >= 0");
            }
            copy.put(type, n);
        });
        keepLast = Map.copyOf(copy);
    }

    /** {@code *}, cards and IBANs keep their last 4, e-mail domains are masked too. */
    public static Mask defaults() {
        return new Mask('*', Map.of(EntityType.CREDIT_CARD, 4, EntityType.IBAN_CODE, 4), false);
    }

    @Override
    public void appendReplacement(StringBuilder out, EntityType type, CharSequence text, int start, int end) {
        int maskEnd = end;
        if (type == EntityType.EMAIL_ADDRESS) {
            int at = lastIndexOf(text, '@', start, end);
            if (at >= 0) {
                maskEnd = at;
            }
        }
        int keep = keepLast.getOrDefault(type, 0);
        // Find where the kept tail begins: the keep-th letter/digit counted from maskEnd.
        int keepFrom = maskEnd;
        for (int i = maskEnd - 1; i >= start && keep > 0; i--) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                keepFrom = i;
                keep--;
            }
        }
        for (int i = start; i < maskEnd; i++) {
            char c = text.charAt(i);
            if (i >= keepFrom || !Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append(maskChar);
            }
        }
        if (maskEnd < end) {
            // e-mail: '@' always stays; the domain stays only when asked for.
            out.append('@');
            if (keepEmailDomain) {
                out.append(text, maskEnd + 1, end);
            } else {
                for (int i = maskEnd + 1; i < end; i++) {
                    char c = text.charAt(i);
                    out.append(Character.isLetterOrDigit(c) ? maskChar : c);
                }
            }
        }
    }

    private static int lastIndexOf(CharSequence text, char c, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String kind() {
        return "mask";
    }

    @Override
    public String describe() {
        return "mask(char=" + maskChar + ",keepLast=" + new TreeMap<>(keepLast) + ",keepEmailDomain=" + keepEmailDomain + ")";
    }
}
