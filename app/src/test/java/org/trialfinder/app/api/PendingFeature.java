package org.trialfinder.app.api;

/**
 * Parts of the official contract (issue 11, point 4 and point 1) that are being added on other branches
 * while the conformance test is written. Their requests are in {@link OfficialRequests} already; until a
 * feature is marked {@code landed} the conformance test reports them apart ("expected to conform once …
 * lands") and does not fail on them. Flip {@code landed} to {@code true} when the feature is merged: from
 * then on its requests must conform like every other.
 */
enum PendingFeature {
    LEGACY_MARKUP("markupFormat=legacy", true),
    QUERY_FIELDS("fields=@query", true),
    AREA_FIELDS("search-area names in fields", true),
    SORT_ANY_PIECE("sort on every numeric and date piece", true),
    STUDY_JSON_ZIP("format=json.zip on /studies/{nctId}", true),
    DOWNLOAD("/studies/download", true);

    final String description;
    final boolean landed;

    PendingFeature(String description, boolean landed) {
        this.description = description;
        this.landed = landed;
    }
}
