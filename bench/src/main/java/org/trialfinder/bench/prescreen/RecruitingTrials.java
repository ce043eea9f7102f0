package org.trialfinder.bench.prescreen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.bench.CorpusGenerator;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.vocab.OverallStatus;

/**
 * The recruiting trials of a generated corpus: read from the store {@code bench/run load} keeps
 * (when it is there) or generated in memory from the real sample with the same generator and seed.
 * Records are parsed one at a time and only recruiting ones are handed on, so memory holds what the
 * caller keeps, never the corpus.
 */
final class RecruitingTrials {
    /** A cheap first look: every record whose overall status is RECRUITING has this word somewhere. */
    private static final byte[] WORD = "RECRUITING".getBytes(StandardCharsets.US_ASCII);

    /** How many records were read and how many were recruiting. */
    record Counts(long studies, long recruiting) {}

    private RecruitingTrials() {}

    static Counts fromStore(Path storeRoot, Consumer<Study> sink) {
        long[] counts = new long[2];
        try (Trialfinder app = Trialfinder.open(storeRoot, System.out)) {
            app.store().forEach(s -> {
                counts[0]++;
                if (accept(s.json(), sink)) {
                    counts[1]++;
                }
            });
        }
        return new Counts(counts[0], counts[1]);
    }

    static Counts generated(long studies, long seed, Consumer<Study> sink) {
        long[] counts = new long[2];
        CorpusGenerator.fromSample().generate(studies, seed, g -> {
            counts[0]++;
            if (accept(g.json(), sink)) {
                counts[1]++;
            }
        });
        return new Counts(counts[0], counts[1]);
    }

    static boolean isStore(Path root) {
        return Files.isDirectory(root.resolve("index"));
    }

    private static boolean accept(byte[] json, Consumer<Study> sink) {
        if (!contains(json, WORD)) {
            return false;
        }
        Study study = StudyJson.parse(json);
        if (study.overallStatus() != OverallStatus.RECRUITING) {
            return false;
        }
        sink.accept(study);
        return true;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
