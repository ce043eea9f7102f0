package org.trialfinder.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/**
 * A study as it is written to a store: the parsed model (for indexing), the original JSON bytes
 * exactly as they came in (compact UTF-8; what the API returns), and the coordinates Trialfinder
 * derived for sites that came without a {@code geoPoint}, kept apart so the record itself is never altered,
 * the form it arrived in (which breaks ties between versions of the same date), and optionally the
 * JSON already parsed ({@code tree}, which must be the parse of {@code json}), and the fingerprint of
 * the input it was made from ({@code sourceHash}, 0 when unknown), which lets a later ingest of the
 * same input tell "unchanged" before parsing it ({@link StoreWriter#isUnchangedSource}).
 */
public record StudyDocument(
        Study study,
        byte[] json,
        List<DerivedGeoPoint> derivedGeoPoints,
        SourceForm form,
        JsonNode tree,
        long sourceHash) {
    public StudyDocument {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(form, "form");
        derivedGeoPoints = derivedGeoPoints == null ? List.of() : List.copyOf(derivedGeoPoints);
    }

    /** A document whose input fingerprint is unknown. */
    public StudyDocument(
            Study study, byte[] json, List<DerivedGeoPoint> derivedGeoPoints, SourceForm form, JsonNode tree) {
        this(study, json, derivedGeoPoints, form, tree, 0L);
    }

    /** A document without its parsed tree: {@link #parsedTree()} parses the JSON when asked. */
    public StudyDocument(Study study, byte[] json, List<DerivedGeoPoint> derivedGeoPoints, SourceForm form) {
        this(study, json, derivedGeoPoints, form, null, 0L);
    }

    /**
     * The JSON as a tree: the one ingest already parsed ({@code tree}, so indexing does not parse
     * every record twice), else parsed now.
     */
    public JsonNode parsedTree() {
        if (tree != null) {
            return tree;
        }
        try {
            return StudyJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON of " + nctId() + " is unreadable", e);
        }
    }

    public String nctId() {
        return study.nctId();
    }
}
