package org.trialfinder.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.trialfinder.app.cli.TrialfinderCommand;

/** Entry point of the {@code trialfinder} command. */
public final class Main {
    /** Held so the setting is not garbage-collected with the logger. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private Main() {}

    public static void main(String[] args) {
        // Lucene reports its vector setup at INFO on every start: noise for a user.
        LUCENE_LOG.setLevel(Level.WARNING);
        int code = TrialfinderCommand.run(args);
        // serve keeps running in its own (non-daemon) threads; every other command ends here.
        if (code != TrialfinderCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
