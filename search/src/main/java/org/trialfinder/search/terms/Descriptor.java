package org.trialfinder.search.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * A MeSH descriptor: its id as MeSH writes it ({@code D009203}, or {@code D000073818} for the newer
 * ones), preferred name, entry terms (synonyms, the name left out), tree numbers (its places in
 * the hierarchy, from the MeSH 2019 tree; empty for descriptors created since) and the top-level
 * MeSH categories it belongs to ({@code "C"} diseases, {@code "F"} psychiatry and psychology,
 * {@code "M"} named groups).
 *
 * <p>Two descriptors are equal when their ids denote the same descriptor (see {@link MeshIds}).
 */
public record Descriptor(
        String id, String name, List<String> entryTerms, List<String> treeNumbers, List<String> categories) {

    public Descriptor {
        if (id == null || name == null) {
            throw new IllegalArgumentException("id and name are required");
        }
        entryTerms = entryTerms == null ? List.of() : List.copyOf(entryTerms);
        treeNumbers = treeNumbers == null ? List.of() : List.copyOf(treeNumbers);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A descriptor whose categories are those of its tree numbers. */
    public Descriptor(String id, String name, List<String> entryTerms, List<String> treeNumbers) {
        this(id, name, entryTerms, treeNumbers, categoriesOf(treeNumbers));
    }

    /** True when the descriptor is in the given top-level category ("C", "F" or "M"). */
    public boolean inCategory(String category) {
        return categories.contains(category);
    }

    /** True for diseases (category C) and mental disorders (F03, or any F descriptor under C). */
    public boolean isCondition() {
        if (categories.contains("C")) {
            return true;
        }
        for (String t : treeNumbers) {
            if (t.startsWith("F03")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Descriptor d && MeshIds.number(id) == MeshIds.number(d.id);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(MeshIds.number(id));
    }

    @Override
    public String toString() {
        return id + " " + name;
    }

    private static List<String> categoriesOf(List<String> treeNumbers) {
        List<String> out = new ArrayList<>();
        if (treeNumbers != null) {
            for (String t : treeNumbers) {
                String c = t.isEmpty() ? "" : t.substring(0, 1);
                if (!c.isEmpty() && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
