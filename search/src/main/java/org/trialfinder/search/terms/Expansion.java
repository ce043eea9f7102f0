package org.trialfinder.search.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ConceptExpander#expand} makes of a phrase: the MeSH descriptors it names and the
 * terms to search for them.
 *
 * @param phrase the phrase as given
 * @param descriptors the descriptors the phrase names (all senses of an ambiguous abbreviation
 *     that are conditions, most common first); empty when it names none
 * @param senses the abbreviation senses the phrase matched, including those that are no
 *     condition ("ED": erectile dysfunction, emergency department); empty when it is no known
 *     abbreviation
 * @param terms the terms to search, without duplicates (compared after folding and plural
 *     stripping) and without MeSH's inverted duplicates ("Infarction, Myocardial" when "Myocardial
 *     Infarction" is there): first each descriptor's name, abbreviation expansion, entry terms
 *     and unambiguous case-insensitive abbreviations ("NSCLC", not "MI"), then the names of
 *     narrower descriptors (children first)
 * @param ambiguous true when the phrase is an abbreviation with several senses
 * @param truncated true when terms were left out to stay within the expander's cap
 */
public record Expansion(
        String phrase,
        List<Descriptor> descriptors,
        List<Abbreviations.Sense> senses,
        List<Term> terms,
        boolean ambiguous,
        boolean truncated) {

    /** Why a term is in the expansion. */
    public enum Kind {
        /** The preferred name of a descriptor the phrase names. */
        PREFERRED,
        /** The expansion of the abbreviation the phrase is ("non-small cell lung cancer"). */
        EXPANSION,
        /** An entry term (synonym) of a descriptor the phrase names. */
        SYNONYM,
        /** An unambiguous abbreviation of a descriptor the phrase names ("NSCLC"). */
        ABBREVIATION,
        /** The preferred name of a narrower descriptor. */
        NARROWER
    }

    /**
     * A term to search.
     *
     * @param text the term as MeSH (or the abbreviation table) writes it
     * @param descriptorId the descriptor it stands for
     * @param kind why it is here
     */
    public record Term(String text, String descriptorId, Kind kind) {}

    public Expansion {
        descriptors = List.copyOf(descriptors);
        senses = List.copyOf(senses);
        terms = List.copyOf(terms);
    }

    /** True when the phrase names no descriptor. */
    public boolean isEmpty() {
        return descriptors.isEmpty();
    }

    /** The texts of all terms, in order. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(t.text());
        }
        return out;
    }

    /** The texts of the terms of the given kinds, in order. */
    public List<String> texts(Kind first, Kind... more) {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.kind() == first || List.of(more).contains(t.kind())) {
                out.add(t.text());
            }
        }
        return out;
    }
}
