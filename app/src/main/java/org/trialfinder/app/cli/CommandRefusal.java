package org.trialfinder.app.cli;

/**
 * A command line that cannot be carried out as asked (an engine choice that does not add up, or a command the chosen
 * engine does not offer): said in one line, exit code {@link ExitCodes#USAGE}, no usage screen and no trace.
 */
public final class CommandRefusal extends RuntimeException {
    public CommandRefusal(String message) {
        super(message);
    }
}
