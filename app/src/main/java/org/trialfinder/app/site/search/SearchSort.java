package org.trialfinder.app.site.search;

import java.util.Optional;

/** The orders the search page offers, each with its URL value and the API's sort it maps to. */
public enum SearchSort {
    RELEVANCE("relevance", "Best match", "@relevance"),
    UPDATED("updated", "Last updated", "LastUpdatePostDate:desc"),
    START("start", "Start date, newest first", "StartDate:desc"),
    DISTANCE("distance", "Distance, nearest first", "@distance");

    private final String param;
    private final String label;
    private final String apiSort;

    SearchSort(String param, String label, String apiSort) {
        this.param = param;
        this.label = label;
        this.apiSort = apiSort;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    String apiSort() {
        return apiSort;
    }

    static Optional<SearchSort> byParam(String text) {
        for (SearchSort s : values()) {
            if (s.param.equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
