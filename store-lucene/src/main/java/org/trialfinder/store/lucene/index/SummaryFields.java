package org.trialfinder.store.lucene.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.BytesRef;
import org.trialfinder.model.Study;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.search.summary.StudySummaryCodec;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.StudyDocument;

/**
 * Per-trial values kept as doc values so that lists and statistics never read stored records: the
 * {@link StudySummary} a list row shows, and the size of the stored record in bytes.
 */
public final class SummaryFields {
    /** {@link StudySummaryCodec} bytes of the trial's {@link StudySummary}. */
    public static final String SUMMARY = "summary";
    /** The length in bytes of the stored JSON record (what {@code /stats/size} reports). */
    public static final String JSON_BYTES = "jsonBytes";

    private SummaryFields() {}

    public static void addTo(Document d, StudyDocument doc) {
        StudySummary summary = summaryOf(doc.study(), doc.derivedGeoPoints());
        d.add(new BinaryDocValuesField(SUMMARY, new BytesRef(StudySummaryCodec.encode(summary))));
        d.add(new NumericDocValuesField(JSON_BYTES, doc.json().length));
    }

    /** The summary of a study whose sites without coordinates were geocoded as {@code derived} says. */
    public static StudySummary summaryOf(Study study, List<DerivedGeoPoint> derived) {
        Map<Integer, String> derivedRegions = new HashMap<>();
        for (DerivedGeoPoint p : derived) {
            String region = BrowseKeys.regionOfMatch(p.precision(), p.matchedPlace());
            if (region != null) {
                derivedRegions.put(p.locationIndex(), region);
            }
        }
        return StudySummary.of(study, derivedRegions::get);
    }

    /** The summary of document {@code doc} of a segment; null when it has none (written by an older schema). */
    public static StudySummary read(LeafReader reader, int doc) throws IOException {
        BinaryDocValues values = reader.getBinaryDocValues(SUMMARY);
        if (values == null || !values.advanceExact(doc)) {
            return null;
        }
        BytesRef b = values.binaryValue();
        return StudySummaryCodec.decode(b.bytes, b.offset, b.length);
    }
}
