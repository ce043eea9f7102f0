package org.trialfinder.app.cli;

/** What the {@code trialfinder} command's exit code means, the same for every subcommand. */
public final class ExitCodes {
    /** Everything read was stored (or the command had nothing to reject). */
    public static final int OK = 0;
    /** The command could not do its job (store locked, unreadable store, server unreachable…). */
    public static final int FAILED = 1;
    /** The command line was wrong (picocli's own convention). */
    public static final int USAGE = 2;
    /** The command ran, but some records were rejected; every good record was stored. */
    public static final int SOME_REJECTED = 3;

    private ExitCodes() {}
}
