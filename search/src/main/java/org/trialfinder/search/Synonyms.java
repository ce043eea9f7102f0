package org.trialfinder.search;

import java.util.List;

/**
 * Other words for a phrase of a query, from the medical vocabulary: the same concept's names
 * ("myocardial infarction", "MI" for "heart attack") and the names of narrower concepts ("non-small
 * cell lung carcinoma" for "lung cancer"). The search adds the first to every short text field of
 * an area and the second to the fields that list conditions.
 */
public interface Synonyms {
    Synonyms NONE = phrase -> new Alternatives(List.of(), List.of());

    Alternatives of(String phrase);

    record Alternatives(List<String> sameConcept, List<String> narrower) {
        public Alternatives {
            sameConcept = List.copyOf(sameConcept);
            narrower = List.copyOf(narrower);
        }
    }
}
