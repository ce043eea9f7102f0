package org.trialfinder.api.studies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.Projection;

/**
 * The {@code fields} parameter of the JSON formats, with the two kinds of names that are not
 * pieces (ClinicalTrials.gov's spec of {@code fields}): a search-area name ({@code
 * ConditionSearch}, {@code BasicSearch}, …) stands for every piece that area searches, and, on
 * {@code /studies} only, {@code @query} stands for every piece the request's {@code query.*}
 * parameters searched. A name that is both a piece and an area ({@code LeadSponsorName}) is the
 * piece, which is also the area's only piece.
 */
final class StudyFieldsProjection {
    static final String QUERY = "@query";

    private StudyFieldsProjection() {}

    /** For {@code /studies/{nctId}}: pieces, fields and area names. */
    static Projection of(List<String> fields) {
        return build(fields, Optional.empty());
    }

    /** For {@code /studies}: also {@code @query}, the pieces of the areas the request searched. */
    static Projection of(List<String> fields, List<SearchArea> searched) {
        return build(fields, Optional.of(searched));
    }

    private static Projection build(List<String> fields, Optional<List<SearchArea>> searched) {
        FieldCatalog catalog = FieldCatalog.standard();
        SearchAreas areas = SearchAreas.standard();
        if (fields.stream().anyMatch(QUERY::equalsIgnoreCase)) {
            if (searched.isEmpty()) {
                throw new BadRequestException("fields: @query is only for /studies (the fields a search queried)");
            }
            if (searched.get().isEmpty()) {
                throw new BadRequestException(
                        "fields: @query stands for the fields a query.* parameter searched, and none was given");
            }
        }
        try {
            return Projection.of(catalog, fields, name -> {
                if (name.equalsIgnoreCase(QUERY)) {
                    return piecesOf(catalog, searched.orElse(List.of()));
                }
                return areas.byName(name)
                        .map(a -> piecesOf(catalog, List.of(a)))
                        .orElse(null);
            });
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static Collection<FieldDef> piecesOf(FieldCatalog catalog, List<SearchArea> areas) {
        Set<FieldDef> out = new LinkedHashSet<>();
        for (SearchArea area : areas) {
            for (SearchArea.WeightedPiece p : area.weightedPieces()) {
                catalog.byPiece(p.piece()).ifPresent(out::add);
            }
        }
        return new ArrayList<>(out);
    }
}
