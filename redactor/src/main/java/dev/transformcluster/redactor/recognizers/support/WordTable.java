package dev.transformcluster.redactor.recognizers.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;

/**
 * A list of words to try with {@link Chars#matchesAt} at a text position, bucketed by their
 * first two characters: {@link #candidates} gives, in list order, only the words that can match
 * there, so a position that starts none of them costs one look-up instead of a comparison per
 * word. Matching is as {@link Chars#matchesAt}: letters in either case, other characters exactly.
 */
public final class WordTable {

    private final String[] all;
    /** Bucket of each pair of ASCII characters (first * 128 + second, letters lower-cased as {@link Chars#lower} does). */
    private final String[][] buckets = new String[128 * 128][];

    private WordTable(List<String> words) {
        all = words.toArray(String[]::new);
        // words without a key (shorter than two characters, or not ASCII there) go in every bucket
        List<String> unkeyed = new ArrayList<>();
        for (String w : all) {
            if (key(w) < 0) {
                unkeyed.add(w);
            }
        }
        String[] everywhere = unkeyed.toArray(String[]::new);
        Arrays.fill(buckets, everywhere);
        for (String keyed : all) {
            int key = key(keyed);
            if (key < 0 || buckets[key] != everywhere) {
                continue; // unkeyed, or a bucket already made
            }
            List<String> bucket = new ArrayList<>();
            for (String w : all) { // in list order: the unkeyed words and those of this key
                int k = key(w);
                if (k < 0 || k == key) {
                    bucket.add(w);
                }
            }
            buckets[key] = bucket.toArray(String[]::new);
        }
    }

    /** The bucket of a word's first two characters, or -1 when it has none (it can match anywhere). */
    private static int key(String w) {
        if (w.length() < 2 || w.charAt(0) >= 128 || w.charAt(1) >= 128) {
            return -1;
        }
        return Chars.lower(w.charAt(0)) * 128 + Chars.lower(w.charAt(1));
    }

    public static WordTable of(List<String> words) {
        return new WordTable(words);
    }

    /** The words, in list order, that may match at {@code i} (all of them when the look-up does not apply). */
    public String[] candidates(char[] t, int i) {
        if (i < 0 || i + 1 >= t.length || t[i] >= 128 || t[i + 1] >= 128) {
            return all;
        }
        return buckets[Chars.lower(t[i]) * 128 + Chars.lower(t[i + 1])];
    }

    /** True when one of the words matches at {@code i}. */
    public boolean anyAt(char[] t, int i) {
        for (String w : candidates(t, i)) {
            if (Chars.matchesAt(t, i, w)) {
                return true;
            }
        }
        return false;
    }
}
