package dev.transformcluster.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads an output folder the way the tests compare it: relative key ({@code /}-separated) to bytes. */
public final class OutputTree {

    public static final String DEAD_LETTER_PREFIX = "_dead-letter/";

    private OutputTree() {
    }

    /** Every regular file under {@code root} except the dead-letter reports. */
    public static Map<String, byte[]> outputs(Path root) {
        Map<String, byte[]> all = read(root);
        all.keySet().removeIf(k -> k.startsWith(DEAD_LETTER_PREFIX));
        return all;
    }

    /** Source keys that have a dead-letter report ({@code _dead-letter/<key>.json}). */
    public static Set<String> deadLettered(Path root) {
        Set<String> keys = new TreeSet<>();
        for (String k : read(root).keySet()) {
            if (k.startsWith(DEAD_LETTER_PREFIX) && k.endsWith(".json")) {
                keys.add(k.substring(DEAD_LETTER_PREFIX.length(), k.length() - ".json".length()));
            }
        }
        return keys;
    }

    /** Number of output files (cheap progress probe while a run is going on). */
    public static long countOutputs(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !relative(root, p).startsWith(DEAD_LETTER_PREFIX))
                    .count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a file vanished while listing (an upload renaming its temporary file): probe again later
        }
    }

    /** Keys missing from, unexpected in, or different in {@code actual}, for a failure message. */
    public static String diff(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        Set<String> unexpected = new TreeSet<>(actual.keySet());
        unexpected.removeAll(expected.keySet());
        Set<String> differing = new TreeSet<>();
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            byte[] a = actual.get(e.getKey());
            if (a != null && !Arrays.equals(a, e.getValue())) {
                differing.add(e.getKey() + " (" + a.length + " bytes, expected " + e.getValue().length + ")");
            }
        }
        return "missing " + missing.size() + " " + first(missing) + ", unexpected " + unexpected.size() + " "
                + first(unexpected) + ", differing " + differing.size() + " " + first(differing);
    }

    /** True when {@code actual} holds exactly the expected keys with the expected bytes. */
    public static boolean matches(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return false;
        }
        return expected.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), actual.get(e.getKey())));
    }

    private static Set<String> first(Set<String> keys) {
        return keys.stream().limit(5).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, byte[]> read(Path root) {
        Map<String, byte[]> result = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return result;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                try {
                    result.put(relative(root, p), Files.readAllBytes(p));
                } catch (NoSuchFileException e) {
                    // replaced while reading: the next read sees its final state
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }
}
