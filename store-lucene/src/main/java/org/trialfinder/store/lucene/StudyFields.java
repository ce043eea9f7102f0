package org.trialfinder.store.lucene;

/** Names of the Lucene fields one study document is made of. */
final class StudyFields {
    /** NCT id: indexed for exact lookup and kept as doc values for loading the upsert state. */
    static final String ID = "id";
    /** Every {@code nctIdAliases} entry: indexed for lookup and kept as doc values. */
    static final String ALIAS = "alias";
    /** {@code lastUpdatePostDate} as epoch day (absent date: {@link Long#MIN_VALUE}). */
    static final String LAST_UPDATE = "lastUpdate";
    /** {@link org.trialfinder.store.SourceForm} ordinal: breaks ties between versions of the same date. */
    static final String FORM = "form";
    /** First 8 bytes of the SHA-256 of the stored content, to tell "unchanged" from "updated". */
    static final String CONTENT_HASH = "contentHash";
    /** Fingerprint of the input a study was made from (absent when unknown), to skip unchanged input unparsed. */
    static final String SOURCE_HASH = "sourceHash";
    /** The original study JSON, UTF-8. */
    static final String JSON = "json";
    /** Derived site coordinates, JSON array. */
    static final String DERIVED_GEO = "derivedGeo";

    static final String STATUS = "status";
    static final String PHASE = "phase";
    static final String STUDY_TYPE = "studyType";
    static final String COUNTRY = "country";

    /** Value counted when a study has no phase, status, study type or country. */
    static final String NONE = "(none)";

    private StudyFields() {}
}
