package org.trialfinder.store.lucene;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.trialfinder.store.StoreDamagedException;

/**
 * Tells a damaged index (a file missing, truncated or failing its checksum) from other read errors, and says it
 * in a sentence that names the file: Lucene's own messages carry the whole resource description and internal
 * stream classes.
 */
final class IndexDamage {
    private static final Pattern PATH = Pattern.compile("path=\"([^\"]+)\"");

    private IndexDamage() {}

    /** The damage {@code e} reports, as "index file NAME: what is wrong"; empty when it is no damage. */
    static Optional<String> describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException c) {
                return Optional.of(file(c.getResourceDescription()) + ": " + c.getOriginalMessage());
            }
            if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
                return Optional.of("written by an incompatible version: " + t.getMessage());
            }
            if (t instanceof NoSuchFileException n) {
                return Optional.of("index file " + Path.of(n.getFile()).getFileName() + " is missing");
            }
            if (t instanceof FileNotFoundException f) {
                return Optional.of("an index file is missing: " + f.getMessage());
            }
            if (t instanceof EOFException eof) {
                return Optional.of("an index file ends early (truncated): " + eof.getMessage());
            }
        }
        return Optional.empty();
    }

    /** A {@link StoreDamagedException} for {@code e} when it is damage to the store in {@code root}. */
    static Optional<StoreDamagedException> of(Path root, IOException e) {
        return describe(e).map(what -> new StoreDamagedException(message(root, what), e));
    }

    static String message(Path root, String what) {
        return "the store in " + root + " is damaged (" + what + "). Run `trialfinder check --data " + root
                + "` to see every damaged part; then restore a backup, or ingest the data again into an empty folder.";
    }

    private static String file(String resource) {
        if (resource == null) {
            return "an index file";
        }
        Matcher m = PATH.matcher(resource);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null
                ? "index file (" + resource + ")"
                : "index file " + Path.of(last).getFileName();
    }
}
