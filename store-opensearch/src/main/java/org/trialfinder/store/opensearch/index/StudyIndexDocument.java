package org.trialfinder.store.opensearch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.trialfinder.model.PartialDate;
import org.trialfinder.model.Study;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.search.fields.AgeInDays;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldValues;
import org.trialfinder.search.fields.SiteWords;
import org.trialfinder.search.fields.SortablePieces;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.search.summary.StudySummaryCodec;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.ContentHash;
import org.trialfinder.store.DerivedGeoPoint;
import org.trialfinder.store.DerivedGeoPointsJson;
import org.trialfinder.store.LastUpdateDay;
import org.trialfinder.store.StudyAttachment;
import org.trialfinder.store.StudyDocument;

/**
 * Turns a {@link StudyDocument} into the {@code _source} of its OpenSearch document: the record's bytes as they
 * came, the upsert state, and the searchable fields piece by piece from the field catalog (the fields
 * {@link IndexMapping} declares), written the way the embedded store indexes them.
 */
public final class StudyIndexDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<FieldDef> leaves = IndexMapping.indexedLeaves(FieldCatalog.standard());
    private final List<FieldDef> lists =
            FieldCatalog.standard().all().stream().filter(FieldDef::isRepeated).toList();
    private final Set<String> facetPieces = IndexMapping.facetPieces();
    private final MeshThesaurus mesh;
    private final List<StudyAttachment> attachments;

    public StudyIndexDocument(MeshThesaurus mesh, List<StudyAttachment> attachments) {
        this.mesh = mesh;
        this.attachments = List.copyOf(attachments);
    }

    /** The document's {@code _source}; {@code contentHash} is {@link ContentHash#of(StudyDocument)}. */
    public ObjectNode source(StudyDocument doc, long contentHash) {
        Study study = doc.study();
        JsonNode tree = doc.parsedTree();
        Source s = new Source();
        s.put(IndexFieldNames.ID, doc.nctId());
        study.nctIdAliases().forEach(a -> s.add(IndexFieldNames.ALIAS, a));
        s.put(IndexFieldNames.LAST_UPDATE, LastUpdateDay.of(study));
        s.put(IndexFieldNames.FORM, doc.form().ordinal());
        s.put(IndexFieldNames.CONTENT_HASH, contentHash);
        s.put(IndexFieldNames.SOURCE_HASH, doc.sourceHash());
        s.root.put(IndexFieldNames.RECORD, doc.json());
        if (!doc.derivedGeoPoints().isEmpty()) {
            s.root.put(IndexFieldNames.DERIVED_GEO, DerivedGeoPointsJson.toBytes(doc.derivedGeoPoints()));
        }
        s.root.put(IndexFieldNames.SUMMARY, StudySummaryCodec.encode(summaryOf(study, doc.derivedGeoPoints())));
        s.put(IndexFieldNames.JSON_BYTES, doc.json().length);
        for (StudyAttachment a : attachments) {
            a.derive(study)
                    .ifPresent(
                            bytes -> s.root.put(IndexFieldNames.attachment(IndexFieldNames.attachmentKey(a)), bytes));
        }
        stat(
                s,
                IndexFieldNames.STATUS,
                study.overallStatus() == null
                        ? List.of()
                        : List.of(study.overallStatus().name()));
        stat(
                s,
                IndexFieldNames.STUDY_TYPE,
                study.studyType() == null
                        ? List.of()
                        : List.of(study.studyType().name()));
        stat(s, IndexFieldNames.PHASE, study.phases().stream().map(Enum::name).toList());
        stat(s, IndexFieldNames.COUNTRY, study.countries());
        addSearchable(s, tree);
        addSites(s, tree, doc.derivedGeoPoints());
        addBrowseKeys(s, tree, doc.derivedGeoPoints());
        for (FieldDef list : lists) {
            int size = FieldValues.sizeOf(tree, list);
            if (size > 0) {
                s.put(IndexFieldNames.listSize(list.piece()), size);
            }
        }
        return s.root;
    }

    private static void stat(Source s, String field, List<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(distinct::add);
        if (distinct.isEmpty()) {
            distinct.add(IndexFieldNames.NONE);
        }
        distinct.forEach(v -> s.add(field, v));
    }

    private void addSearchable(Source s, JsonNode study) {
        Set<String> counted = new HashSet<>();
        for (FieldDef field : leaves) {
            List<JsonNode> values = FieldValues.extract(study, field);
            if (values.isEmpty()) {
                continue;
            }
            boolean any = false;
            for (JsonNode v : values) {
                if (v == null || v.isNull() || v.isContainerNode()) {
                    continue;
                }
                any |= addValue(s, field, v.asText(), counted);
            }
            if (any) {
                s.add(IndexFieldNames.PRESENT, field.piece());
                if (field.isRepeated()) {
                    s.put(IndexFieldNames.size(field.piece()), values.size());
                }
            }
        }
        for (FieldDef list : SortablePieces.standard().countedLists()) {
            s.put(IndexFieldNames.sort(SortablePieces.countName(list)), FieldValues.sizeOf(study, list));
        }
    }

    private boolean addValue(Source s, FieldDef field, String text, Set<String> counted) {
        if (text.isBlank()) {
            return false;
        }
        String piece = field.piece();
        switch (field.type()) {
            case TEXT, MARKUP -> {
                if (IndexMapping.COUNTED_TEXT_PIECES.contains(piece) && counted.add(piece + "\u0000" + text)) {
                    s.add(IndexFieldNames.facet(piece), text);
                }
                // the mapping copies it into the unstemmed and (text pieces) whole-value fields
                s.add(IndexFieldNames.stemmed(piece), text);
            }
            case ENUM, BOOLEAN -> {
                s.add(IndexFieldNames.exact(piece), IndexFieldNames.enumKey(text));
                if (facetPieces.contains(piece)) {
                    s.add(IndexFieldNames.facet(piece), text);
                }
            }
            case DATE -> {
                Optional<PartialDate> date = PartialDate.tryParse(text);
                if (date.isEmpty()) {
                    return false;
                }
                s.add(IndexFieldNames.point(piece), date.get().startOf().toEpochDay());
            }
            case INTEGER, NUMBER -> {
                try {
                    s.add(IndexFieldNames.point(piece), new BigDecimal(text).doubleValue());
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            case AGE -> {
                OptionalDouble days = AgeInDays.of(text);
                if (days.isEmpty()) {
                    return false;
                }
                s.add(IndexFieldNames.point(piece), days.getAsDouble());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * One nested object per site: its position, its coordinates (given, else derived) and its location words, so
     * that the conditions of one {@code SEARCH[Location]} and the nearest site all speak of the same site.
     */
    private static void addSites(Source s, JsonNode study, List<DerivedGeoPoint> derived) {
        JsonNode locations =
                study.path("protocolSection").path("contactsLocationsModule").path("locations");
        if (!locations.isArray()) {
            return;
        }
        ArrayNode sites = s.root.putArray(IndexFieldNames.SITES);
        for (int i = 0; i < locations.size(); i++) {
            JsonNode site = locations.get(i);
            ObjectNode out = sites.addObject();
            out.put("index", i);
            JsonNode point = site.path("geoPoint");
            double[] latLon = null;
            if (point.hasNonNull("lat") && point.hasNonNull("lon")) {
                latLon = new double[] {
                    point.get("lat").asDouble(), point.get("lon").asDouble()
                };
            } else {
                for (DerivedGeoPoint d : derived) {
                    if (d.locationIndex() == i) {
                        latLon = new double[] {d.lat(), d.lon()};
                    }
                }
            }
            if (latLon != null && latLon[0] >= -90 && latLon[0] <= 90 && latLon[1] >= -180 && latLon[1] <= 180) {
                out.putObject("geo").put("lat", latLon[0]).put("lon", latLon[1]);
                s.array(IndexFieldNames.GEO).addObject().put("lat", latLon[0]).put("lon", latLon[1]);
            }
            for (String piece : IndexFieldNames.SITE_PIECES) {
                JsonNode value = site.get(jsonName(piece));
                if (value != null && value.isTextual()) {
                    String words = SiteWords.joined(value.asText());
                    if (!words.isEmpty()) {
                        out.put(piece, words);
                    }
                }
            }
        }
    }

    /** The JSON name of a location piece: LocationCity → city. */
    static String jsonName(String piece) {
        String rest = piece.substring("Location".length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private void addBrowseKeys(Source s, JsonNode study, List<DerivedGeoPoint> derived) {
        Map<Integer, String> derivedRegions = derivedRegions(derived);
        BrowseKeys.of(study, derivedRegions::get, mesh).forEach((dimension, values) -> {
            for (BrowseKeys.Value v : values) {
                s.add(IndexFieldNames.browseKey(dimension), v.key());
                s.add(IndexFieldNames.browseCount(dimension), v.key() + IndexFieldNames.BROWSE_SEPARATOR + v.name());
                if (v.recruiting()) {
                    s.add(IndexFieldNames.browseRecruiting(dimension), v.key());
                }
            }
        });
        String status = study.path("protocolSection")
                .path("statusModule")
                .path("overallStatus")
                .asText("");
        s.put(IndexFieldNames.BROWSE_ORDER, BrowseKeys.isOpen(status) ? 0 : 1);
    }

    private static Map<Integer, String> derivedRegions(List<DerivedGeoPoint> derived) {
        Map<Integer, String> regions = new HashMap<>();
        for (DerivedGeoPoint d : derived) {
            String region = BrowseKeys.regionOfMatch(d.precision(), d.matchedPlace());
            if (region != null) {
                regions.put(d.locationIndex(), region);
            }
        }
        return regions;
    }

    /** The summary a list row shows, for a study whose sites without coordinates were geocoded as {@code derived}. */
    public static StudySummary summaryOf(Study study, List<DerivedGeoPoint> derived) {
        return StudySummary.of(study, derivedRegions(derived)::get);
    }

    /** A flat {@code _source} with dotted field names (OpenSearch reads them as object paths); repeats become arrays. */
    private static final class Source {
        final ObjectNode root = NODES.objectNode();

        void put(String field, long value) {
            root.put(field, value);
        }

        void put(String field, String value) {
            root.put(field, value);
        }

        void add(String field, String value) {
            array(field).add(value);
        }

        void add(String field, long value) {
            array(field).add(value);
        }

        void add(String field, double value) {
            array(field).add(value);
        }

        ArrayNode array(String field) {
            JsonNode existing = root.get(field);
            return existing instanceof ArrayNode a ? a : root.putArray(field);
        }
    }
}
