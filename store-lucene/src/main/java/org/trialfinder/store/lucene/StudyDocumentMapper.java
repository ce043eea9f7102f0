package org.trialfinder.store.lucene;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.trialfinder.model.Study;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.DerivedGeoPointsJson;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.lucene.index.ListSizeFields;
import org.trialfinder.store.lucene.index.SearchDocumentBuilder;
import org.trialfinder.store.lucene.index.SummaryFields;

/** Turns a {@link StudyDocument} into the Lucene document that stores it, and back. */
final class StudyDocumentMapper {

    private StudyDocumentMapper() {}

    static Document toLucene(
            StudyDocument doc,
            long epochDay,
            long contentHash,
            SearchDocumentBuilder searchFields,
            AttachmentFields attachmentFields) {
        Study study = doc.study();
        Document d = new Document();
        d.add(new StringField(StudyFields.ID, doc.nctId(), Field.Store.YES));
        d.add(new SortedDocValuesField(StudyFields.ID, new BytesRef(doc.nctId())));
        for (String alias : study.nctIdAliases()) {
            d.add(new StringField(StudyFields.ALIAS, alias, Field.Store.NO));
            d.add(new SortedSetDocValuesField(StudyFields.ALIAS, new BytesRef(alias)));
        }
        d.add(new NumericDocValuesField(StudyFields.LAST_UPDATE, epochDay));
        d.add(new NumericDocValuesField(StudyFields.CONTENT_HASH, contentHash));
        d.add(new NumericDocValuesField(StudyFields.FORM, doc.form().ordinal()));
        if (doc.sourceHash() != 0) {
            d.add(new NumericDocValuesField(StudyFields.SOURCE_HASH, doc.sourceHash()));
        }
        d.add(new StoredField(StudyFields.JSON, doc.json()));
        if (!doc.derivedGeoPoints().isEmpty()) {
            d.add(new StoredField(StudyFields.DERIVED_GEO, geoToBytes(doc.derivedGeoPoints())));
        }
        facet(
                d,
                StudyFields.STATUS,
                study.overallStatus() == null ? null : study.overallStatus().name());
        facet(
                d,
                StudyFields.STUDY_TYPE,
                study.studyType() == null ? null : study.studyType().name());
        Set<String> phases = new LinkedHashSet<>();
        study.phases().forEach(p -> phases.add(p.name()));
        facets(d, StudyFields.PHASE, phases);
        facets(d, StudyFields.COUNTRY, new LinkedHashSet<>(study.countries()));
        searchFields.addTo(d, doc.parsedTree(), doc.derivedGeoPoints());
        attachmentFields.addTo(d, study);
        SummaryFields.addTo(d, doc);
        ListSizeFields.addTo(d, doc.parsedTree());
        return d;
    }

    private static void facet(Document d, String field, String value) {
        d.add(new SortedSetDocValuesField(
                field, new BytesRef(value == null || value.isBlank() ? StudyFields.NONE : value)));
    }

    private static void facets(Document d, String field, Set<String> values) {
        values.removeIf(v -> v == null || v.isBlank());
        if (values.isEmpty()) {
            facet(d, field, null);
        }
        for (String v : values) {
            facet(d, field, v);
        }
    }

    static byte[] geoToBytes(List<DerivedGeoPoint> points) {
        return DerivedGeoPointsJson.toBytes(points);
    }

    static List<DerivedGeoPoint> geoFromBytes(byte[] bytes) {
        return DerivedGeoPointsJson.fromBytes(bytes);
    }
}
