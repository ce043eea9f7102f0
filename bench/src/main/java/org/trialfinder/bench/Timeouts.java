package org.trialfinder.bench;

/**
 * Waits that grow with the store: opening a store written by an older build reindexes it (on main, ~565 studies/s),
 * so a fixed wait that suits 100,000 studies gives up on 600,000.
 */
final class Timeouts {
    private Timeouts() {}

    /** How long a server may take to say it is running: at least 5 minutes, else a reindex at 250 studies/s. */
    static long serverStartSeconds(long studies) {
        return Math.max(300, studies / 250);
    }

    /** How long {@code trialfinder stats} may take on a store (it upgrades an old one): at least an hour. */
    static long storeCommandSeconds(long studies) {
        return Math.max(3600, studies / 100);
    }
}
