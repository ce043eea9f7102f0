package org.trialfinder.search.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@code descriptors.tsv.gz}, the compact MeSH derivative shipped in {@code
 * org/trialfinder/search/terms/}, from the shared source data. Run at development time only: the
 * thesaurus never reads the source data at run time.
 *
 * <h2>How to regenerate</h2>
 *
 * <pre>
 * cd /work/main &amp;&amp; source bin/find-jdk &amp;&amp; ./mvnw -B -q -o -pl search -am compile
 * java -cp "search/target/classes:$(ls ~/.m2/repository/com/fasterxml/jackson/core/jackson-*&#47;*&#47;jackson-*.jar | tr '\n' :)" \
 *     org.trialfinder.search.terms.MeshResourceBuilder \
 *     /work/shared/data search/src/main/resources/org/trialfinder/search/terms
 * </pre>
 *
 * <p>(any classpath holding jackson-databind, -core and -annotations works, e.g. the one printed by
 * {@code ./mvnw -q -pl search dependency:build-classpath -Dmdep.outputFile=/dev/stdout}).
 *
 * <p>Inputs (relative to the data directory): {@code mesh/mesh2026-descriptors-CFM.jsonl} (MeSH
 * 2026 descriptors of branches C, F and M with their entry terms) and {@code
 * mesh/mesh2019-tree-numbers.tsv} (the MeSH 2019 tree, all branches). The 2019 tree is joined to
 * the 2026 descriptors by name; when the name changed since 2019, by an entry term of the 2026
 * descriptor that was a 2019 descriptor name and is not the name of another 2026 descriptor. Only
 * tree numbers in the descriptor's own 2026 categories are kept (a C descriptor keeps its C tree
 * numbers). Descriptors created after 2019 get no tree number (they have no place in the
 * hierarchy); the builder prints how many.
 *
 * <p>Output: one gzipped UTF-8 TSV, one descriptor per line, sorted by id, after a {@code #}
 * header line: {@code id, name, categories (comma-separated, e.g. "C,F"), tree numbers
 * ('|'-separated), entry terms ('|'-separated, the name itself left out, source order,
 * duplicates removed)}. Deterministic: the same input gives byte-identical output (the gzip
 * header carries no time stamp). {@code NOTICE.md} and {@code abbreviations.tsv} beside it are
 * maintained by hand.
 */
public final class MeshResourceBuilder {

    /** The file name of the generated resource. */
    public static final String DESCRIPTORS_FILE = "descriptors.tsv.gz";

    private MeshResourceBuilder() {}

    /** One source descriptor. */
    private record Source(String id, String name, List<String> categories, List<String> entryTerms) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MeshResourceBuilder SHARED_DATA_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);

        List<Source> sources = readDescriptors(data.resolve("mesh/mesh2026-descriptors-CFM.jsonl"));
        Map<String, List<String>> treesByName = readTree(data.resolve("mesh/mesh2019-tree-numbers.tsv"));

        Set<String> names2026 = new HashSet<>();
        for (Source s : sources) {
            names2026.add(s.name());
        }
        int byName = 0;
        int byEntryTerm = 0;
        int none = 0;
        Map<String, String> treeOwner = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (Source s : sources) {
            Set<String> trees = new TreeSet<>(keep(treesByName.get(s.name()), s.categories()));
            if (!trees.isEmpty()) {
                byName++;
            } else {
                for (String term : s.entryTerms()) {
                    if (!names2026.contains(term)) {
                        trees.addAll(keep(treesByName.get(term), s.categories()));
                    }
                }
                if (trees.isEmpty()) {
                    none++;
                } else {
                    byEntryTerm++;
                }
            }
            for (String t : trees) {
                String previous = treeOwner.putIfAbsent(t, s.id());
                if (previous != null) {
                    System.err.println("tree number " + t + " claimed by " + previous + " and " + s.id());
                }
            }
            LinkedHashSet<String> terms = new LinkedHashSet<>();
            for (String term : s.entryTerms()) {
                String clean = clean(term);
                if (!clean.isEmpty() && !clean.equals(s.name())) {
                    terms.add(clean);
                }
            }
            lines.add(String.join(
                    "\t",
                    s.id(),
                    clean(s.name()),
                    String.join(",", s.categories()),
                    String.join("|", trees),
                    String.join("|", terms)));
        }

        Path file = out.resolve(DESCRIPTORS_FILE);
        try (OutputStream os = Files.newOutputStream(file);
                GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
                Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            w.write("#id\tname\tcategories\ttreeNumbers\tentryTerms"
                    + "\t(MeSH 2026 C/F/M descriptors, tree numbers from MeSH 2019; see NOTICE.md)\n");
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        System.out.printf(
                "%d descriptors (%d tree numbers): %d joined to the 2019 tree by name, %d by an entry term,"
                        + " %d without tree number; wrote %s (%,d bytes)%n",
                sources.size(), treeOwner.size(), byName, byEntryTerm, none, file, Files.size(file));
    }

    private static List<String> keep(List<String> trees, List<String> categories) {
        if (trees == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String t : trees) {
            if (categories.contains(t.substring(0, 1))) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** Tabs, '|' and line breaks would break the format: replace them by spaces. */
    private static String clean(String s) {
        return s.replaceAll("[\\t|\\r\\n]+", " ").strip();
    }

    private static List<Source> readDescriptors(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Source> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<String> cats = new ArrayList<>();
                n.path("categories").forEach(c -> cats.add(c.asText()));
                List<String> terms = new ArrayList<>();
                n.path("entryTerms").forEach(t -> terms.add(t.asText()));
                out.add(new Source(n.path("id").asText().strip(), n.path("name").asText(), cats, terms));
            }
        }
        out.sort(Comparator.comparing(Source::id));
        return out;
    }

    private static Map<String, List<String>> readTree(Path file) throws IOException {
        Map<String, List<String>> byName = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine(); // header
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                byName.computeIfAbsent(line.substring(tab + 1).strip(), k -> new ArrayList<>())
                        .add(line.substring(0, tab).strip());
            }
        }
        return byName;
    }
}
