package dev.transformcluster.redactor.recognizers.support;

import static dev.transformcluster.redactor.recognizers.support.Chars.isUpper;

import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Context tests around a name-shaped sequence; all look at a bounded window. The text is
 * {@code t[0, n)}: outside it, before or after, reads as a line end, whatever the array holds
 * past {@code n} (NULs, in a reused buffer).
 */
public final class PersonContext {

    /** {@link PersonWords#BEFORE_LONE_NAME} by their last character (ASCII, lower case): the candidates for a text position. */
    private static final String[][] BEFORE_LONE_NAME_BY_LAST = new String[128][];

    static {
        Map<Character, List<String>> byLast = new HashMap<>();
        for (String w : PersonWords.BEFORE_LONE_NAME) {
            byLast.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
        for (int c = 0; c < 128; c++) {
            BEFORE_LONE_NAME_BY_LAST[c] = byLast.getOrDefault((char) c, List.of()).toArray(String[]::new);
        }
    }

    private static final WordTable AFTER_NAME = WordTable.of(PersonWords.AFTER_NAME);

    /** The ASCII characters a {@link PersonWords#SIGN_OFFS sign-off} starts with. */
    private static final boolean[] SIGN_OFF_FIRSTS = new boolean[128];

    static {
        for (String s : PersonWords.SIGN_OFFS) {
            if (s.charAt(0) < 128) {
                SIGN_OFF_FIRSTS[s.charAt(0)] = true;
            }
        }
    }

    private PersonContext() {
    }

    /**
     * The character at {@code i} of the text {@code t[0, n)}, or a line end outside it (the array
     * may go on past {@code n} with NULs: {@link TextIndex#chars()}).
     */
    private static char at(char[] t, int n, int i) {
        return i >= 0 && i < n ? t[i] : '\n';
    }

    public static boolean startsWithWord(char[] t, int p, String... words) {
        for (String w : words) {
            if (Chars.matchesAt(t, p, w) && Chars.endsToken(t, p + w.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Name <a@b>", "\"Name\" <a@b>", "Name (a@b)": an e-mail display name. */
    public static boolean isDisplayName(char[] t, int n, int s, int e) {
        int p = e;
        if (at(t, n, p) == '"' || at(t, n, p) == '\'') {
            p++;
        }
        if (at(t, n, p) != ' ') {
            return false;
        }
        char open = at(t, n, p + 1);
        char close = open == '<' ? '>' : open == '(' ? ')' : 0;
        if (close == 0) {
            return false;
        }
        for (int k = p + 2; k < Math.min(n, p + 100); k++) {
            char c = t[k];
            if (c == '@') {
                return true;
            }
            if (c == close || c == ' ' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** Followed by an organisation word, or part of "A, B and C" / "A - B" / "| A" company names. */
    public static boolean isOrganisation(char[] t, int n, NameSequence seq) {
        int e = seq.end;
        int p = e;
        if (at(t, n, p) == ',' || at(t, n, p) == '&') {
            p++;
        }
        if (at(t, n, p) == ' ' && isUpper(at(t, n, p + 1))) {
            int we = NameSequence.wordEnd(t, p + 1);
            if (PersonWords.ORG_SUFFIXES.contains(t, p + 1, we)) {
                return true;
            }
            if (at(t, n, e) == ',' && (Chars.matchesAt(t, we, " and ") || Chars.matchesAt(t, we, ", ")
                    || Chars.matchesAt(t, we, " & "))) {
                return true; // "Kozey, Hagenes and Kuhic"
            }
        }
        boolean cell = tableCell(t, n, seq.start, e);
        if (Chars.matchesAt(t, e, " - ") && isUpper(at(t, n, e + 3)) || Chars.matchesAt(t, e, " & ")
                || Chars.matchesAt(t, e, " |") && !cell || Chars.matchesAt(t, e, " and sons")
                || Chars.matchesAt(t, e, " and co") && !Chars.isLetter(at(t, n, e + 7))) {
            return true; // "Klein - Walker", "Analyst | Acme", "Hyatt and Sons"
        }
        for (int k = 0; k < seq.words; k++) {
            if (PersonWords.JOB_WORDS.contains(t, seq.wordStart[k], seq.wordEnd[k])) {
                return true;
            }
        }
        if (at(t, n, e) == ' ' && isUpper(at(t, n, e + 1))
                && PersonWords.JOB_WORDS.contains(t, e + 1, NameSequence.wordEnd(t, e + 1))) {
            return true; // "Legacy Brand Manager"
        }
        if (seq.words > 1 && PersonWords.ORG_SUFFIXES.contains(t, seq.wordStart[seq.words - 1], seq.wordEnd[seq.words - 1])) {
            return true; // "Northwind Traders", "Grace Hopper Award"
        }
        if (PersonWords.PLACE_WORDS.contains(t, seq.wordStart[seq.words - 1], seq.wordEnd[seq.words - 1])
                || at(t, n, e) == ',' && at(t, n, e + 1) == ' ' && isUpper(at(t, n, e + 2)) && isUpper(at(t, n, e + 3))
                && (at(t, n, e + 4) == ' ' || at(t, n, e + 4) == '\n') && !Chars.isLetter(at(t, n, e + 5))
                || at(t, n, e) == ' ' && isUpper(at(t, n, e + 1)) && (Chars.isAnyDigit(at(t, n, e + 2))
                || isUpper(at(t, n, e + 2)) && Chars.isAnyDigit(at(t, n, e + 3)))) {
            return true; // a place: "Lake Carol, OH 14546", "Milton Keynes M60 0SX"
        }
        if (Chars.matchesAt(t, seq.start - 6, ", the ") || Chars.matchesAt(t, seq.start - 4, "the ")
                && !Chars.isLetter(at(t, n, seq.start - 5))) {
            return true; // "..., the Future Program Associate"
        }
        int s = seq.start;
        int lw = seq.wordStart[seq.words - 1];
        if (seq.words > 1 && e - lw == 2 && isUpper(at(t, n, lw)) && isUpper(at(t, n, lw + 1)) && at(t, n, e) == ' '
                && Chars.isAnyDigit(at(t, n, e + 1))) {
            return true; // a city and its state: "LOS ANGELES CA 90017"
        }
        if (at(t, n, s - 1) == ' ' && Chars.isAnyDigit(at(t, n, s - 2)) && Chars.isAnyDigit(at(t, n, s - 5))) {
            return true; // a city after its postcode: "10115 Berlin", "1015 CJ Amsterdam"
        }
        if (at(t, n, s - 2) == '|' && !cell || at(t, n, s - 2) == '-' && at(t, n, s - 3) == ' ' || at(t, n, s - 2) == '&') {
            return true; // "| Parisian - Bergstrom"
        }
        if (seq.words == 1 && at(t, n, s - 1) == ' ' && at(t, n, s - 2) == ',' && Chars.isLetter(at(t, n, s - 3))
                && (Chars.matchesAt(t, e, " and ") || Chars.matchesAt(t, e, ", "))) {
            return Chars.isUpper(firstOfWordBefore(t, n, s - 2)); // "Kozey, Hagenes and"
        }
        if (Chars.matchesAt(t, s - 5, " and ")) {
            int ws = s - 5;
            int k = ws;
            while (k > 0 && (Chars.isLetter(t[k - 1]) || t[k - 1] == '\'' || t[k - 1] == '-')
                    && ws - k < 40) {
                k--;
            }
            return k > 1 && t[k - 1] == ' ' && t[k - 2] == ',' && isUpper(at(t, n, k)); // "..., Hagenes and Kuhic"
        }
        return false;
    }

    /**
     * {@code t[s, e)} fills a cell of a markdown or ASCII table row: the line opens with '|' and
     * only spaces separate the sequence from the '|' on either side. Unlike "Analyst | Acme" in a
     * signature line, such a cell is a field like a CSV one.
     */
    public static boolean tableCell(char[] t, int n, int s, int e) {
        int b = s - 1;
        while (at(t, n, b) == ' ' && s - b < 40) {
            b--;
        }
        int a = e;
        while (at(t, n, a) == ' ' && a - e < 40) {
            a++;
        }
        if (at(t, n, b) != '|' || at(t, n, a) != '|') {
            return false;
        }
        int ls = Chars.lineStart(t, b, 400);
        while (ls < b && (t[ls] == ' ' || t[ls] == '\t')) {
            ls++;
        }
        return t[ls] == '|';
    }

    private static char firstOfWordBefore(char[] t, int n, int e) {
        int k = e;
        while (k > 0 && Chars.isLetter(t[k - 1]) && e - k < 40) {
            k--;
        }
        return at(t, n, k);
    }

    /** After a greeting name: ',', '!', ':', ' -', or the end of the line. */
    public static boolean endsGreeting(char[] t, int n, int e) {
        char c = at(t, n, e);
        return c == ',' || c == '!' || c == ':' || c == '\n' || c == '\r' || c == ';'
                || c == ' ' && (at(t, n, e + 1) == '-' || at(t, n, e + 1) == '\n');
    }

    /** Only spaces, then a line break (or ", "), after {@code e}: a cheap pre-test for sign-offs. */
    public static boolean endsLine(char[] t, int n, int e) {
        int p = e;
        while (at(t, n, p) == ' ' || at(t, n, p) == '\r') {
            p++;
        }
        return at(t, n, p) == '\n' || at(t, n, p) == ',' && at(t, n, p + 1) == ' ' || at(t, n, p) == '|';
    }

    /** The sequence fills its line and the nearest non-blank line above is a sign-off. */
    public static boolean afterSignOff(char[] t, int n, int s, int e) {
        int ls = Chars.lineStart(t, s, 40);
        for (int k = ls; k < s; k++) {
            char c = t[k];
            if (c != '>' && c != ' ' && c != '\t') {
                return false;
            }
        }
        int p = e;
        while (at(t, n, p) == ' ' || at(t, n, p) == '\r') {
            p++;
        }
        if (at(t, n, p) != '\n' && !(at(t, n, p) == ',' && at(t, n, p + 1) == ' ') && at(t, n, p) != '|') {
            return false;
        }
        // the previous non-blank line
        int le = ls - 1;
        while (le > 0 && ls - le < 20 && (t[le] == '\n' || t[le] == '\r' || t[le] == ' '
                || t[le] == '>')) {
            le--;
        }
        if (le <= 0 || ls - le >= 20) {
            return false;
        }
        int pls = Chars.lineStart(t, le, 60);
        while (pls < le && (t[pls] == '>' || t[pls] == ' ')) {
            pls++;
        }
        int pe = le + 1;
        while (pe > pls && (t[pe - 1] == ',' || t[pe - 1] == '!' || t[pe - 1] == '.')) {
            pe--;
        }
        if (pe - pls > 40 || pe <= pls) {
            return false;
        }
        char first = t[pls];
        if (first < 128 && !SIGN_OFF_FIRSTS[Chars.lower(first)]) {
            return false; // no sign-off starts so: most lines, without building their lower-cased string
        }
        String line = new String(t, pls, pe - pls).toLowerCase(Locale.ROOT);
        return PersonWords.SIGN_OFFS.contains(line);
    }

    /**
     * "Surname, Given" filling a quoted or comma-separated field ("\"Müller, Jürgen\"",
     * ",Smith, Anna,"): a surname from the census list, then a known given name. On success the
     * sequence is extended over the given name.
     */
    public static boolean lastCommaFirst(char[] t, int n, NameSequence seq, NameDictionary surnames,
            NameDictionary given) {
        int s = seq.start;
        int e = seq.end;
        char before = at(t, n, s - 1);
        if (before != '"' && before != ',' && before != '\n' && before != '\t' && s != 0
                || at(t, n, e) != ',' || at(t, n, e + 1) != ' ' || !isUpper(at(t, n, e + 2))) {
            return false;
        }
        int g = e + 2;
        int ge = NameSequence.wordEnd(t, g);
        char after = at(t, n, ge);
        boolean closes = before == '"' ? after == '"' : after == ',' || after == '\n' || after == '\t';
        if (!closes || ge - g < 2 || !surnames.contains(t, s, e) || !given.contains(t, g, ge)) {
            return false;
        }
        seq.end = ge;
        return true;
    }

    /** {@code t[s, e)} fills a delimited field: CSV/TSV separators, quotes or line ends around it. */
    public static boolean isField(char[] t, int n, int s, int e) {
        char b = at(t, n, s - 1);
        char a = at(t, n, e);
        return (s == 0 || b == ',' || b == ';' || b == '\t' || b == '"' || b == '\n' || b == '|')
                && (a == ',' || a == ';' || a == '\t' || a == '"' || a == '\n' || a == '\r' || a == '|');
    }

    /** One of {@link PersonWords#AFTER_NAME} follows {@code e}. */
    public static boolean afterNameContext(char[] t, int e) {
        return AFTER_NAME.anyAt(t, e);
    }

    /**
     * "Lukas: send it", "[09:02] Mia: done": a word opening its line (after at most a time stamp)
     * and followed by ": ", the speaker of a chat or transcript line.
     */
    public static boolean chatSpeaker(char[] t, int n, int s, int e) {
        if (at(t, n, e) != ':' || at(t, n, e + 1) != ' ') {
            return false;
        }
        int ls = Chars.lineStart(t, s, 24);
        if (ls > 0 && t[ls - 1] != '\n') {
            return false;
        }
        for (int k = ls; k < s; k++) {
            char c = t[k];
            if (!(Chars.isAnyDigit(c) || c == ':' || c == ' ' || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list item's label: "- " (or "* ", "• ") opening the line, the sequence, then " (", ": " or
     * ", " ("- Søren Kjærgaard (Copenhagen): +45 ...").
     */
    public static boolean listItemLabel(char[] t, int n, int s, int e) {
        char b = at(t, n, s - 2);
        if (at(t, n, s - 1) != ' ' || b != '-' && b != '*' && b != '\u2022' || at(t, n, s - 3) != '\n' && s - 2 != 0) {
            return false;
        }
        char a = at(t, n, e);
        return (a == ' ' && at(t, n, e + 1) == '(') || (a == ':' || a == ',') && at(t, n, e + 1) == ' ';
    }

    /** An action item: "- " (or "* ", "• ") opening the line, the name, then " to " and a verb ("- Hannah to send"). */
    public static boolean listItemAction(char[] t, int n, int s, int e) {
        char b = at(t, n, s - 2);
        return at(t, n, s - 1) == ' ' && (b == '-' || b == '*' || b == '\u2022') && (at(t, n, s - 3) == '\n' || s == 2)
                && Chars.matchesAt(t, e, " to ") && Chars.isLower(at(t, n, e + 4));
    }

    /** After "with ", "and " or "from ": contexts too weak for a given name that is also a word. */
    public static boolean afterWeakWord(char[] t, int s) {
        return Chars.matchesAt(t, s - 5, "with ") || Chars.matchesAt(t, s - 4, "and ")
                || Chars.matchesAt(t, s - 5, "from ");
    }

    /** A lone given name after "ask", "thanks to", "loop in"... and not before another capital. */
    public static boolean loneNameContext(char[] t, int n, int s, int e) {
        if (at(t, n, s - 1) != ' ' || s < 2) {
            return false;
        }
        int end = s - 1;
        char last = t[end - 1];
        if (last >= 128) {
            return false;
        }
        for (String w : BEFORE_LONE_NAME_BY_LAST[last >= 'A' && last <= 'Z' ? last | 0x20 : last]) {
            int from = end - w.length();
            if (from >= 0 && Chars.matchesAt(t, from, w) && (from == 0 || !Chars.isLetter(t[from - 1]))) {
                return true;
            }
        }
        return false;
    }
}
