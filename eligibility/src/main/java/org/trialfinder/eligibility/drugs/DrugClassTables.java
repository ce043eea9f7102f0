package org.trialfinder.eligibility.drugs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The drug-class tables of the module's resources ({@code drugs/classes.tsv.gz}, {@code drugs/drugs.tsv.gz}):
 * a modified subset of NLM's MeSH 2024 pharmacological actions plus a curated layer of criteria-level
 * classes (see {@code drugs/NOTICE.md}; built by {@code eligibility/tools/build-drug-classes.py}).
 *
 * <p>Each table is loaded on first use and kept: the class hierarchy (small) when a criterion or a
 * treatment needs a class, the drug spellings (27,721) only when a patient's treatments are read.
 */
public final class DrugClassTables {

    private DrugClassTables() {}

    static final String RESOURCES = "/org/trialfinder/eligibility/drugs/";

    /** A class: {@code CUR:EGFR_TKI}, {@code MESH:D056572}. {@code read}: its synonyms are read in criteria. */
    public record DrugClass(String id, String name, List<String> parents, boolean read, List<String> synonyms) {

        /** The notation's id: {@code CUR:EGFR_TKI} → {@code class:EGFR_TKI}, {@code MESH:D056572} → {@code class:D056572}. */
        public String notationId() {
            return "class:" + id.substring(id.indexOf(':') + 1);
        }
    }

    /** One drug a spelling names, with its direct classes and those of them that come from the curated layer. */
    public record Drug(String canonicalName, List<String> classIds, List<String> curatedClassIds) {}

    /** The class with this table id ({@code CUR:…}, {@code MESH:…}) or notation id ({@code class:…}). */
    public static Optional<DrugClass> drugClass(String id) {
        if (id.startsWith("class:")) {
            String bare = id.substring("class:".length());
            DrugClass c = Classes.BY_ID.get("CUR:" + bare);
            return Optional.ofNullable(c != null ? c : Classes.BY_ID.get("MESH:" + bare));
        }
        return Optional.ofNullable(Classes.BY_ID.get(id));
    }

    public static Collection<DrugClass> classes() {
        return Classes.BY_ID.values();
    }

    /** The class and all its ancestors (table ids), computed once per class. */
    public static Set<String> selfAndAncestors(String classId) {
        Set<String> cached = Classes.ANCESTORS.get(classId);
        if (cached != null) {
            return cached;
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(classId));
        while (!todo.isEmpty()) {
            String c = todo.removeLast();
            if (out.add(c)) {
                DrugClass dc = Classes.BY_ID.get(c);
                if (dc != null) {
                    todo.addAll(dc.parents());
                }
            }
        }
        Set<String> result = Set.copyOf(out);
        Classes.ANCESTORS.put(classId, result);
        return result;
    }

    /** The drugs a spelling names (lower-cased, spaces collapsed); empty when none. */
    public static List<Drug> drugsNamed(String spelling) {
        List<Drug> d = Drugs.BY_SPELLING.get(spelling);
        return d == null ? List.of() : d;
    }

    /** How many spellings the drug table holds (loads it). */
    static int spellingCount() {
        return Drugs.BY_SPELLING.size();
    }

    private static final class Classes {
        static final Map<String, DrugClass> BY_ID = loadClasses();
        static final Map<String, Set<String>> ANCESTORS = new ConcurrentHashMap<>();
    }

    private static final class Drugs {
        static final Map<String, List<Drug>> BY_SPELLING = loadDrugs();
    }

    private static Map<String, DrugClass> loadClasses() {
        Map<String, DrugClass> out = new LinkedHashMap<>();
        for (String[] f : rows("classes.tsv.gz", 5)) {
            out.put(f[0], new DrugClass(f[0], f[1], split(f[2]), f[3].equals("1"), split(f[4])));
        }
        return Map.copyOf(out);
    }

    private static Map<String, List<Drug>> loadDrugs() {
        // Many drugs share one set of classes and a spelling is often its own canonical name: share both.
        Map<String, List<String>> classLists = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, List<Drug>> out = new HashMap<>(40_000);
        for (String[] f : rows("drugs.tsv.gz", 4)) {
            String spelling = names.computeIfAbsent(f[0], k -> k);
            String canonical = f[1].equals("=") ? spelling : names.computeIfAbsent(f[1], k -> k);
            Drug drug = new Drug(
                    canonical,
                    classLists.computeIfAbsent(f[2], DrugClassTables::split),
                    classLists.computeIfAbsent(f[3], DrugClassTables::split));
            out.merge(spelling, List.of(drug), (a, b) -> {
                List<Drug> both = new ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            });
        }
        return out;
    }

    private static List<String> split(String pipeSeparated) {
        return pipeSeparated.isEmpty() ? List.of() : List.of(pipeSeparated.split("\\|"));
    }

    private static List<String[]> rows(String file, int columns) {
        String path = RESOURCES + file;
        try (InputStream in = DrugClassTables.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            List<String[]> out = new ArrayList<>();
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(
                            path + ": expected " + columns + " columns, got " + f.length + " in '" + line + "'");
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Lower case, one space between words: the key of a spelling. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
