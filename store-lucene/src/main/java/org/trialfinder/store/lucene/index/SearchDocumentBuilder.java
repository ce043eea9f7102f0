package org.trialfinder.store.lucene.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.trialfinder.model.PartialDate;
import org.trialfinder.search.Facet;
import org.trialfinder.search.browse.BrowseKeys;
import org.trialfinder.search.fields.AgeInDays;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.search.fields.FieldValues;
import org.trialfinder.search.fields.SortablePieces;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.DerivedGeoPoint;

/**
 * Adds the searchable fields of a study to its Lucene document, piece by piece from the field
 * catalog, so that any piece can be searched with {@code AREA[Piece]}: text as stemmed and unstemmed
 * words (and the whole value when short), enums and booleans as exact values, dates, numbers and
 * ages as points and sort values, list sizes, which pieces are present, every site's coordinates,
 * and each site's location words in one field for {@code SEARCH[Location]}.
 */
public final class SearchDocumentBuilder {
    /** Whole-value terms longer than this are not indexed exactly (Lucene's term limit is 32 KB). */
    private static final int MAX_EXACT_CHARS = 1000;

    private static final List<String> SITE_PIECES = List.of(
            "LocationFacility", "LocationCity", "LocationState", "LocationZip", "LocationCountry", "LocationStatus");

    /** Open-valued pieces whose values are counted as facets (countries: "trials by location"). */
    public static final List<String> COUNTED_TEXT_PIECES = List.of("LocationCountry");

    private final FieldCatalog catalog = FieldCatalog.standard();
    /** For each condition's MeSH tree branches (browse by condition). */
    private final MeshThesaurus mesh;

    private final List<FieldDef> leaves;
    private final List<String> facetPieces =
            Arrays.stream(Facet.values()).map(Facet::piece).toList();

    public SearchDocumentBuilder(MeshThesaurus mesh) {
        this.mesh = mesh;
        this.leaves = catalog.leaves().stream()
                .filter(f -> f.type() != FieldType.GEO_POINT)
                .toList();
    }

    public void addTo(Document doc, JsonNode study, List<DerivedGeoPoint> derived) {
        // shared between ingest threads: per-document state stays local
        Set<String> countedValues = new HashSet<>();
        doc.add(new StringField(IndexFields.ALL, "1", Field.Store.NO));
        for (FieldDef field : leaves) {
            List<JsonNode> values = FieldValues.extract(study, field);
            if (values.isEmpty()) {
                continue;
            }
            String piece = field.piece();
            boolean any = false;
            for (JsonNode v : values) {
                if (v == null || v.isNull() || v.isContainerNode()) {
                    continue;
                }
                any |= addValue(doc, field, piece, v.asText(), countedValues);
            }
            if (any) {
                doc.add(new StringField(IndexFields.PRESENT, piece, Field.Store.NO));
                if (field.isRepeated()) {
                    doc.add(new IntPoint(IndexFields.size(piece), values.size()));
                }
            }
        }
        for (FieldDef list : SortablePieces.standard().countedLists()) {
            // sort=NumArmGroups…: every study has a count (0 when the list is absent)
            doc.add(new SortedNumericDocValuesField(
                    IndexFields.sort(SortablePieces.countName(list)), FieldValues.sizeOf(study, list)));
        }
        addSites(doc, study, derived);
        addBrowseKeys(doc, study, derived);
    }

    /**
     * The keys a study is browsed under (conditions, MeSH branches, countries, regions, cities):
     * indexed to list a key's trials, and as doc values to count trials (and recruiting ones) per key.
     */
    private void addBrowseKeys(Document doc, JsonNode study, List<DerivedGeoPoint> derived) {
        Map<Integer, String> derivedRegions = new HashMap<>();
        for (DerivedGeoPoint d : derived) {
            String region = BrowseKeys.regionOfMatch(d.precision(), d.matchedPlace());
            if (region != null) {
                derivedRegions.put(d.locationIndex(), region);
            }
        }
        var keys = BrowseKeys.of(study, derivedRegions::get, mesh);
        keys.forEach((dimension, values) -> {
            for (BrowseKeys.Value v : values) {
                doc.add(new StringField(IndexFields.browseKey(dimension), v.key(), Field.Store.NO));
                doc.add(new SortedSetDocValuesField(
                        IndexFields.browseCount(dimension),
                        new BytesRef(v.key() + IndexFields.BROWSE_SEPARATOR + v.name())));
                if (v.recruiting()) {
                    doc.add(new SortedSetDocValuesField(
                            IndexFields.browseRecruiting(dimension), new BytesRef(v.key())));
                }
            }
        });
        String status = study.path("protocolSection")
                .path("statusModule")
                .path("overallStatus")
                .asText("");
        doc.add(new NumericDocValuesField(IndexFields.BROWSE_ORDER, BrowseKeys.isOpen(status) ? 0 : 1));
    }

    private boolean addValue(Document doc, FieldDef field, String piece, String text, Set<String> countedValues) {
        if (text.isBlank()) {
            return false;
        }
        switch (field.type()) {
            case TEXT, MARKUP -> {
                if (COUNTED_TEXT_PIECES.contains(piece) && countedValues.add(piece + "\u0000" + text)) {
                    doc.add(new SortedSetDocValuesField(IndexFields.facet(piece), new BytesRef(text)));
                }
                doc.add(new TextField(IndexFields.stemmed(piece), text, Field.Store.NO));
                doc.add(new TextField(IndexFields.words(piece), text, Field.Store.NO));
                if (field.type() == FieldType.TEXT && text.length() <= MAX_EXACT_CHARS) {
                    doc.add(new Field(IndexFields.exact(piece), text, IndexFields.EXACT_TEXT));
                }
            }
            case ENUM, BOOLEAN -> {
                // enums are only ever matched as whole values (EssieQueryBuilder: TermQuery on x.)
                doc.add(new StringField(IndexFields.exact(piece), IndexFields.enumKey(text), Field.Store.NO));
                if (facetPieces.contains(piece)) {
                    doc.add(new SortedSetDocValuesField(IndexFields.facet(piece), new BytesRef(text)));
                }
            }
            case DATE -> {
                Optional<PartialDate> date = PartialDate.tryParse(text);
                if (date.isEmpty()) {
                    return false;
                }
                long day = date.get().startOf().toEpochDay();
                doc.add(new LongPoint(IndexFields.point(piece), day));
                doc.add(new SortedNumericDocValuesField(IndexFields.sort(piece), day));
            }
            case INTEGER, NUMBER -> {
                try {
                    double n = new BigDecimal(text).doubleValue();
                    doc.add(new DoublePoint(IndexFields.point(piece), n));
                    doc.add(new SortedNumericDocValuesField(
                            IndexFields.sort(piece), NumericUtils.doubleToSortableLong(n)));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            case AGE -> {
                OptionalDouble days = AgeInDays.of(text);
                if (days.isEmpty()) {
                    return false;
                }
                doc.add(new DoublePoint(IndexFields.point(piece), days.getAsDouble()));
                doc.add(new SortedNumericDocValuesField(
                        IndexFields.sort(piece), NumericUtils.doubleToSortableLong(days.getAsDouble())));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Site coordinates for distance, and each site's location words in one field: the words of one
     * site sit together and sites are {@link SiteTokens#SITE_GAP} positions apart, so "all these
     * conditions at the same site" is a span query with a slop below the gap.
     */
    private void addSites(Document doc, JsonNode study, List<DerivedGeoPoint> derived) {
        JsonNode locations =
                study.path("protocolSection").path("contactsLocationsModule").path("locations");
        if (!locations.isArray()) {
            return;
        }
        List<String> siteTokens = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            JsonNode site = locations.get(i);
            JsonNode point = site.path("geoPoint");
            if (point.hasNonNull("lat") && point.hasNonNull("lon")) {
                addPoint(doc, point.get("lat").asDouble(), point.get("lon").asDouble());
            } else {
                for (DerivedGeoPoint d : derived) {
                    if (d.locationIndex() == i) {
                        addPoint(doc, d.lat(), d.lon());
                    }
                }
            }
            StringBuilder tokens = new StringBuilder();
            for (String piece : SITE_PIECES) {
                String json = SiteTokens.jsonName(piece);
                JsonNode value = site.get(json);
                if (value != null && value.isTextual()) {
                    for (String word : SiteTokens.words(value.asText())) {
                        tokens.append(SiteTokens.token(piece, word)).append(' ');
                    }
                }
            }
            siteTokens.add(tokens.toString());
        }
        for (String tokens : siteTokens) {
            doc.add(new TextField(SiteTokens.FIELD, tokens, Field.Store.NO));
        }
    }

    private static void addPoint(Document doc, double lat, double lon) {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return;
        }
        doc.add(new LatLonPoint(IndexFields.GEO, lat, lon));
        doc.add(new LatLonDocValuesField(IndexFields.GEO, lat, lon));
    }
}
