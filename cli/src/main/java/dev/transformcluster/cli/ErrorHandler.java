package dev.transformcluster.cli;

import picocli.CommandLine;

/**
 * Turns exceptions into one clear line on stderr and an exit code: {@link UserError} (bad input,
 * bad configuration) exits 1 with no stack trace; anything else is a bug and keeps its trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof UserError) {
            cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
            return 1;
        }
        cmd.getErr().println(cmd.getCommandName() + ": internal error: " + e);
        e.printStackTrace(cmd.getErr());
        return 1;
    }
}
