package org.trialfinder.search.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a condition phrase of a query into what the search engine ORs together: the MeSH
 * descriptors it names, their synonyms and the names of their narrower descriptors.
 *
 * <p>A phrase is first looked up as an abbreviation ({@link Abbreviations}: "NSCLC", "MI", "MS";
 * every sense that is a MeSH condition is kept, in table order, and the expansion is flagged
 * ambiguous when there are several senses), then in the thesaurus ({@link MeshThesaurus#lookup}:
 * "heart attack", "impotence", "lung cancer"); descriptors found both ways are kept once.
 *
 * <p>The terms are capped ({@link #DEFAULT_MAX_TERMS} = 200 unless configured): the descriptors'
 * own terms come first, then narrower names children first, so the cap drops the most remote
 * descendants (e.g. of "Neoplasms", which has thousands); {@link Expansion#truncated()} tells
 * when it did. A phrase that names no descriptor gives an empty expansion (no partial matching:
 * use {@link MeshThesaurus#findIn} to find the condition phrases of a longer text first).
 *
 * <p>Immutable and thread-safe.
 */
public final class ConceptExpander {

    /** The default cap on the number of terms of an expansion. */
    public static final int DEFAULT_MAX_TERMS = 200;

    private final MeshThesaurus thesaurus;
    private final Abbreviations abbreviations;
    private final int maxTerms;
    private final boolean includeNarrower;

    /** An expander with the default cap that adds narrower names. */
    public ConceptExpander(MeshThesaurus thesaurus, Abbreviations abbreviations) {
        this(thesaurus, abbreviations, DEFAULT_MAX_TERMS, true);
    }

    /**
     * @param maxTerms the cap on the number of terms (at least 1)
     * @param includeNarrower whether to add the names of narrower descriptors
     */
    public ConceptExpander(
            MeshThesaurus thesaurus, Abbreviations abbreviations, int maxTerms, boolean includeNarrower) {
        if (maxTerms < 1) {
            throw new IllegalArgumentException("maxTerms must be at least 1");
        }
        this.thesaurus = thesaurus;
        this.abbreviations = abbreviations;
        this.maxTerms = maxTerms;
        this.includeNarrower = includeNarrower;
    }

    public MeshThesaurus thesaurus() {
        return thesaurus;
    }

    public Abbreviations abbreviations() {
        return abbreviations;
    }

    /** The expansion of a condition phrase (see the class comment). */
    public Expansion expand(String phrase) {
        String p = phrase == null ? "" : phrase.strip();
        List<Abbreviations.Sense> senses = p.isEmpty() ? List.of() : abbreviations.senses(p);
        LinkedHashSet<Descriptor> found = new LinkedHashSet<>();
        List<String> expansionOf = new ArrayList<>(); // parallel to found: expansion text or null
        for (Abbreviations.Sense s : senses) {
            List<Descriptor> ds = s.meshId() != null
                    ? thesaurus.byId(s.meshId()).map(List::of).orElse(List.of())
                    : thesaurus.lookup(s.expansion());
            for (Descriptor d : ds) {
                if (found.add(d)) {
                    expansionOf.add(s.expansion());
                }
            }
        }
        if (!p.isEmpty()) {
            for (Descriptor d : thesaurus.lookup(p)) {
                if (found.add(d)) {
                    expansionOf.add(null);
                }
            }
        }
        List<Descriptor> descriptors = List.copyOf(found);

        Collector c = new Collector(maxTerms);
        for (int i = 0; i < descriptors.size(); i++) {
            Descriptor d = descriptors.get(i);
            c.add(d.name(), d, Expansion.Kind.PREFERRED);
            if (expansionOf.get(i) != null) {
                c.add(expansionOf.get(i), d, Expansion.Kind.EXPANSION);
            }
            Set<String> natural = new HashSet<>();
            for (String t : d.entryTerms()) {
                if (t.indexOf(',') < 0) {
                    natural.add(sortedKey(t));
                }
            }
            natural.add(sortedKey(d.name()));
            for (String t : d.entryTerms()) {
                if (t.indexOf(',') >= 0 && natural.contains(sortedKey(t))) {
                    continue; // an inverted duplicate: "Infarction, Myocardial"
                }
                c.add(t, d, Expansion.Kind.SYNONYM);
            }
            for (Abbreviations.Sense s : abbreviations.forMeshId(d.id())) {
                if (!s.caseSensitive() && abbreviations.senses(s.abbreviation()).size() == 1) {
                    c.add(s.abbreviation(), d, Expansion.Kind.ABBREVIATION);
                }
            }
        }
        if (includeNarrower) {
            for (Descriptor d : descriptors) {
                for (Descriptor n : thesaurus.narrower(d)) {
                    if (!found.contains(n)) {
                        c.add(n.name(), n, Expansion.Kind.NARROWER);
                    }
                }
            }
        }
        return new Expansion(phrase, descriptors, senses, c.terms, senses.size() > 1, c.truncated);
    }

    /** Folded, plural-stripped tokens in sorted order: the same for a term and its inversion. */
    private static String sortedKey(String term) {
        String[] tokens = MeshText.foldStem(term).split(" ");
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }

    private static final class Collector {
        final int max;
        final List<Expansion.Term> terms = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        boolean truncated;

        Collector(int max) {
            this.max = max;
        }

        void add(String text, Descriptor d, Expansion.Kind kind) {
            String key = MeshText.foldStem(text);
            if (key.isEmpty() || seen.contains(key)) {
                return;
            }
            if (terms.size() >= max) {
                truncated = true;
                return;
            }
            seen.add(key);
            terms.add(new Expansion.Term(text, d.id(), kind));
        }
    }
}
