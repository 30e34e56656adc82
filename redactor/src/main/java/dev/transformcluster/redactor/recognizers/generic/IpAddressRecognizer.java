package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isDigit;
import static dev.transformcluster.redactor.recognizers.support.Chars.isHex;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.List;
import java.util.Set;

/**
 * IPv4 dotted quads (each octet 0-255, no leading zeros) and IPv6 addresses (full,
 * "::"-compressed, and with an embedded IPv4 tail). A dotted quad is a version string, not an
 * address, when a version word (build, version, kernel, release...) or a 'v' precedes it or a
 * "-suffix" follows it.
 */
public final class IpAddressRecognizer implements IndexedRecognizer {

    private static final String[] VERSION_WORDS = {"build", "version", "ver", "kernel", "release",
        "firmware", "fw", "v", "rev", "revision", "patch", "sdk", "driver", "bios", "jdk", "package",
        "pkg", "tag", "plugin", "versions", "builds", "releases"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IP_ADDRESS);
    }

    /** IPv4 candidates start at digit runs; IPv6 candidates around each ':'. */
    @Override
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int last = 0;
        int n = index.length();
        int[] runStart = index.digitRunStarts();
        int[] runEnd = index.digitRunEnds();
        for (int k = 0; k < index.digitRuns(); k++) {
            int s = runStart[k];
            int re = runEnd[k];
            if (re - s > 3 || re >= n || text[re] != '.') {
                continue; // no first octet: ipv4End would say so after a call
            }
            char prev = s > 0 ? text[s - 1] : ' ';
            if (s < last || isAlnum(prev) || prev == '.' || prev == ':') {
                continue;
            }
            int e = ipv4End(text, s);
            if (e > 0 && !ipv6Tail(text, e)) {
                if (!looksLikeVersion(text, s, e)) {
                    out.add(new Finding(EntityType.IP_ADDRESS, s, e, 0.9));
                }
                last = e;
            }
        }
        last = 0;
        int c = index.nextColon(0);
        while (c >= 0) {
            int s = c;
            while (s > 0 && isHex(text[s - 1]) && c - s < 5) {
                s--;
            }
            int e = -1;
            if (s >= last && (s == 0 || !isAlnum(text[s - 1]) && text[s - 1] != '.'
                    && text[s - 1] != ':' && text[s - 1] != '_')) {
                e = ipv6End(text, n, s);
            }
            if (e > 0) {
                out.add(new Finding(EntityType.IP_ADDRESS, s, e, 0.9));
                last = e;
                c = index.nextColon(e);
            } else {
                c = index.nextColon(c + 1);
            }
        }
    }

    /** True when ":" and hex groups follow (the dotted quad is the tail of an IPv6 address). */
    private static boolean ipv6Tail(char[] t, int e) {
        if (at(t, e) != ':') {
            return false;
        }
        int p = e + 1;
        while (p < t.length && isDigit(t[p])) {
            p++; // a port: "10.0.0.7:8080"
        }
        return p == e + 1 || isHex(at(t, p)) || at(t, p) == ':';
    }

    private static char at(char[] t, int i) {
        return i < t.length ? t[i] : ' ';
    }

    /** End of a dotted quad starting at {@code i}, or -1. */
    static int ipv4End(char[] text, int i) {
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
            while (p < text.length && isDigit(text[p]) && p - s < 4) {
                v = v * 10 + text[p] - '0';
                p++;
            }
            if (p == s || p - s > 3 || v > 255 || p - s > 1 && text[s] == '0') {
                return -1;
            }
        }
        char next = at(text, p);
        if (isAlnum(next) || next == '.' && isDigit(at(text, p + 1)) || next == '-' && isAlnum(at(text, p + 1))) {
            return -1;
        }
        return p;
    }

    private static boolean looksLikeVersion(char[] text, int s, int e) {
        if (s > 0 && (text[s - 1] == 'v' || text[s - 1] == 'V')) {
            return true;
        }
        String prev = Chars.previousWord(text, s, 3);
        for (String w : VERSION_WORDS) {
            if (w.equals(prev)) {
                return true;
            }
        }
        // "upgrade from 2.14.0.3", "bumped to 1.2.3.4"
        return (prev.equals("from") || prev.equals("to")) && Chars.containsWordBefore(text, s, 24,
                "upgrade", "upgraded", "upgrading", "downgrade", "downgraded", "update", "updated", "updating",
                "bump", "bumped", "migrate", "migrated", "rollback", "rolled", "install", "installed");
    }

    /** End of an IPv6 address starting at {@code s} in the text {@code text[0, n)}, or -1. */
    static int ipv6End(char[] text, int n, int s) {
        int p = s;
        int groups = 0;
        boolean compressed = false;
        int lastGood = -1;
        if (p + 1 < n && text[p] == ':' && text[p + 1] == ':') {
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
            while (p < n && isHex(text[p]) && p - g < 5) {
                p++;
            }
            if (p == g || p - g > 4) {
                return -1;
            }
            groups++;
            lastGood = p;
            if (p + 1 < n && text[p] == ':' && text[p + 1] == ':' && !compressed) {
                compressed = true;
                p += 2;
                lastGood = p;
            } else if (p + 1 < n && text[p] == ':' && isHex(text[p + 1])) {
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
