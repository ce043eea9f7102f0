package org.trialfinder.eligibility.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.parse.CriterionParser;
import org.trialfinder.eligibility.split.Section;

/**
 * The labelled-set benchmark: parses each labelled criterion item, compares the tree with the label by
 * {@link Equivalence}, and prints items, trials, the share parsed computable, precision of computable
 * (parsed computable and equivalent / parsed computable), recall (labelled computable and equivalent /
 * labelled computable), the same per domain, and every mismatch.
 *
 * <p>Usage: {@code LabelledSetBenchmark [path/to/criteria.jsonl]} (default
 * {@code eligibility/labelled/criteria.jsonl}).
 */
public final class LabelledSetBenchmark {

    /** One labelled item with what the parser made of it. */
    public record Outcome(
            String nctId,
            String section,
            String index,
            String text,
            String domain,
            String expected,
            String parsed,
            boolean labelledComputable,
            boolean parsedComputable,
            boolean equivalent,
            List<UnreadReason> unread) {}

    /** Totals over a set of outcomes. */
    public record Figures(
            int items,
            int labelledComputable,
            int parsedComputable,
            int parsedComputableEquivalent,
            int labelledComputableEquivalent) {
        public double shareParsedComputable() {
            return items == 0 ? 0 : (double) parsedComputable / items;
        }

        public double precision() {
            return parsedComputable == 0 ? 1 : (double) parsedComputableEquivalent / parsedComputable;
        }

        public double recall() {
            return labelledComputable == 0 ? 1 : (double) labelledComputableEquivalent / labelledComputable;
        }

        static Figures of(List<Outcome> outcomes) {
            int lc = 0, pc = 0, pce = 0, lce = 0;
            for (Outcome o : outcomes) {
                lc += o.labelledComputable() ? 1 : 0;
                pc += o.parsedComputable() ? 1 : 0;
                pce += o.parsedComputable() && o.equivalent() ? 1 : 0;
                lce += o.labelledComputable() && o.equivalent() ? 1 : 0;
            }
            return new Figures(outcomes.size(), lc, pc, pce, lce);
        }
    }

    /** The result of a run. */
    public record Result(
            List<Outcome> outcomes,
            int trials,
            Figures total,
            Map<String, Figures> byDomain,
            List<String> unreadableLabels) {}

    private LabelledSetBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "eligibility/labelled/criteria.jsonl");
        if (!Files.isRegularFile(file)) {
            System.err.println("no labelled set at " + file.toAbsolutePath());
            System.exit(2);
        }
        print(run(file), System.out);
    }

    /** Parses and compares every line of the labelled set. */
    public static Result run(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Equivalence equivalence = new Equivalence(CatalogUnits.INSTANCE);
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> trials = new HashSet<>();
        List<String> unreadable = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = mapper.readTree(line);
            String nctId = row.path("nctId").asText();
            String sectionName = row.path("section").asText();
            String text = row.path("text").asText();
            String expectedText = row.path("expected").asText();
            Criterion expected;
            try {
                expected = Notation.parse(expectedText);
            } catch (IllegalArgumentException e) {
                unreadable.add("line " + lineNo + " (" + nctId + "): " + e.getMessage());
                continue;
            }
            trials.add(nctId);
            Section section = switch (sectionName.toLowerCase(Locale.ROOT)) {
                case "inclusion" -> Section.INCLUSION;
                case "exclusion" -> Section.EXCLUSION;
                default -> Section.UNSPECIFIED;
            };
            Criterion parsed = CriterionParser.parse(text, section);
            boolean labelledComputable = expected.computable();
            boolean parsedComputable = parsed.computable();
            boolean equivalent = equivalence.equivalent(parsed, expected);
            outcomes.add(new Outcome(
                    nctId,
                    sectionName,
                    row.path("index").asText(),
                    text,
                    row.path("domain").asText("unknown"),
                    expectedText,
                    Notation.print(parsed),
                    labelledComputable,
                    parsedComputable,
                    equivalent,
                    unreadReasons(parsed)));
        }
        Map<String, List<Outcome>> grouped = new TreeMap<>();
        for (Outcome o : outcomes) {
            grouped.computeIfAbsent(o.domain(), d -> new ArrayList<>()).add(o);
        }
        Map<String, Figures> byDomain = new TreeMap<>();
        grouped.forEach((d, list) -> byDomain.put(d, Figures.of(list)));
        return new Result(outcomes, trials.size(), Figures.of(outcomes), byDomain, unreadable);
    }

    /** The reasons of the tree's unread parts, each once, in the order they stand. */
    static List<UnreadReason> unreadReasons(Criterion c) {
        Set<UnreadReason> out = new LinkedHashSet<>();
        collectReasons(c, out);
        return List.copyOf(out);
    }

    private static void collectReasons(Criterion c, Set<UnreadReason> out) {
        switch (c) {
            case NotComputable n -> out.add(n.reason());
            case And a -> a.parts().forEach(p -> collectReasons(p, out));
            case Or o -> o.parts().forEach(p -> collectReasons(p, out));
            case Not n -> collectReasons(n.part(), out);
            case Conditional k -> {
                collectReasons(k.condition(), out);
                collectReasons(k.then(), out);
            }
            case Within w -> collectReasons(w.part(), out);
            default -> {}
        }
    }

    /**
     * How many outcomes give each reason (an outcome counts once per reason it gives), most frequent first.
     */
    static Map<UnreadReason, Integer> byReason(List<Outcome> outcomes) {
        Map<UnreadReason, Integer> counts = new EnumMap<>(UnreadReason.class);
        for (Outcome o : outcomes) {
            for (UnreadReason r : o.unread()) {
                counts.merge(r, 1, Integer::sum);
            }
        }
        Map<UnreadReason, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<UnreadReason, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static void printReasons(String title, List<Outcome> outcomes, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%s: %d items%n", title, outcomes.size());
        out.printf(Locale.ROOT, "%-26s %6s  %s%n", "reason", "items", "meaning");
        byReason(outcomes).forEach((r, n) -> out.printf(Locale.ROOT, "%-26s %6d  %s%n", r.name(), n, r.meaning()));
    }

    private static final WeakerReading WEAKER = new WeakerReading(new Equivalence(CatalogUnits.INSTANCE));

    /** A precision error that only reads less than the label: unknown where the label decides, never against it. */
    private static boolean weaker(Outcome o) {
        try {
            return WEAKER.weaker(Notation.parse(o.parsed()), Notation.parse(o.expected()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The share of computable readings that are never stronger than their label: equal to it, or weaker (parts
     * left unread, so under three-valued logic they never decide against what the text says). 1 when nothing
     * was read.
     */
    public static double neverStronger(Result r) {
        int weaker = 0;
        for (Outcome o : r.outcomes()) {
            if (o.parsedComputable() && !o.equivalent() && weaker(o)) {
                weaker++;
            }
        }
        return r.total().parsedComputable() == 0
                ? 1.0
                : (double) (r.total().parsedComputableEquivalent() + weaker)
                        / r.total().parsedComputable();
    }

    /** How many precision errors read less than the label and how many say something else. */
    private static void printWeaker(Result r, PrintStream out) {
        int errors = 0;
        int weaker = 0;
        for (Outcome o : r.outcomes()) {
            if (o.parsedComputable() && !o.equivalent()) {
                errors++;
                weaker += weaker(o) ? 1 : 0;
            }
        }
        out.printf(
                Locale.ROOT,
                "of the %d precision errors, weaker than the label (parts left unread, never deciding against it): %d;"
                        + " never stronger than the label: %.3f (%d/%d)%n",
                errors,
                weaker,
                r.total().parsedComputable() == 0
                        ? 1.0
                        : (double) (r.total().parsedComputableEquivalent() + weaker)
                                / r.total().parsedComputable(),
                r.total().parsedComputableEquivalent() + weaker,
                r.total().parsedComputable());
    }

    public static void print(Result r, PrintStream out) {
        Figures t = r.total();
        out.printf(
                Locale.ROOT,
                "items: %d%ntrials: %d%nlabelled computable: %d%nparsed computable: %d (share %.3f)%n",
                t.items(),
                r.trials(),
                t.labelledComputable(),
                t.parsedComputable(),
                t.shareParsedComputable());
        out.printf(
                Locale.ROOT,
                "precision of computable: %.3f (%d/%d)%nrecall of computable: %.3f (%d/%d)%n",
                t.precision(),
                t.parsedComputableEquivalent(),
                t.parsedComputable(),
                t.recall(),
                t.labelledComputableEquivalent(),
                t.labelledComputable());
        printWeaker(r, out);
        out.println();
        out.printf(
                Locale.ROOT,
                "%-24s %6s %9s %9s %8s %8s%n",
                "domain",
                "items",
                "labelled",
                "parsed",
                "precision",
                "recall");
        r.byDomain()
                .forEach((d, f) -> out.printf(
                        Locale.ROOT,
                        "%-24s %6d %9d %9d %8.3f %8.3f%n",
                        d,
                        f.items(),
                        f.labelledComputable(),
                        f.parsedComputable(),
                        f.precision(),
                        f.recall()));
        printReasons(
                "why labelled computable items were not read (recall misses), by reason",
                r.outcomes().stream()
                        .filter(o -> o.labelledComputable() && !o.parsedComputable())
                        .toList(),
                out);
        printReasons(
                "unread parts of items read in part (parsed computable, some part not computable), by reason",
                r.outcomes().stream()
                        .filter(o -> o.parsedComputable() && !o.unread().isEmpty())
                        .toList(),
                out);
        out.println();
        out.println("mismatches where the parser claimed a computable reading (precision errors; \"weaker\": the"
                + " label with parts left unread):");
        for (Outcome o : r.outcomes()) {
            if (o.parsedComputable() && !o.equivalent()) {
                out.printf(
                        "  %s %s %s%s: %s%n      expected %s%n      parsed   %s%n",
                        o.nctId(),
                        o.section(),
                        o.index(),
                        weaker(o) ? " (weaker)" : "",
                        o.text(),
                        o.expected(),
                        o.parsed());
            }
        }
        out.println();
        out.println("labelled computable, parsed otherwise (recall misses):");
        for (Outcome o : r.outcomes()) {
            if (o.labelledComputable() && !o.parsedComputable()) {
                out.printf(
                        "  %s %s %s: %s%n      expected %s%n      unread   %s%n",
                        o.nctId(),
                        o.section(),
                        o.index(),
                        o.text(),
                        o.expected(),
                        o.unread().stream().map(UnreadReason::name).collect(Collectors.joining(", ")));
            }
        }
        if (!r.unreadableLabels().isEmpty()) {
            out.println();
            out.println("labels not in the notation (skipped):");
            r.unreadableLabels().forEach(u -> out.println("  " + u));
        }
    }
}
