package dev.transformcluster.cli;

import dev.transformcluster.redactor.RejectedInputException;
import dev.transformcluster.redactor.io.BinarySniffer;
import dev.transformcluster.redactor.io.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole input file as text: binary refused, invalid UTF-8 decoded with the fallback charset. */
final class Inputs {

    private Inputs() { }

    static String readText(Path file) {
        byte[] bytes = readBytes(file);
        try {
            BinarySniffer.check(bytes);
        } catch (RejectedInputException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        return TextDecoder.decode(bytes).text();
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
