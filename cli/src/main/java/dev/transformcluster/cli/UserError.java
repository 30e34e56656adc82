package dev.transformcluster.cli;

/**
 * An error the user can fix (a missing file, bad input, a bad option value). The message is
 * printed as is, so it must name the file and the reason, and must never quote document content.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
