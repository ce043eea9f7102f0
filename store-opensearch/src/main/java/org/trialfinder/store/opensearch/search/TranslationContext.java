package org.trialfinder.store.opensearch.search;

import java.util.List;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.essie.CoverageMode;
import org.trialfinder.search.essie.ExpansionMode;

/**
 * Where and how the words of an Essie expression are matched at one point of the tree (as in the embedded
 * engine): the pieces searched, with weights and whether MeSH synonyms apply, the expansion and the coverage.
 * {@code AREA[…]}, {@code EXPANSION[…]} and {@code COVERAGE[…]} derive a new context for their body.
 */
record TranslationContext(List<SearchArea.WeightedPiece> pieces, ExpansionMode expansion, CoverageMode coverage) {
    static TranslationContext of(SearchArea area) {
        return new TranslationContext(area.weightedPieces(), ExpansionMode.RELAXATION, CoverageMode.CONTAINS);
    }

    TranslationContext withPieces(List<SearchArea.WeightedPiece> p) {
        return new TranslationContext(p, expansion, coverage);
    }

    TranslationContext withExpansion(ExpansionMode e) {
        return new TranslationContext(pieces, e, coverage);
    }

    TranslationContext withCoverage(CoverageMode c) {
        return new TranslationContext(pieces, expansion, c);
    }
}
