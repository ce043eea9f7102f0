package org.trialfinder.store.lucene;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Lucene's start-up notes off the terminal of the command and the benchmarks: noise for their users. */
public final class LuceneLogs {
    /** Held so the settings are not garbage-collected with the loggers. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private LuceneLogs() {}

    public static void quiet() {
        // Lucene reports its vector setup at INFO on every start
        LUCENE.setLevel(Level.WARNING);
        // and, without the incubating vector module, advises adding it at WARNING: Trialfinder runs without it
        // on purpose (it made no measurable difference to its searches; see the trialfinder script)
        VECTORIZATION.setLevel(Level.SEVERE);
    }
}
