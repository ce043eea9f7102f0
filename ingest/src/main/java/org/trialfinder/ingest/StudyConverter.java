package org.trialfinder.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.trialfinder.ingest.geocode.SiteGeocoder;
import org.trialfinder.ingest.legacy.LegacyXmlConverter;
import org.trialfinder.ingest.legacy.LegacyXmlException;
import org.trialfinder.ingest.source.SourceItem;
import org.trialfinder.model.InvalidStudyException;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StudyDocument;

/**
 * Turns one {@link SourceItem} into the {@link StudyDocument} to store, or a {@link Rejection}:
 * JSON is parsed (legacy XML converted to v2 JSON first), checked against the record model, and
 * the sites without coordinates are geocoded. Stateless and safe to share between workers.
 */
final class StudyConverter {
    sealed interface Converted {}

    record Ok(StudyDocument document, int sitesGeocoded, int sitesUnmatched) implements Converted {}

    record Bad(Rejection rejection) implements Converted {}

    private final ObjectMapper mapper = StudyJson.mapper();
    private final LegacyXmlConverter legacy = new LegacyXmlConverter();
    private final SiteGeocoder geocoder;

    StudyConverter(SiteGeocoder geocoder) {
        this.geocoder = geocoder;
    }

    Converted convert(SourceItem item) {
        return convert(item, 0L);
    }

    /** {@code sourceHash}: the input's {@link SourceFingerprint}, kept with the document (0: unknown). */
    Converted convert(SourceItem item, long sourceHash) {
        try {
            byte[] input = item instanceof SourceItem.JsonBytes b ? CompactJson.validUtf8(b.json()) : null;
            JsonNode tree = switch (item) {
                case SourceItem.JsonBytes b -> mapper.readTree(input);
                case SourceItem.JsonTree t -> t.tree();
                case SourceItem.LegacyXml x -> legacy.convert(new ByteArrayInputStream(x.xml()), item.origin());
                case SourceItem.Unreadable u -> null;
            };
            if (tree == null) {
                return new Bad(new Rejection(item.origin(), ((SourceItem.Unreadable) item).reason()));
            }
            if (!tree.isObject()) {
                return new Bad(new Rejection(
                        item.origin(),
                        "expected a study object, found "
                                + tree.getNodeType().name().toLowerCase()));
            }
            Study study = StudyJson.fromTree(tree);
            // The stored bytes are the record exactly as it came in, compact (same fields, same
            // order, same values): what the API returns for it. Compact input is kept as it is.
            byte[] json = input != null && CompactJson.isCompact(input) ? input : mapper.writeValueAsBytes(tree);
            SiteGeocoder.Result geo = geocoder.geocode(study);
            SourceForm form = item instanceof SourceItem.LegacyXml ? SourceForm.LEGACY_XML : SourceForm.API_V2;
            return new Ok(
                    new StudyDocument(study, json, geo.points(), form, tree, sourceHash),
                    geo.points().size(),
                    geo.unmatched());
        } catch (InvalidStudyException e) {
            return new Bad(new Rejection(item.origin(), e.getMessage()));
        } catch (LegacyXmlException e) {
            return new Bad(new Rejection(item.origin(), e.getMessage()));
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            return new Bad(new Rejection(
                    item.origin(),
                    "malformed JSON"
                            + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr())
                            + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Bad(new Rejection(item.origin(), "cannot read: " + e.getMessage()));
        }
    }
}
