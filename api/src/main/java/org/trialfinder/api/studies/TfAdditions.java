package org.trialfinder.api.studies;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.search.SearchRequest;

/**
 * What Trialfinder's own {@code "tf"} object of a {@code /studies} page holds, as the {@code tf.*}
 * parameters ask: {@code tf.facets=true} adds the facet counts, {@code tf.nearest=true} each hit's
 * nearest site under a distance filter ({@code filter.geo}, {@code postFilter.geo} or {@code
 * tf.place}). A search by {@code tf.place} is Trialfinder's own and gives the nearest sites unless
 * {@code tf.nearest=false}; an official request (no {@code tf.*} parameter) gets no {@code "tf"}
 * object, so its answer is exactly the spec's {@code PagedStudies}.
 */
record TfAdditions(boolean nearestSites, boolean facets) {
    static final String NEAREST = "tf.nearest";

    static TfAdditions asked(Map<String, List<String>> query, SearchRequest request) {
        boolean byPlace = ListStudiesParams.single(query, "tf.place")
                .filter(p -> !p.isBlank())
                .isPresent();
        Optional<String> nearest = ListStudiesParams.single(query, NEAREST).filter(v -> !v.isBlank());
        boolean asked = nearest.isPresent() ? ListStudiesParams.bool(query, NEAREST) : byPlace;
        if (nearest.isPresent() && asked && !byPlace && !givesDistance(query)) {
            throw new BadRequestException(
                    NEAREST + "=true needs a distance filter: filter.geo, postFilter.geo or tf.place");
        }
        // a query made only of NCT ids drops every filter, the distance too: then no site is nearest
        return new TfAdditions(asked && !request.geo().isEmpty(), request.withFacets());
    }

    private static boolean givesDistance(Map<String, List<String>> query) {
        return List.of("filter.geo", "postFilter.geo").stream()
                .anyMatch(p -> ListStudiesParams.single(query, p)
                        .filter(v -> !v.isBlank())
                        .isPresent());
    }

    boolean any() {
        return nearestSites || facets;
    }
}
