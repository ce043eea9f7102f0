package org.trialfinder.search;

import java.util.List;

/**
 * One search area (after ClinicalTrials.gov's {@code /studies/search-areas}): the API parameter
 * that searches it and the field pieces it covers, each with a weight that ranks a match there.
 */
public record SearchArea(String name, String param, String uiLabel, List<Part> parts) {
    public SearchArea {
        parts = List.copyOf(parts);
    }

    /** Pieces searched with the same weight. {@code isSynonyms}: matched with MeSH synonyms too. */
    public record Part(List<String> pieces, double weight, boolean isEnum, boolean isSynonyms) {
        public Part {
            pieces = List.copyOf(pieces);
        }
    }

    /** Every piece of the area with its weight, in the order of the table. */
    public List<WeightedPiece> weightedPieces() {
        return parts.stream()
                .flatMap(p -> p.pieces().stream().map(piece -> new WeightedPiece(piece, p.weight(), p.isSynonyms())))
                .toList();
    }

    public record WeightedPiece(String piece, double weight, boolean synonyms) {}
}
