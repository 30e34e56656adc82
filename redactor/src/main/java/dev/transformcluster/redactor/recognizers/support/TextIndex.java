package dev.transformcluster.redactor.recognizers.support;

import java.util.Arrays;
import java.util.Objects;

/**
 * One pass over a text that records where scanners may start: the first digit of every digit run
 * (and where the run ends), the first letter of every word that starts with a capital, every '@',
 * ':' and '<', every word starting with 'w' or 'W' (for "www.") or with 'p' (for "po box"), and
 * the short fields between separators that may be table headers ({@link CsvColumns}). Recognizers
 * walk these positions instead of every character, so a dozen recognizers cost about one pass:
 * digit runs and capitalised words by their number (each scanner with a cursor of its own), the
 * rarer marks through look-ups. Not thread-safe (look-up cursors): one index per text and
 * thread, as the engine does.
 */
public final class TextIndex {

    private static final int OTHER = 0;
    private static final int DIGIT = 1;
    private static final int UPPER = 2;
    private static final int LOWER = 3;
    /** Flag on top of the class: a character {@link #mark} records. */
    private static final int MARK = 4;
    /**
     * The class and mark flag of every char: one look-up per character, with neither a test for
     * ASCII nor a call for the rest. Built when the class is loaded (65,536 look-ups, a few ms, which
     * the CLI's start-up does on its spare core: {@code Engine.prepare}).
     */
    private static final byte[] CLASSES = new byte[1 << 16];

    /** The longest field that can be a table header, spaces and quotes around it included. */
    static final int MAX_HEADER_FIELD = 48;

    // The events a character records, one bit each: the second pass turns the first three into
    // list counts by shifting (ev & CAP) >>> 2 and so on, so they stay bits 0, 1 and 2.
    private static final int DIGIT_START = 1;
    private static final int DIGIT_END = 2;
    private static final int CAP = 4;
    private static final int MARKED = 8;
    /** What a character records, by the previous character's class and its own (class and mark flag). */
    private static final byte[] EVENTS = new byte[32];
    /** The events fit in the low bits of an entry of the first pass; the character's offset in its block above them. */
    private static final int EVENT_BITS = 4;
    private static final int EVENT_MASK = (1 << EVENT_BITS) - 1;
    /** Characters per block of the two passes: the first pass's entries stay in the first cache level. */
    private static final int BLOCK = 4096;

    static {
        for (int prev = 0; prev < 4; prev++) {
            for (int k = 0; k < 8; k++) {
                int cls = k & 3;
                int ev = 0;
                if (cls == DIGIT && prev != DIGIT) {
                    ev |= DIGIT_START;
                }
                if (cls != DIGIT && prev == DIGIT) {
                    ev |= DIGIT_END; // (a capital right after a digit starts no word)
                }
                if (cls == UPPER && prev == OTHER) {
                    ev |= CAP;
                }
                if (k >= MARK && (cls == OTHER || prev == OTHER)) {
                    ev |= MARKED; // a mark, or a word starting with w or p
                }
                EVENTS[prev << 3 | k] = (byte) ev;
            }
        }
    }

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASSES[c] = DIGIT;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASSES[c] = UPPER;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASSES[c] = LOWER;
        }
        for (char c : new char[] {'@', ':', '<', ',', ';', '\t', '|', '\n', '\r', 'w', 'W', 'p'}) {
            CLASSES[c] |= MARK;
        }
        for (int c = 128; c < CLASSES.length; c++) {
            CLASSES[c] = (byte) nonAscii((char) c);
        }
    }

    /**
     * Ascending positions of one kind, with a cursor for "the first at or after i" queries: a
     * left-to-right scan walks forward (amortised O(1) per query); a query before the previous
     * answer (the next recognizer starting over) falls back to binary search.
     */
    private static final class Positions {
        int[] at;
        int count;
        int cursor;

        /** Room for {@code capacity} positions before the first growth. */
        Positions(int capacity) {
            at = new int[Math.max(16, capacity)];
        }

        /** Empties the list for another text, keeping its array when it has room for {@code capacity}. */
        Positions reset(int capacity) {
            if (at.length < capacity) {
                at = new int[capacity + capacity / 4]; // texts of about one size (pieces) then fit
            }
            count = 0;
            cursor = 0;
            return this;
        }

        /** Kept under the first JIT tier's inlining size (35 bytes of bytecode): the growth is a call of its own. */
        void add(int i) {
            if (count == at.length) {
                grow();
            }
            at[count++] = i;
        }

        private void grow() {
            at = Arrays.copyOf(at, count * 2);
        }

        /** The array, grown if needed so that {@code more} positions fit after the used ones (and one spare slot). */
        int[] room(int more) {
            if (at.length <= count + more) {
                at = Arrays.copyOf(at, Math.max(count * 2, count + more + 1));
            }
            return at;
        }

        /**
         * The first position at or after {@code i}, or {@code none}. One method, not a seek plus a
         * read: this runs once per candidate in most scanners, where a second call costs.
         */
        int next(int i, int none) {
            int k = cursor;
            if (k > 0 && at[k - 1] >= i) {
                k = rewind(i);
            }
            while (k < count && at[k] < i) {
                k++;
            }
            cursor = k;
            return k < count ? at[k] : none;
        }

        private int rewind(int i) {
            int k = Arrays.binarySearch(at, 0, count, i);
            return k < 0 ? -k - 1 : k;
        }
    }

    /**
     * The position lists of one index, kept by each thread for its next text: a large text's lists
     * are megabytes, and allocating them anew for every text costs their zeroing and, for a fresh
     * heap, a page fault per 4 KiB.
     */
    private static final class Lists {
        /** Lists grown past this many positions (a text of about 20 million characters) are not kept. */
        static final int MAX_KEPT = 1 << 20;

        final Positions[] all = new Positions[9];
        /** The first pass's entries for a block. */
        final int[] block = new int[BLOCK + 1];
        boolean inUse;

        Lists() {
            for (int k = 0; k < all.length; k++) {
                all[k] = new Positions(0);
            }
        }

        /** Gives back to the collector what one very long text grew, so that a thread does not hold it for good. */
        void trim() {
            for (int k = 0; k < all.length; k++) {
                if (all[k].at.length > MAX_KEPT) {
                    all[k] = new Positions(0);
                }
            }
        }
    }

    private static final ThreadLocal<Lists> SPARE = ThreadLocal.withInitial(Lists::new);

    private final char[] chars;
    /** The text is {@code chars[0, length)}; the rest of the array, if any, holds NULs. */
    private final int length;
    /** The thread's lists this index borrowed, or {@code null}. */
    private Lists borrowed;
    private final Positions digits;
    /** The end of each digit run, by the run's index in {@link #digits}. */
    private final Positions digitEnds;
    private final Positions caps;
    private final Positions ats;
    private final Positions colons;
    private final Positions lessThans;
    private final Positions wWords;
    private final Positions pWords;
    /** Start and end of each field that may be a table header, flattened. */
    private final Positions headerFields;
    private int fieldStart;

    private TextIndex(char[] text, int length, Lists lists) {
        Objects.checkFromToIndex(0, length, text.length);
        this.chars = text;
        this.length = length;
        this.borrowed = lists;
        char[] t = text;
        int n = length;
        Positions[] p = lists != null ? lists.all : null;
        // sized for e-mail-like text, so that a large text's lists seldom grow: about one digit run
        // and one capitalised word in 25 characters, a few percent for the rest
        digits = list(p, 0, n / 20);
        digitEnds = list(p, 1, n / 20);
        caps = list(p, 2, n / 20);
        ats = list(p, 3, n / 512);
        colons = list(p, 4, n / 128);
        lessThans = list(p, 5, n / 512);
        wWords = list(p, 6, n / 128);
        pWords = list(p, 7, n / 128);
        headerFields = list(p, 8, n / 32);
        // Two passes over each block of the text: the first records, without a branch, the
        // position and events of every character that has any (about one in seven: a test per
        // character is a mispredicted branch each time the answer changes); the second files
        // those few into the lists.
        int[] found = lists != null ? lists.block : new int[Math.min(n, BLOCK) + 1];
        int prev = OTHER;
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            int count = 0;
            for (int i = from, offset = 0; i < to; i++, offset += 1 << EVENT_BITS) {
                int k = CLASSES[t[i]];
                int ev = EVENTS[prev << 3 | k];
                found[count] = offset | ev; // overwritten by the next character unless it has events:
                count += (ev + EVENT_MASK) >>> EVENT_BITS; // 1 when ev != 0 (ev < 16)
                prev = k & 3;
            }
            // the three lists most events go to are written without a branch too: each gets the
            // position, and its count grows by the event's bit (room for a whole block made first)
            int[] runStarts = digits.room(count);
            int[] runEnds = digitEnds.room(count);
            int[] capitals = caps.room(count);
            int starts = digits.count;
            int ends = digitEnds.count;
            int words = caps.count;
            for (int f = 0; f < count; f++) {
                int ev = found[f];
                int i = from + (ev >>> EVENT_BITS);
                runStarts[starts] = i;
                starts += ev & DIGIT_START;
                runEnds[ends] = i;
                ends += (ev & DIGIT_END) >>> 1;
                capitals[words] = i;
                words += (ev & CAP) >>> 2;
                if ((ev & MARKED) != 0) {
                    mark(t[i], i);
                }
            }
            digits.count = starts;
            digitEnds.count = ends;
            caps.count = words;
        }
        if (prev == DIGIT) {
            digitEnds.add(n);
        }
        field(n);
    }

    private static Positions list(Positions[] spare, int k, int capacity) {
        return spare != null ? spare[k].reset(capacity) : new Positions(capacity);
    }

    private static int nonAscii(char c) {
        return Character.isLetter(c) ? Character.isUpperCase(c) ? UPPER : LOWER : OTHER;
    }

    /** A marked character: a letter is marked only at a word start ({@link #EVENTS}). */
    private void mark(char c, int i) {
        switch (c) {
            case '@' -> ats.add(i);
            case ':' -> colons.add(i);
            case '<' -> lessThans.add(i);
            case 'w', 'W' -> wWords.add(i);
            case 'p' -> pWords.add(i);
            default -> field(i); // a field separator or line end
        }
    }

    /**
     * A field ends at {@code i}: keep it when it is short enough for a header and has a separator,
     * not a line end, on at least one side (a table header line has a separator).
     */
    private void field(int i) {
        int fs = fieldStart;
        fieldStart = i + 1;
        if (i - fs < 2 || i - fs > MAX_HEADER_FIELD) {
            return;
        }
        char after = i < length ? chars[i] : '\n';
        char before = fs > 0 ? chars[fs - 1] : '\n';
        if (after != '\n' && after != '\r' || before != '\n' && before != '\r') {
            headerFields.add(fs);
            headerFields.add(i);
        }
    }

    /** Indexes {@code text} (one pass, no per-character allocation). */
    public static TextIndex of(String text) {
        // one bulk copy that every scanner then reads: an array read is cheaper than String.charAt's
        // per-call checks, most of all before the JIT's last tier has compiled the scanners
        return new TextIndex(text.toCharArray(), text.length(), null);
    }

    /** Indexes {@code text}, which becomes the index's {@link #chars()}: not copied, so never change it. */
    public static TextIndex of(char[] text) {
        return new TextIndex(text, text.length, null);
    }

    /**
     * As {@link #of(char[])}, in the position lists the calling thread's previous borrowed index
     * used: the caller must {@link #release()} the index when done with it, on the same thread,
     * and not use it after. While it is out, the thread's next {@code borrow} gets new lists.
     */
    public static TextIndex borrow(char[] text) {
        return borrow(text, text.length);
    }

    /**
     * As {@link #borrow(char[])}, for the text {@code text[0, length)} of an array whose other
     * characters are NULs ({@link dev.transformcluster.redactor.Engine#detect(char[], int)}).
     */
    public static TextIndex borrow(char[] text, int length) {
        Lists lists = SPARE.get();
        if (lists.inUse) {
            return new TextIndex(text, length, null);
        }
        lists.inUse = true;
        return new TextIndex(text, length, lists);
    }

    /** The largest list the calling thread keeps for its next borrow, in positions (for tests). */
    static int keptCapacity() {
        int max = 0;
        for (Positions p : SPARE.get().all) {
            max = Math.max(max, p.at.length);
        }
        return max;
    }

    /** Gives the lists of a {@link #borrow borrowed} index back to its thread (no-op otherwise). */
    public void release() {
        if (borrowed != null) {
            borrowed.trim();
            borrowed.inUse = false;
            borrowed = null;
        }
    }

    /**
     * The text's characters, shared by the scanners: read, never write. The text is the first
     * {@link #length()} of them; any after it are NULs.
     */
    public char[] chars() {
        return chars;
    }

    /** The text's length: the text is {@code chars()[0, length())}. */
    public int length() {
        return length;
    }

    /** Number of digit runs. */
    public int digitRuns() {
        return digits.count;
    }

    /**
     * Starts of the digit runs (after any character), in order: the first {@link #digitRuns()}
     * entries (read, never write). For scan loops: a local array saves the first JIT tier, which
     * keeps no field in a register across a loop, two loads and a null check per run.
     */
    public int[] digitRunStarts() {
        return digits.at;
    }

    /**
     * Ends (exclusive) of the digit runs, by run: the first {@link #digitRuns()} entries (read,
     * never write). A scanner given them need not walk the digits again.
     */
    public int[] digitRunEnds() {
        return digitEnds.at;
    }

    /**
     * Starts of the capitalised words (a capital that follows no letter or digit), in order: the
     * first {@link #capWords()} entries (read, never write).
     */
    public int[] capWordStarts() {
        return caps.at;
    }

    /** Number of capitalised words. */
    public int capWords() {
        return caps.count;
    }

    /** The first '@' at or after {@code i}, or -1: {@code indexOf('@', i)}. */
    public int nextAt(int i) {
        return ats.next(i, -1);
    }

    /** The first ':' at or after {@code i}, or -1. */
    public int nextColon(int i) {
        return colons.next(i, -1);
    }

    /** The first '<' at or after {@code i}, or -1. */
    public int nextLessThan(int i) {
        return lessThans.next(i, -1);
    }

    /** The first word start ('w' or 'W' after a non letter-or-digit) at or after {@code i}, or -1. */
    public int nextWWord(int i) {
        return wWords.next(i, -1);
    }

    /** The first word start with a lower-case 'p' (after a non letter-or-digit) at or after {@code i}, or -1. */
    public int nextPWord(int i) {
        return pWords.next(i, -1);
    }

    /**
     * The fields that may be table headers as start, end pairs (read, never write); only the
     * first {@link #headerFieldEnds()} entries are used.
     */
    int[] headerFields() {
        return headerFields.at;
    }

    /** The number of used entries of {@link #headerFields()} (twice the number of fields). */
    int headerFieldEnds() {
        return headerFields.count;
    }
}
