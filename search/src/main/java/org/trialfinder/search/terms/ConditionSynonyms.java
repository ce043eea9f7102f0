package org.trialfinder.search.terms;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.search.Synonyms;

/**
 * Which MeSH words count as other words for a condition phrase of a query: the same concept's
 * preferred name, abbreviation expansion, entry terms and unambiguous abbreviations, and, as
 * narrower concepts, the names of its narrower descriptors and their unambiguous abbreviations
 * ("NSCLC" is a lung cancer). The expander caps how many there are.
 */
public final class ConditionSynonyms implements Synonyms {
    private final ConceptExpander expander;

    public ConditionSynonyms(ConceptExpander expander) {
        this.expander = expander;
    }

    @Override
    public Alternatives of(String phrase) {
        Expansion e = expander.expand(phrase);
        Abbreviations abbreviations = expander.abbreviations();
        // narrower concepts by name and by their unambiguous abbreviations ("NSCLC" is a lung cancer)
        List<String> narrower = new ArrayList<>();
        for (Expansion.Term t : e.terms()) {
            if (t.kind() == Expansion.Kind.NARROWER) {
                narrower.add(t.text());
                abbreviations.forMeshId(t.descriptorId()).stream()
                        .filter(sense -> !abbreviations.isAmbiguous(sense.abbreviation()))
                        .forEach(sense -> narrower.add(sense.abbreviation()));
            }
        }
        return new Alternatives(
                e.texts(
                        Expansion.Kind.PREFERRED,
                        Expansion.Kind.EXPANSION,
                        Expansion.Kind.SYNONYM,
                        Expansion.Kind.ABBREVIATION),
                narrower);
    }
}
