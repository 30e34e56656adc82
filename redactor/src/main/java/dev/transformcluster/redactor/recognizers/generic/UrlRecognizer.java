package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isLetter;
import static dev.transformcluster.redactor.recognizers.support.Chars.matchesAt;
import static dev.transformcluster.redactor.recognizers.support.Chars.startsToken;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.List;
import java.util.Set;

/**
 * Web addresses: an http, https or ftp scheme followed by "://", or a host starting with
 * "www."; the URL runs to the first white space, quote or angle bracket, and trailing sentence
 * punctuation (and a closing parenthesis with no opening one inside) is given back to the text.
 */
public final class UrlRecognizer implements IndexedRecognizer {

    private static final String[] SCHEMES = {"https://", "http://", "ftp://", "ftps://", "sftp://"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.URL);
    }

    @Override
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int last = 0;
        int c = schemeSeparator(text, index, 0);
        while (c >= 0) {
            int s = c;
            while (s > 0 && Chars.isLetter(text[s - 1]) && c - s < 6) {
                s--;
            }
            int e = s >= last && startsToken(text, s) && hostStart(text, s) == c + 3 ? end(text, c + 3) : -1;
            if (e > 0) {
                out.add(new Finding(EntityType.URL, s, e, 0.9));
                last = e;
            }
            c = schemeSeparator(text, index, Math.max(c + 3, e));
        }
        // "www." or "WWW." opening a word (a "www." inside a URL found above overlaps it and loses)
        c = index.nextWWord(0);
        while (c >= 0) {
            int next = c + 1;
            if (Chars.startsWith(text, "www.", c) || Chars.startsWith(text, "WWW.", c)) {
                int e = c < 2 || text[c - 1] != '/' ? end(text, c) : -1;
                if (e > 0) {
                    out.add(new Finding(EntityType.URL, c, e, 0.85));
                }
                next = Math.max(c + 4, e);
            }
            c = index.nextWWord(next);
        }
    }

    /** The first "://" at or after {@code from}, or -1. */
    private static int schemeSeparator(char[] text, TextIndex index, int from) {
        int c = index.nextColon(from);
        while (c >= 0 && !(c + 2 < text.length && text[c + 1] == '/' && text[c + 2] == '/')) {
            c = index.nextColon(c + 1);
        }
        return c;
    }

    /** Index where the host starts, or -1 when no URL starts at {@code i}. */
    private static int hostStart(char[] text, int i) {
        for (String s : SCHEMES) {
            if (matchesAt(text, i, s)) {
                return i + s.length();
            }
        }
        return matchesAt(text, i, "www.") ? i : -1;
    }

    /** End of the URL whose host starts at {@code h}, or -1 when the host is not plausible. */
    private static int end(char[] text, int h) {
        int n = text.length;
        int e = h;
        boolean dot = false;
        while (e < n && (isAlnum(text[e]) || text[e] == '-' || text[e] == '.'
                || text[e] == '_')) {
            dot |= text[e] == '.' && e + 1 < n && isLetter(text[e + 1]);
            e++;
        }
        if (!dot && !(e > h && text[h] == '[')) {
            return -1;
        }
        int parens = 0;
        while (e < n) {
            char c = text[e];
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}'
                    || c == '|' || c == '\\' || c == '^' || c == '\u00a0') {
                break;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            }
            e++;
        }
        while (e > h) {
            char c = text[e - 1];
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                    || c == '*' || c == ']') {
                e--;
            } else {
                break;
            }
        }
        return e;
    }
}
