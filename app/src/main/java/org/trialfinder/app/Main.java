package org.trialfinder.app;

import org.trialfinder.app.cli.TrialfinderCommand;
import org.trialfinder.store.lucene.LuceneLogs;

/** Entry point of the {@code trialfinder} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        LuceneLogs.quiet();
        int code = TrialfinderCommand.run(args);
        // serve keeps running in its own (non-daemon) threads; every other command ends here.
        if (code != TrialfinderCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
