package org.trialfinder.bench.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trialfinder.bench.ProjectRoot;
import org.trialfinder.eligibility.screen.CompiledCriterion;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.ingest.legacy.LegacyXmlConverter;
import org.trialfinder.ingest.source.SourceItem;
import org.trialfinder.ingest.source.SourceReader;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.search.terms.MeshThesaurus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench/run coverage}: how much of real trials' criteria the parser reads. Every item of every
 * record we hold (the repository's ClinicalTrials.gov v2 sample, all statuses, and the legacy XML records
 * that are recruiting or active) is compiled as the pre-screener compiles it; an item counts as read when at
 * least one part of it became a check. Printed by therapeutic area ({@link TherapeuticArea}), with the goals
 * of issue 12 (oncology ≥ 60 %, overall ≥ 40 %).
 */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = "Share of real trials' criteria items the parser reads into checks, by therapeutic area: the v2 "
                + "sample (all statuses) and the recruiting and active legacy XML records.")
public final class CriteriaCoverageBenchmark implements Callable<Integer> {
    static final double GOAL_ONCOLOGY = 0.60;
    static final double GOAL_OVERALL = 0.40;

    private static final Set<OverallStatus> OPEN = Set.of(
            OverallStatus.RECRUITING,
            OverallStatus.NOT_YET_RECRUITING,
            OverallStatus.ACTIVE_NOT_RECRUITING,
            OverallStatus.ENROLLING_BY_INVITATION);

    @Mixin
    ProjectRoot root;

    @Option(
            names = "--v2",
            paramLabel = "FILE",
            description = "ClinicalTrials.gov v2 records, every status (default: sample/ctgov-v2-sample.jsonl.gz and "
                    + "sample/NCT06751394.json).")
    List<Path> v2 = new ArrayList<>();

    @Option(
            names = "--legacy",
            paramLabel = "ZIP",
            description = "Legacy XML records, only the recruiting and active ones counted (default: "
                    + "../shared/data/ctgov-legacy-xml-*.zip when present, else sample/ctgov-legacy-sample.zip).")
    List<Path> legacy = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path repo = root.path();
        List<Path> v2Files = v2.isEmpty()
                ? List.of(repo.resolve("sample/ctgov-v2-sample.jsonl.gz"), repo.resolve("sample/NCT06751394.json"))
                : v2;
        List<Path> legacyFiles = legacy.isEmpty() ? defaultLegacy(repo) : legacy;
        MeshThesaurus mesh = MeshThesaurus.loadDefault();
        Map<TherapeuticArea, CoverageTally> byArea = new EnumMap<>(TherapeuticArea.class);
        CoverageTally v2Tally = new CoverageTally();
        CoverageTally legacyTally = new CoverageTally();
        Set<String> seen = new HashSet<>();
        int[] unreadable = {0};
        ObjectMapper mapper = StudyJson.mapper();
        LegacyXmlConverter converter = new LegacyXmlConverter();
        SourceReader reader = new SourceReader();
        for (Path file : v2Files) {
            reader.read(file, item -> {
                Study s = study(item, mapper, converter);
                if (s == null) {
                    unreadable[0]++;
                } else if (seen.add(s.nctId())) {
                    count(s, mesh, byArea, v2Tally);
                }
            });
        }
        for (Path file : legacyFiles) {
            reader.read(file, item -> {
                Study s = study(item, mapper, converter);
                if (s == null) {
                    unreadable[0]++;
                } else if (OPEN.contains(s.overallStatus()) && seen.add(s.nctId())) {
                    count(s, mesh, byArea, legacyTally);
                }
            });
        }
        print(System.out, v2Files, legacyFiles, byArea, v2Tally, legacyTally, unreadable[0]);
        return 0;
    }

    private static List<Path> defaultLegacy(Path repo) {
        List<Path> shared = new ArrayList<>();
        for (String name : List.of("ctgov-legacy-xml-2023.zip", "ctgov-legacy-xml-trec2022-sample.zip")) {
            Path p = repo.resolve("../shared/data").resolve(name).normalize();
            if (Files.isRegularFile(p)) {
                shared.add(p);
            }
        }
        return shared.isEmpty() ? List.of(repo.resolve("sample/ctgov-legacy-sample.zip")) : shared;
    }

    private static Study study(SourceItem item, ObjectMapper mapper, LegacyXmlConverter converter) {
        try {
            JsonNode tree = switch (item) {
                case SourceItem.JsonBytes b -> mapper.readTree(b.json());
                case SourceItem.JsonTree t -> t.tree();
                case SourceItem.LegacyXml x -> converter.convert(new ByteArrayInputStream(x.xml()), x.origin());
                case SourceItem.Unreadable u -> null;
            };
            return tree == null || !tree.isObject() ? null : StudyJson.fromTree(tree);
        } catch (Exception e) {
            return null; // counted as unreadable: this command measures the parser, not the records
        }
    }

    private static void count(
            Study study, MeshThesaurus mesh, Map<TherapeuticArea, CoverageTally> byArea, CoverageTally source) {
        CoverageTally area = byArea.computeIfAbsent(TherapeuticArea.of(study, mesh), a -> new CoverageTally());
        area.addTrial();
        source.addTrial();
        for (CompiledCriterion c : TrialCompiler.compileUncached(study).criteria()) {
            if ("criteria".equals(c.source())) {
                area.add(c.tree());
                source.add(c.tree());
            }
        }
    }

    static void print(
            PrintStream out,
            List<Path> v2Files,
            List<Path> legacyFiles,
            Map<TherapeuticArea, CoverageTally> byArea,
            CoverageTally v2,
            CoverageTally legacy,
            int unreadable) {
        out.println("criteria coverage: items read into checks (at least one part computable)");
        out.println("records: v2 " + v2Files + " (all statuses); legacy " + legacyFiles
                + " (recruiting, not yet recruiting, active, by invitation)");
        if (unreadable > 0) {
            out.println("unreadable records skipped: " + unreadable);
        }
        out.printf(
                Locale.ROOT,
                "%-30s %7s %8s %9s %9s %9s %11s%n",
                "area",
                "trials",
                "items",
                "read",
                "read %",
                "fully %",
                "read % med.");
        CoverageTally all = new CoverageTally();
        for (Map.Entry<TherapeuticArea, CoverageTally> e : byArea.entrySet()) {
            row(out, e.getKey().words, e.getValue());
            all.addAll(e.getValue());
        }
        row(out, "all", all);
        row(out, "  of which v2 sample", v2);
        row(out, "  of which legacy open", legacy);
        out.println("(read % med.: among items that are not procedural, such as consent and study visits)");
        CoverageTally oncology = byArea.getOrDefault(TherapeuticArea.ONCOLOGY, new CoverageTally());
        out.printf(
                Locale.ROOT,
                "goal oncology >= %.0f %%: %s (%.1f %%)%n",
                GOAL_ONCOLOGY * 100,
                oncology.share() >= GOAL_ONCOLOGY ? "PASS" : "MISS",
                oncology.share() * 100);
        out.printf(
                Locale.ROOT,
                "goal overall >= %.0f %%: %s (%.1f %%)%n",
                GOAL_OVERALL * 100,
                all.share() >= GOAL_OVERALL ? "PASS" : "MISS",
                all.share() * 100);
    }

    private static void row(PrintStream out, String name, CoverageTally t) {
        out.printf(
                Locale.ROOT,
                "%-30s %7d %8d %9d %8.1f%% %8.1f%% %10.1f%%%n",
                name,
                t.trials,
                t.items,
                t.computable,
                t.share() * 100,
                t.fullShare() * 100,
                t.medicalShare() * 100);
    }
}
