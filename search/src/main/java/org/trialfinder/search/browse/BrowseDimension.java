package org.trialfinder.search.browse;

/**
 * What trials are browsed by. Each study carries, per dimension, a set of keys (slugs, see
 * {@link BrowseKeys}), each counted once per study however many sites or terms lead to it.
 */
public enum BrowseDimension {
    /** A MeSH descriptor ClinicalTrials.gov matched, else the study's own condition text. Key: the name's slug. */
    CONDITION,
    /** A top MeSH branch of a study's descriptors (C04 Neoplasms, F03 Mental Disorders…). Key: the tree number, lowercase. */
    BRANCH,
    /** A country of a site. Key: {@code country}. */
    COUNTRY,
    /** A region (state, province) of a site. Key: {@code country/region}. */
    REGION,
    /** A city of a site. Key: {@code country/region/city}, region {@link BrowseSlug#NO_REGION} when unknown. */
    CITY
}
