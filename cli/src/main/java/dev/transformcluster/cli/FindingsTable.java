package dev.transformcluster.cli;

import dev.transformcluster.redactor.Engine;
import dev.transformcluster.redactor.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The people-facing output of {@code detect FILE...}: one row per finding with line and column. */
final class FindingsTable {

    private FindingsTable() { }

    /** Prints the table; returns the exit code (1 when some file could not be read). */
    static int print(Engine engine, List<Path> files, boolean showValues, PrintWriter out) {
        int exit = 0;
        out.printf("%-32s %9s  %-15s %5s  %s%n", "FILE", "LINE:COL", "TYPE", "SCORE", "VALUE");
        for (Path file : files) {
            String text;
            try {
                text = Inputs.readText(file);
            } catch (UserError e) {
                System.err.println("detect: " + e.getMessage());
                exit = 1;
                continue;
            }
            int line = 1;
            int lineStart = 0;
            int scanned = 0;
            for (Finding f : engine.detect(text)) {
                for (; scanned < f.start(); scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        line++;
                        lineStart = scanned + 1;
                    }
                }
                String value = text.substring(f.start(), f.end()).replaceAll("\\s+", " ");
                out.printf("%-32s %9s  %-15s %5.2f  %s%n", shorten(file.toString()),
                        line + ":" + (f.start() - lineStart + 1), f.type(), f.score(),
                        showValues ? value : mask(value));
            }
        }
        out.flush();
        return exit;
    }

    /** Keeps the first and last character of each value, enough to recognise it on screen. */
    static String mask(String value) {
        if (value.length() <= 2) {
            return "*".repeat(value.length());
        }
        return value.charAt(0) + "*".repeat(Math.min(value.length() - 2, 12)) + value.charAt(value.length() - 1);
    }

    private static String shorten(String s) {
        return s.length() <= 32 ? s : "..." + s.substring(s.length() - 29);
    }
}
