package dev.transformcluster.redactor.validators;

/** The Luhn (mod 10) check used by payment card numbers. */
public final class Luhn {

    private Luhn() {
    }

    /**
     * True when the digits of {@code s[from, to)} pass the Luhn check; characters other than
     * ASCII digits are skipped (separators), and at least 2 digits are required.
     */
    public static boolean isValid(CharSequence s, int from, int to) {
        int sum = 0;
        int n = 0;
        for (int i = to - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if ((n & 1) == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            n++;
        }
        return n >= 2 && sum % 10 == 0;
    }

    public static boolean isValid(CharSequence s) {
        return isValid(s, 0, s.length());
    }
}
