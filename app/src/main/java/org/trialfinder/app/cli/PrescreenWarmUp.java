package org.trialfinder.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.eligibility.intake.PatientProfile;

/**
 * What the first patient of a server that just started would otherwise wait for, done in the background once
 * it is up: the patient intake (its vocabularies) and one scan of every recruiting trial's compiled criteria
 * (the code paths the JIT has not seen yet, the store's pages not yet read). Nothing is compiled here: the
 * criteria were compiled when the trials were stored.
 */
final class PrescreenWarmUp {
    private PrescreenWarmUp() {}

    static void start(Trialfinder app, PrintStream log) {
        Thread t = new Thread(
                () -> {
                    try {
                        long t0 = System.nanoTime();
                        PatientProfile patient = app.intake()
                                .json("{\"age\":50,\"sex\":\"female\",\"conditions\":[\"cancer\"]}")
                                .profile();
                        int n = app.eligibility().recruitingVerdicts(patient).size();
                        log.printf(
                                Locale.ROOT,
                                "serve: pre-screening ready (%,d recruiting trials compiled at ingest; warmed in %.1f s)%n",
                                n,
                                (System.nanoTime() - t0) / 1e9);
                    } catch (RuntimeException e) {
                        // the server closing under it, or a store without compiled forms: requests still work
                    }
                },
                "prescreen-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
