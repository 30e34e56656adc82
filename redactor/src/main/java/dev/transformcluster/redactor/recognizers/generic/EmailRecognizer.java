package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isAlnum;
import static dev.transformcluster.redactor.recognizers.support.Chars.isLetter;
import static dev.transformcluster.redactor.recognizers.support.Chars.lineStart;
import static dev.transformcluster.redactor.recognizers.support.Chars.matchesAt;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import java.util.List;
import java.util.Set;

/**
 * E-mail addresses, found from each '@': the local part is grown leftwards, the domain
 * rightwards (labels of letters, digits and hyphens, a final label of 2+ letters). Identifiers
 * in Message-ID, In-Reply-To, References and Content-ID headers share the shape but name no
 * person, so an address inside angle brackets on such a header line is skipped.
 */
public final class EmailRecognizer implements IndexedRecognizer {

    private static final String[] ID_HEADERS = {"message-id:", "in-reply-to:", "references:",
        "content-id:", "resent-message-id:", "x-message-id:", "msg-id:"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.EMAIL_ADDRESS);
    }

    private static boolean isLocalChar(char c) {
        return isAlnum(c) && c < 128 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
                || c == '\'' || c == '!' || c == '#' || c == '&' || c == '~'; // not '=': "email=a@b.c"
    }

    @Override
    public void scan(char[] text, TextIndex index, List<Finding> out) {
        int n = index.length();
        int at = index.nextAt(0);
        int lastEnd = 0;
        while (at >= 0) {
            int s = at;
            while (s > lastEnd && at - s < 64 && isLocalChar(text[s - 1])) {
                s--;
            }
            while (s < at && !isAlnum(text[s])) {
                s++; // a local part neither starts with a dot nor with quote/punctuation
            }
            int e = at + 1;
            int lastDot = -1;
            while (e < n && e - at < 255) {
                char c = text[e];
                if (isAlnum(c) && c < 128 || c == '-') {
                    e++;
                } else if (c == '.' && e + 1 < n && isAlnum(text[e + 1]) && text[e - 1] != '.') {
                    lastDot = e;
                    e++;
                } else {
                    break;
                }
            }
            while (e > at + 1 && text[e - 1] == '-') {
                e--;
            }
            if (s < at && lastDot > at + 1 && tldOk(text, lastDot + 1, e) && !isMessageId(text, s)) {
                out.add(new Finding(EntityType.EMAIL_ADDRESS, s, e, 0.95));
                lastEnd = e;
            }
            at = index.nextAt(Math.max(e, at + 1));
        }
    }

    private static boolean tldOk(char[] text, int from, int to) {
        if (to - from < 2 || to - from > 24) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isLetter(text[i]) && text[i] != '-') {
                return false;
            }
        }
        return true;
    }

    /** An id in angle brackets on a Message-ID-like header (possibly quoted with '>'). */
    private static boolean isMessageId(char[] text, int s) {
        int limit = Math.max(0, s - 100);
        while (s > limit && text[s - 1] > ' ' && text[s - 1] != '<') {
            s--; // ids may hold characters an address would not ("<CAF=abc@mail.gmail.com>")
        }
        if (s == 0 || text[s - 1] != '<') {
            return false;
        }
        int ls = lineStart(text, s, 400);
        // folded header continuation lines start with white space: look at the line above
        for (int hops = 0; hops < 8 && ls > 0 && ls < text.length
                && (text[ls] == ' ' || text[ls] == '\t'); hops++) {
            ls = lineStart(text, ls - 1, 400);
        }
        int i = ls;
        while (i < s && (text[i] == '>' || text[i] == ' ')) {
            i++;
        }
        for (String h : ID_HEADERS) {
            if (matchesAt(text, i, h)) {
                return true;
            }
        }
        return false;
    }
}
