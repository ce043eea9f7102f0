package org.trialfinder.store.lucene;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.trialfinder.store.StoreCheck;
import org.trialfinder.store.StoreException;
import org.trialfinder.store.StoreLockedException;

/**
 * {@code trialfinder check} for the embedded store: Lucene's {@link CheckIndex} over {@code <data>/index}, which
 * reads every file, verifies its checksum and decodes each segment's postings, stored fields, doc values and points.
 * It writes nothing (it is never asked to repair), but needs the write lock, so it waits for no ingest: a running
 * one makes it refuse.
 */
public final class LuceneStoreCheck {
    private LuceneStoreCheck() {}

    /** Checks the store in {@code dataDir}; {@code quick} verifies the checksums only (reads every byte once). */
    public static StoreCheck check(Path dataDir, boolean quick) {
        Path index = dataDir.resolve("index");
        if (!Files.isDirectory(index)) {
            throw new StoreException("there is no store in " + dataDir + " (no index folder)");
        }
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return new StoreCheck(
                        0,
                        0,
                        0,
                        List.of("no commit point (segments_N file) in " + index
                                + ": the store was never committed, or that file is gone"));
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            CheckIndex.Status status;
            try (CheckIndex checker = new CheckIndex(dir);
                    PrintStream info = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                checker.setLevel(
                        quick
                                ? CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS
                                : CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
                checker.setInfoStream(info, false);
                status = checker.checkIndex();
            }
            return report(status, log.toString(StandardCharsets.UTF_8));
        } catch (LockObtainFailedException e) {
            throw new StoreLockedException(
                    "the store in " + dataDir + " is being written by another process (an ingest or sync); "
                            + "check it once that has finished",
                    e);
        } catch (IOException e) {
            throw new StoreException("cannot check the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static StoreCheck report(CheckIndex.Status status, String log) {
        List<String> problems = new ArrayList<>();
        long docs = 0;
        double mb = 0;
        if (status.missingSegments) {
            problems.add("the commit point " + (status.segmentsFileName == null ? "" : status.segmentsFileName + " ")
                    + "cannot be read: " + firstError(log));
        }
        if (status.toolOutOfDate) {
            problems.add("the index was written by a newer version of Trialfinder");
        }
        for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
            mb += s.sizeMB;
            if (s.error != null) {
                String what = IndexDamage.describe(s.error).orElse(s.error.getMessage());
                problems.add(String.format(
                        Locale.ROOT,
                        "segment %s (%,d documents, %s files): %s",
                        s.name,
                        s.maxDoc,
                        s.compound ? "compound" : "separate",
                        what));
            } else {
                docs += s.maxDoc - (s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted);
            }
        }
        if (problems.isEmpty() && !status.clean) {
            problems.add("the index is not clean: " + firstError(log));
        }
        return new StoreCheck(docs, status.segmentInfos.size(), (long) (mb * 1024 * 1024), problems);
    }

    /** The first ERROR line CheckIndex wrote, for the cases its status carries no exception. */
    private static String firstError(String log) {
        return log.lines()
                .filter(l -> l.contains("ERROR") || l.contains("FAILED"))
                .map(String::strip)
                .findFirst()
                .orElse("see the index folder");
    }
}
