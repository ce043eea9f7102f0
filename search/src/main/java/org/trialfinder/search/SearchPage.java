package org.trialfinder.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A page of results. {@code nextPageToken} is absent on the last page; {@code total} is present when
 * asked for; {@code facets} maps each facet to its value counts for the whole query.
 */
public record SearchPage(
        List<SearchHit> hits,
        OptionalLong total,
        Optional<String> nextPageToken,
        Map<String, Map<String, Long>> facets) {}
