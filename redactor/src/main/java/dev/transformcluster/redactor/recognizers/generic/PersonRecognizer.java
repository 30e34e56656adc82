package dev.transformcluster.redactor.recognizers.generic;

import static dev.transformcluster.redactor.recognizers.support.Chars.isLetter;
import static dev.transformcluster.redactor.recognizers.support.Chars.isUpper;

import dev.transformcluster.redactor.EntityType;
import dev.transformcluster.redactor.Finding;
import dev.transformcluster.redactor.IndexedRecognizer;
import dev.transformcluster.redactor.recognizers.support.TextIndex;
import dev.transformcluster.redactor.recognizers.support.Chars;
import dev.transformcluster.redactor.recognizers.support.CsvColumns;
import dev.transformcluster.redactor.recognizers.support.NameDictionary;
import dev.transformcluster.redactor.recognizers.support.NameSequence;
import dev.transformcluster.redactor.recognizers.support.PersonContext;
import dev.transformcluster.redactor.recognizers.support.PersonWords;
import java.util.List;
import java.util.Set;

/**
 * Personal names without a statistical model. A name-shaped sequence (capitalised words,
 * initials, O'Brien, Lind-Kuvalis, particles such as "van" or "de") is a person when its
 * context says so: an honorific before it ("Ms. Bailey"), a greeting ("Dear Ana,"), a sign-off
 * on the line above ("Regards,"), an e-mail display name ("Ana Lopez <ana@...>",
 * "Ana Lopez (ana@...)"); or, in running text, when its first word is a known given name (US
 * SSA and census lists) and it is not followed by an organisation word (LLC, Group...) nor part
 * of a "Kozey, Hagenes and Kuhic" company list.
 */
public final class PersonRecognizer implements IndexedRecognizer {

    private static final class Lists {
        static final NameDictionary GIVEN = NameDictionary.load("/dev/transformcluster/redactor/names/given-names.txt.gz");
        static final NameDictionary SURNAMES = NameDictionary.load("/dev/transformcluster/redactor/names/surnames.txt.gz");
    }

    /** Table headers of columns holding personal names ("first_name", "Nachname", "| Name |"). */
    private static final NameDictionary NAME_HEADERS = NameDictionary.of(List.of("name", "full_name", "fullname",
            "full name", "first_name", "firstname", "first name", "last_name", "lastname", "last name", "surname",
            "given_name", "given name", "family_name", "family name", "customer_name", "contact_name",
            "employee_name", "patient_name", "display_name", "vorname", "nachname", "nom", "prenom",
            "nombre", "apellido", "apellidos", "cognome", "naam", "voornaam", "achternaam"));

    /** "Good morning Ana": the words between a greeting and the name. */
    private static final String[] TIMES_OF_DAY = {" morning", " afternoon", " evening"};

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PERSON);
    }

    @Override
    public void scan(char[] t, TextIndex index, List<Finding> out) {
        int n = index.length();
        chatNicks(t, index, out);
        CsvColumns.scan(t, index, NAME_HEADERS, (s, e) -> {
            if (nameField(t, s, e)) {
                out.add(new Finding(EntityType.PERSON, s, e, 0.7));
            }
        });
        NameSequence seq = new NameSequence();
        int i = 0; // where scanning resumes: capitalised words before it are passed
        int[] capStart = index.capWordStarts();
        for (int k = 0, caps = index.capWords(); k < caps; k++) {
            if (capStart[k] < i) {
                continue;
            }
            i = capStart[k];
            char c = t[i];
            if (!isUpper(c) || i > 0 && (isLetter(t[i - 1]) || Chars.isAnyDigit(t[i - 1]))) {
                continue;
            }
            long eh = NameSequence.wordEndAndHash(t, i);
            int we = (int) (eh >>> 32);
            int h = (int) eh; // an honorific or a greeting: the name follows it
            boolean title = PersonWords.TITLES.contains(t, i, we, h);
            boolean greeting = !title && PersonWords.GREETINGS.contains(t, i, we, h);
            if (title || greeting) {
                int from = title ? i : -1; // the finding covers the honorifics too: "Mevrouw Jansen"
                int p = we < n && t[we] == '.' ? we + 1 : we;
                while (title && p > we && p < n && Chars.isLower(t[p]) && p - we < 5) {
                    p++; // "Sig.ra Rossi", "Dott.ssa Bianchi"
                }
                if (greeting && PersonContext.startsWithWord(t, p, TIMES_OF_DAY)) {
                    p = NameSequence.wordEnd(t, p + 1);
                }
                if (p + 1 < n && t[p] == ' ' && isUpper(t[p + 1])) {
                    int q = p + 1;
                    int tw = NameSequence.wordEnd(t, q);
                    if (PersonWords.TITLES.contains(t, q, tw)) { // "Dear Dr. Li", "Herr Dr. Müller"
                        from = from < 0 ? q : from;
                        title = true;
                        q = tw < n && t[tw] == '.' ? tw + 2 : tw + 1;
                    }
                    if (q < n && seq.parse(t, q, PersonWords.NOT_NAMES) > 0
                            && (title || PersonContext.endsGreeting(t, n, seq.end)) && !seq.onlyInitials(t)) {
                        out.add(new Finding(EntityType.PERSON, from >= 0 ? from : seq.start, seq.end, title ? 0.9 : 0.85));
                        i = seq.end;
                        continue;
                    }
                }
                i = we;
                continue;
            }
            // fast path for the commonest case, a capitalised word before a lower-case one
            // ("Please send", "Budget approval"): only a lone given name in context can qualify
            if (we + 1 < n && t[we] == ' ' && Chars.isLower(t[we + 1])
                    && !NameSequence.isParticle(t, we + 1) && !(Lists.GIVEN.contains(t, i, we, h)
                    && (PersonContext.loneNameContext(t, n, i, we) || PersonContext.listItemAction(t, n, i, we)))) {
                i = we + 1;
                continue;
            }
            if (seq.parse(t, i, PersonWords.NOT_NAMES, eh) <= 0) {
                i = Math.max(we, i + 1);
                continue;
            }
            double score = judge(t, n, seq);
            if (score > 0) {
                out.add(new Finding(EntityType.PERSON, seq.start, seq.end, score));
                i = seq.end;
            } else {
                i = Math.max(we, i + 1);
            }
        }
    }

    /**
     * Chat transcripts ("09:02 <sarah.lee> morning!", "[09:02] <sarah.lee>", "<sarah.lee>" at a line
     * start): the nickname identifies a person.
     */
    private static void chatNicks(char[] t, TextIndex index, List<Finding> out) {
        int n = index.length();
        for (int lt = index.nextLessThan(0); lt >= 0; lt = index.nextLessThan(lt + 1)) {
            int ls = lt;
            while (ls > 0 && t[ls - 1] != '\n' && lt - ls < 12) {
                ls--;
            }
            if (ls > 0 && t[ls - 1] != '\n') {
                continue;
            }
            for (int k = ls; k < lt; k++) {
                char c = t[k];
                if (!(Chars.isAnyDigit(c) || c == ':' || c == ' ' || c == '[' || c == ']')) {
                    ls = -1;
                    break;
                }
            }
            int e = lt + 1;
            while (e < n && e - lt <= 32 && (Character.isLetterOrDigit(t[e]) || t[e] == '.'
                    || t[e] == '_' || t[e] == '-')) {
                e++;
            }
            if (ls >= 0 && e - lt > 2 && e + 1 < n && t[e] == '>' && t[e + 1] == ' '
                    && isLetter(t[lt + 1]) && !Chars.matchesAt(t, e - 3, "bot")) { // not "<ops-bot>"
                out.add(new Finding(EntityType.PERSON, lt + 1, e, 0.6));
            }
        }
    }

    /** A name column's value: one to four capitalised words, no digits, no organisation word last. */
    private static boolean nameField(char[] t, int s, int e) {
        if (e - s < 2 || e - s > 60 || !isUpper(t[s])) {
            return false;
        }
        int spaces = 0;
        int lastWord = s;
        for (int k = s; k < e; k++) {
            char c = t[k];
            if (c == ' ') {
                if (++spaces > 3 || t[k - 1] == ' ') {
                    return false;
                }
                lastWord = k + 1;
            } else if (!isLetter(c) && c != '-' && c != '\'' && c != '.' && c != '\u2019' && c != ',') {
                return false;
            }
        }
        return !PersonWords.ORG_SUFFIXES.contains(t, lastWord, e) && !PersonWords.NOT_NAMES.contains(t, s, e);
    }

    private static boolean anyKnown(char[] t, NameSequence seq) {
        for (int k = 0; k < seq.words; k++) {
            if (Lists.SURNAMES.contains(t, seq.wordStart[k], seq.wordEnd[k], seq.wordHash[k])
                    || Lists.GIVEN.contains(t, seq.wordStart[k], seq.wordEnd[k], seq.wordHash[k])) {
                return true;
            }
        }
        return false;
    }

    /** Cheapest, most selective tests first: most capitalised words fail the first few. */
    private static double judge(char[] t, int n, NameSequence seq) {
        if (seq.onlyInitials(t)) {
            return 0;
        }
        if (PersonContext.isDisplayName(t, n, seq.start, seq.end)) {
            return 0.85;
        }
        if (PersonContext.endsLine(t, n, seq.end) && PersonContext.afterSignOff(t, n, seq.start, seq.end)) {
            return 0.85;
        }
        if (seq.words == 1 && PersonContext.lastCommaFirst(t, n, seq, Lists.SURNAMES, Lists.GIVEN)) {
            return 0.75; // "Müller, Jürgen" as a CSV or quoted field
        }
        if (seq.words == 1 && PersonContext.chatSpeaker(t, n, seq.start, seq.end)
                && Lists.GIVEN.contains(t, seq.start, seq.end, seq.wordHash[0])
                && !PersonWords.COMMON_WORD_NAMES.contains(t, seq.start, seq.end, seq.wordHash[0])) {
            return 0.6; // "Lukas: send it to ..."
        }
        boolean given = Lists.GIVEN.contains(t, seq.wordStart[0], seq.wordEnd[0], seq.wordHash[0])
                && !(seq.words > 1 && PersonWords.PLACE_FIRST_WORDS.contains(t, seq.wordStart[0], seq.wordEnd[0],
                        seq.wordHash[0]));
        double score;
        if (seq.words >= 2) {
            int last = seq.words - 1;
            if (given) {
                score = Lists.SURNAMES.contains(t, seq.wordStart[last], seq.wordEnd[last], seq.wordHash[last]) ? 0.8 : 0.7;
            } else if (seq.words == 2 && PersonContext.isField(t, n, seq.start, seq.end)
                    && !PersonWords.PLACE_FIRST_WORDS.contains(t, seq.wordStart[0], seq.wordEnd[0], seq.wordHash[0])
                    && Lists.SURNAMES.contains(t, seq.wordStart[0], seq.wordEnd[0], seq.wordHash[0])
                    && Lists.GIVEN.contains(t, seq.wordStart[1], seq.wordEnd[1], seq.wordHash[1])) {
                score = 0.65; // "Dupont Marie" as a whole CSV field: surname first
            } else if (PersonContext.listItemLabel(t, n, seq.start, seq.end) && anyKnown(t, seq)) {
                score = 0.6; // "- Nguyễn Văn An (Hanoi office): +84 ...", a contact list item
            } else if ((PersonContext.loneNameContext(t, n, seq.start, seq.end)
                    || PersonContext.afterNameContext(t, seq.end)
                    && Lists.SURNAMES.contains(t, seq.wordStart[last], seq.wordEnd[last], seq.wordHash[last]))
                    && !(PersonWords.PLACE_FIRST_WORDS.contains(t, seq.wordStart[0], seq.wordEnd[0], seq.wordHash[0])
                            && !Lists.GIVEN.contains(t, seq.wordStart[0], seq.wordEnd[0], seq.wordHash[0]))) {
                score = 0.6; // "I spoke with Maximillia Roob", "Shanny Welch is available"
            } else {
                return 0;
            }
        } else if (given && PersonContext.loneNameContext(t, n, seq.start, seq.end)
                && !(PersonContext.afterWeakWord(t, seq.start)
                        && PersonWords.COMMON_WORD_NAMES.contains(t, seq.start, seq.end, seq.wordHash[0]))) {
            score = 0.6;
        } else if (given && PersonContext.listItemAction(t, n, seq.start, seq.end)
                && !PersonWords.COMMON_WORD_NAMES.contains(t, seq.start, seq.end, seq.wordHash[0])) {
            score = 0.6; // "- Hannah to send the contract": an action item of meeting notes
        } else {
            return 0;
        }
        return PersonContext.isOrganisation(t, n, seq) ? 0 : score;
    }
}
