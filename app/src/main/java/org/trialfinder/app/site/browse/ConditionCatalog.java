package org.trialfinder.app.site.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.search.browse.BrowseCount;
import org.trialfinder.search.browse.BrowseSlug;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * The conditions of the stored trials arranged for browsing: by first letter, by MeSH branch, and
 * with each MeSH condition's descriptor (for its broader and narrower conditions). Built from one
 * set of counts and immutable: rebuilt only when the counts change (a new commit).
 */
final class ConditionCatalog {
    /** Letter pages: a…z, then names starting with a digit, then names in other scripts. */
    static final List<String> LETTERS;

    static {
        List<String> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(String.valueOf(c));
        }
        letters.add("0-9");
        letters.add("other");
        LETTERS = List.copyOf(letters);
    }

    final List<BrowseCount> conditionSource;
    final List<BrowseCount> branchSource;
    private final Map<String, BrowseCount> bySlug = new HashMap<>();
    private final Map<String, List<BrowseCount>> byLetter = new LinkedHashMap<>();
    private final Map<String, Descriptor> descriptors = new HashMap<>();
    private final Map<String, BrowseCount> branches = new LinkedHashMap<>();
    private final Map<String, List<BrowseCount>> byBranch = new HashMap<>();
    private final List<BrowseCount> mostStudied;

    ConditionCatalog(List<BrowseCount> conditions, List<BrowseCount> branchCounts, Map<String, Descriptor> meshBySlug) {
        this.conditionSource = conditions;
        this.branchSource = branchCounts;
        LETTERS.forEach(l -> byLetter.put(l, new ArrayList<>()));
        branchCounts.forEach(b -> branches.put(b.key(), b));
        for (BrowseCount c : conditions) { // key order: alphabetical within each letter
            bySlug.put(c.key(), c);
            byLetter.get(letterOf(c.key())).add(c);
            Descriptor d = meshBySlug.get(c.key());
            if (d != null) {
                descriptors.put(c.key(), d);
                for (String tree : d.treeNumbers()) {
                    String top =
                            (tree.contains(".") ? tree.substring(0, tree.indexOf('.')) : tree).toLowerCase(Locale.ROOT);
                    List<BrowseCount> in = byBranch.computeIfAbsent(top, k -> new ArrayList<>());
                    if (in.isEmpty() || in.getLast() != c) {
                        in.add(c);
                    }
                }
            }
        }
        mostStudied = conditions.stream()
                .sorted(Comparator.comparingLong(BrowseCount::trials).reversed().thenComparing(BrowseCount::key))
                .limit(100)
                .toList();
    }

    /** The conditions with the most trials, most first. */
    List<BrowseCount> mostStudied(int n) {
        return mostStudied.subList(0, Math.min(n, mostStudied.size()));
    }

    /** Every descriptor of the thesaurus by the slug of its name (what condition keys are). */
    static Map<String, Descriptor> meshBySlug(MeshThesaurus mesh) {
        Map<String, Descriptor> out = new HashMap<>();
        for (Descriptor d : mesh.descriptors()) {
            out.putIfAbsent(BrowseSlug.of(d.name()), d);
        }
        return out;
    }

    static String letterOf(String slug) {
        char c = slug.isEmpty() ? ' ' : slug.charAt(0);
        if (c >= 'a' && c <= 'z') {
            return String.valueOf(c);
        }
        return c >= '0' && c <= '9' ? "0-9" : "other";
    }

    /** "A", "0–9", "Other scripts". */
    static String letterLabel(String letter) {
        return switch (letter) {
            case "0-9" -> "0–9";
            case "other" -> "Other scripts";
            default -> letter.toUpperCase(Locale.ROOT);
        };
    }

    Optional<BrowseCount> condition(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    int size() {
        return bySlug.size();
    }

    List<BrowseCount> letter(String letter) {
        return byLetter.getOrDefault(letter, List.of());
    }

    Map<String, BrowseCount> branches() {
        return branches;
    }

    List<BrowseCount> inBranch(String code) {
        return byBranch.getOrDefault(code, List.of());
    }

    Optional<Descriptor> descriptor(String slug) {
        return Optional.ofNullable(descriptors.get(slug));
    }

    /** The stored conditions among these descriptors, in their order. */
    List<BrowseCount> present(List<Descriptor> ds) {
        List<BrowseCount> out = new ArrayList<>();
        for (Descriptor d : ds) {
            BrowseCount c = bySlug.get(BrowseSlug.of(d.name()));
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
