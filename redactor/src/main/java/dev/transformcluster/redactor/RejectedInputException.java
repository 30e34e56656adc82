package dev.transformcluster.redactor;

/**
 * Input the engine refuses to redact, with a machine-readable reason. The message names the
 * problem but never quotes document content, so it is safe to log and to put in a header.
 */
public final class RejectedInputException extends Exception {

    /** Why the input was refused; the names are used as dead-letter reasons and metric labels. */
    public enum Reason { BINARY, TOO_LARGE, MALFORMED }

    private final Reason reason;

    public RejectedInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
