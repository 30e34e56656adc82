package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;
import static dev.transformcluster.redactor.recognizers.support.Chars.isHex;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.Recognizer;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.List;
import java.util.Set;

/**
 * IPv4 dotted quads (each octet 0-255, no leading zeros) and IPv6 addresses (full,
 * "::"-compressed, and with an embedded IPv4 tail). A dotted quad is a version string, not an
 * address, when a version word (build, version, kernel, release...) or a 'v' precedes it or a
 * "-suffix" follows it.
 */
public final class IpAddressRecognizer implements Recognizer {

    private static final String[] VERSION_WORDS = {"build", "version", "ver", "kernel", "release",
        "firmware", "fw", "v", "rev", "revision", "patch", "sdk", "driver", "bios", "jdk", "package",
        "pkg", "tag", "plugin", "versions", "builds", "releases"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IP_ADDRESS);
    }

    @Override
    public void scan(String text, List<Finding> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ':' || isHex(c) && (i == 0 || !isAlnum(text.charAt(i - 1)) && text.charAt(i - 1) != '.'
                    && text.charAt(i - 1) != ':')) {
                int e = isDigit(c) ? ipv4End(text, i) : -1;
                if (e > 0 && (e >= n || text.charAt(e) != ':' || !isHex(at(text, e + 1)))) {
                    if (!looksLikeVersion(text, i, e)) {
                        out.add(new Finding(EntityType.IP_ADDRESS, i, e, 0.9));
                    }
                    i = e;
                    continue;
                }
                int e6 = ipv6End(text, i);
                if (e6 > 0) {
                    out.add(new Finding(EntityType.IP_ADDRESS, i, e6, 0.9));
                    i = e6;
                    continue;
                }
            }
            // skip the rest of a token so scanning stays linear on long hex/colon runs
            if (isAlnum(c)) {
                while (i < n && isAlnum(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    private static char at(String t, int i) {
        return i < t.length() ? t.charAt(i) : ' ';
    }

    /** End of a dotted quad starting at {@code i}, or -1. */
    static int ipv4End(String text, int i) {
        int p = i;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (at(text, p) != '.') {
                    return -1;
                }
                p++;
            }
            int s = p;
            int v = 0;
            while (p < text.length() && isDigit(text.charAt(p)) && p - s < 4) {
                v = v * 10 + text.charAt(p) - '0';
                p++;
            }
            if (p == s || p - s > 3 || v > 255 || p - s > 1 && text.charAt(s) == '0') {
                return -1;
            }
        }
        char next = at(text, p);
        if (isAlnum(next) || next == '.' && isDigit(at(text, p + 1)) || next == '-' && isAlnum(at(text, p + 1))) {
            return -1;
        }
        return p;
    }

    private static boolean looksLikeVersion(String text, int s, int e) {
        if (s > 0 && (text.charAt(s - 1) == 'v' || text.charAt(s - 1) == 'V')) {
            return true;
        }
        String prev = Chars.previousWord(text, s, 3);
        for (String w : VERSION_WORDS) {
            if (w.equals(prev)) {
                return true;
            }
        }
        return false;
    }

    /** End of an IPv6 address starting at {@code s}, or -1. */
    static int ipv6End(String text, int s) {
        int n = text.length();
        int p = s;
        int groups = 0;
        boolean compressed = false;
        int lastGood = -1;
        if (p + 1 < n && text.charAt(p) == ':' && text.charAt(p + 1) == ':') {
            compressed = true;
            p += 2;
            lastGood = p;
        }
        while (p < n && groups < 8) {
            int v4 = groups <= 6 ? ipv4End(text, p) : -1;
            if (v4 > 0 && (compressed || groups == 6) && p > s) {
                groups += 2;
                lastGood = v4;
                p = v4;
                break;
            }
            int g = p;
            while (p < n && isHex(text.charAt(p)) && p - g < 5) {
                p++;
            }
            if (p == g || p - g > 4) {
                return -1;
            }
            groups++;
            lastGood = p;
            if (p + 1 < n && text.charAt(p) == ':' && text.charAt(p + 1) == ':' && !compressed) {
                compressed = true;
                p += 2;
                lastGood = p;
            } else if (p + 1 < n && text.charAt(p) == ':' && isHex(text.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        p = lastGood;
        if (p < 0 || groups > 8 || !compressed && groups != 8 || compressed && groups > 7 || groups < 2
                && !(compressed && groups >= 1 && p - s >= 3)) {
            return -1;
        }
        char next = at(text, p);
        if (isAlnum(next) || next == ':' || next == '_') {
            return -1;
        }
        return p;
    }
}
