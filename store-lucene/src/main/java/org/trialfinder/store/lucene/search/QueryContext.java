package org.trialfinder.store.lucene.search;

import java.util.List;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.essie.CoverageMode;
import org.trialfinder.search.essie.ExpansionMode;

/**
 * Where and how the words of an Essie expression are matched at one point of the tree: the pieces
 * searched (with weights and whether MeSH synonyms apply), the expansion and the coverage. Operators
 * such as {@code AREA[…]}, {@code EXPANSION[…]} and {@code COVERAGE[…]} derive a new context for
 * their body.
 */
record QueryContext(
        List<SearchArea.WeightedPiece> pieces, ExpansionMode expansion, CoverageMode coverage, boolean scoring) {
    static QueryContext of(SearchArea area, boolean scoring) {
        return new QueryContext(area.weightedPieces(), ExpansionMode.RELAXATION, CoverageMode.CONTAINS, scoring);
    }

    QueryContext withPieces(List<SearchArea.WeightedPiece> p) {
        return new QueryContext(p, expansion, coverage, scoring);
    }

    QueryContext withExpansion(ExpansionMode e) {
        return new QueryContext(pieces, e, coverage, scoring);
    }

    QueryContext withCoverage(CoverageMode c) {
        return new QueryContext(pieces, expansion, c, scoring);
    }
}
