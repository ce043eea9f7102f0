package org.trialfinder.store;

/**
 * The form a stored record arrived in, ordered by fidelity. When two versions of a study carry the
 * same {@code lastUpdatePostDate}, the one in the richer form wins: a record converted from legacy
 * XML never replaces the same version received as API v2 JSON (which has MeSH ids, geo points and
 * fields the XML lacks), whatever the order of ingest.
 */
public enum SourceForm {
    /** Converted from the legacy {@code <clinical_study>} XML. */
    LEGACY_XML,
    /** ClinicalTrials.gov API v2 JSON, as published. */
    API_V2
}
