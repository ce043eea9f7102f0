package org.trialfinder.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.trialfinder.store.StoreException;

/**
 * What a failed write to the store says. A full disk gets its own sentence: it is the failure an operator meets most
 * and can fix, and nothing of the unfinished transaction is visible (the store keeps its last commit; the files the
 * failed run left are removed by the next writer). After a failed flush Lucene's writer is closed, and every later
 * call says only "this IndexWriter is closed": the cause it carries (the full disk) is what is reported.
 */
final class WriteFailures {
    private WriteFailures() {}

    /** {@code what}: "writing", "committing" (followed by "studies" in the message). */
    static RuntimeException of(Path root, String what, Exception e) {
        if (isNoSpace(e)) {
            return new StoreException(
                    "the disk holding the store in " + root + " is full (" + noSpaceMessage(e) + ") while "
                            + what
                            + " studies. Nothing of this run was stored: the store keeps its last complete state."
                            + " Free some space and run it again.",
                    e);
        }
        String message = "failed while " + what + " studies in the store in " + root + ": " + e.getMessage();
        return e instanceof IOException io ? new UncheckedIOException(message, io) : new StoreException(message, e);
    }

    static boolean isNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String noSpaceMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("disk quota exceeded")) {
                return "disk quota exceeded";
            }
        }
        return "no space left on device";
    }
}
