package org.trialfinder.bench.trec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.trialfinder.bench.ProjectRoot;
import org.trialfinder.eligibility.intake.NoteReader;
import org.trialfinder.eligibility.rank.PrescreenerScreener;
import org.trialfinder.eligibility.rank.RankedTrial;
import org.trialfinder.eligibility.rank.TrialRanker;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.search.StudySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The ranking benchmark on real judgments: TREC Clinical Trials 2021, 2022, 2023 and the SIGIR 2016
 * cohort. Per topic, the judged trials we hold records for are ranked from the note alone by each
 * method, and NDCG@10 and P@10 are averaged over topics.
 */
@Command(
        name = "trec",
        mixinStandardHelpOptions = true,
        description =
                "Ranks each TREC CT 2021/2022/2023 and SIGIR 2016 topic's judged trials (those we have records for) "
                        + "from the note alone: Trialfinder's method beside a plain BM25 baseline; prints NDCG@10 and P@10.")
public final class TrecBenchmark implements Callable<Integer> {
    @Mixin
    ProjectRoot root;

    @Option(
            names = "--shared",
            paramLabel = "DIR",
            description = "The shared data folder (default: <root>/../shared/data).")
    Path shared;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the tie-breaking order (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Folder for the temporary store (default: the system temp folder).")
    Path work;

    @Option(
            names = "--false-exclusions",
            paramLabel = "FILE",
            description =
                    "Also write every trial judged eligible (score 2) that the pre-screener said the patient is not "
                            + "eligible for, with the criteria that failed, as tab-separated lines: collection, topic, trial, "
                            + "failed criteria. Read only the collections you tune on, so the others stay a measure.")
    Path falseExclusions;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path data = (shared != null ? shared : root.path().resolve("../shared/data"))
                .toAbsolutePath()
                .normalize();
        Path trecDir = data.resolve("trec");
        if (!Files.isDirectory(trecDir)) {
            System.err.println("no TREC data at " + trecDir + ": give the shared data folder with --shared DIR");
            return 2;
        }
        List<TrecCollection> collections = new ArrayList<>();
        for (TrecCollection.Source source : TrecCollection.Source.values()) {
            if (source.presentIn(trecDir)) {
                collections.add(source.load(trecDir));
            } else {
                out.printf("%s: topics or judgments missing under %s, skipped%n", source.label, trecDir);
            }
        }
        // opened before the minutes of work, so a path that cannot be written fails at once
        Optional<PrintWriter> opened;
        try {
            opened = falseExclusions == null
                    ? Optional.empty()
                    : Optional.of(new PrintWriter(Files.newBufferedWriter(falseExclusions, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.err.println("cannot write --false-exclusions " + falseExclusions + ": "
                    + (e instanceof NoSuchFileException ? "its folder does not exist" : e.getMessage()));
            return 2;
        }
        PrintWriter exclusions = opened.orElse(null);
        Set<String> judged = new TreeSet<>();
        collections.forEach(c -> judged.addAll(c.judgments().trials()));
        out.printf(
                Locale.ROOT,
                "%,d judged trials in %d collections; building the pool from the records in %s …%n",
                judged.size(),
                collections.size(),
                data);
        Path workDir = work != null ? Files.createDirectories(work) : Path.of(System.getProperty("java.io.tmpdir"));
        long t0 = System.nanoTime();
        try (TrialPool pool = TrialPool.build(TrialPool.Sources.under(data), judged, workDir, out);
                Bm25Baseline bm25 = new Bm25Baseline(pool.studies())) {
            out.printf(
                    Locale.ROOT,
                    "pool: %,d judged trials with a record (%,d of them minimal records from the TrialGPT corpus), built in %.1f s%n",
                    pool.studies().size(),
                    pool.minimalRecords().size(),
                    (System.nanoTime() - t0) / 1e9);
            long s0 = System.nanoTime();
            StudySearch search = pool.app().search();
            NoteReader notes = pool.app().intake().notes();
            out.printf(
                    Locale.ROOT,
                    "note extractor built in %.1f s (the search vocabulary was loaded with the pool)%n",
                    (System.nanoTime() - s0) / 1e9);
            TrialRanker ranker = new TrialRanker(new PrescreenerScreener(new Prescreener()));
            TrialfinderMethod trialfinder = new TrialfinderMethod(notes, search, ranker, pool.studies(), seed);
            List<TopicRanker> methods = new ArrayList<>();
            methods.add(trialfinder.withEligibility());
            methods.add(trialfinder.relevanceOnly());
            methods.addAll(baselines(bm25));
            List<Evaluation.Result> results = new ArrayList<>();
            for (TrecCollection c : collections) {
                if (exclusions != null) {
                    trialfinder.onRanking((topic, ranked) -> {
                        Map<String, Integer> scores =
                                c.judgments().of(topic.id(), pool.studies().keySet());
                        for (RankedTrial t : ranked) {
                            if (scores.getOrDefault(t.nctId(), 0) == 2
                                    && t.summary().verdict() == Verdict.NOT_ELIGIBLE) {
                                exclusions.println(String.join(
                                        "\t",
                                        c.name(),
                                        topic.id(),
                                        t.nctId(),
                                        String.join(" | ", t.summary().failedCriteria())
                                                .replaceAll("\\s+", " ")));
                            }
                        }
                    });
                }
                long c0 = System.nanoTime();
                Evaluation.Result r = Evaluation.evaluate(c, pool.studies().keySet(), methods);
                results.add(r);
                Evaluation.print(r, out);
                out.printf(Locale.ROOT, "  (%.1f s)%n", (System.nanoTime() - c0) / 1e9);
            }
            Evaluation.print(Evaluation.overall(results), out);
            if (exclusions != null) {
                exclusions.close();
                out.println("false exclusions written to " + falseExclusions);
            }
        }
        out.println();
        out.println(
                "NDCG@10: gain = judgment score (0/1/2), log2 discount, ideal = the topic's judged trials in the pool.");
        out.println(
                "P@10 (>=1): share of the first 10 judged excluded or eligible (SIGIR: would consider or refer); "
                        + "P@10 (=2): eligible (SIGIR: highly likely to refer). Denominator 10 even for smaller pools, as trec_eval.");
        return 0;
    }

    private List<TopicRanker> baselines(Bm25Baseline bm25) {
        List<TopicRanker> methods = new ArrayList<>();
        methods.add(new TopicRanker() {
            @Override
            public String name() {
                return "BM25 baseline (note words, English analyzer)";
            }

            @Override
            public List<String> rank(Topic topic, Set<String> candidates) {
                return Rankings.order(candidates, bm25.scores(topic.note(), candidates), seed);
            }
        });
        methods.add(new TopicRanker() {
            @Override
            public String name() {
                return "random order (seeded; the floor)";
            }

            @Override
            public List<String> rank(Topic topic, Set<String> candidates) {
                return Rankings.order(candidates, Map.of(), seed ^ topic.id().hashCode());
            }
        });
        return methods;
    }
}
