package org.trialfinder.store;

import java.util.List;
import java.util.Objects;
import org.trialfinder.model.Study;

/**
 * A study as it is written to a store: the parsed model (for indexing), the original JSON bytes
 * exactly as they came in (compact UTF-8; what the API returns), and the coordinates Trialfinder
 * derived for sites that came without a {@code geoPoint}, kept apart so the record itself is never altered,
 * and the form it arrived in (which breaks ties between versions of the same date).
 */
public record StudyDocument(Study study, byte[] json, List<DerivedGeoPoint> derivedGeoPoints, SourceForm form) {
    public StudyDocument {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(form, "form");
        derivedGeoPoints = derivedGeoPoints == null ? List.of() : List.copyOf(derivedGeoPoints);
    }

    public String nctId() {
        return study.nctId();
    }
}
