package org.trialfinder.api.meta;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.fields.EnumsDocument;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.MetadataDocument;
import org.trialfinder.store.StudyStore;

/**
 * The API's self-description: {@code /version}, {@code /studies/metadata}, {@code /studies/search-areas}
 * and {@code /studies/enums}, in ClinicalTrials.gov's shapes, from the same tables that drive
 * indexing and querying.
 */
public final class MetaApi {
    /** The ClinicalTrials.gov API version these endpoints follow. */
    public static final String API_VERSION = "2.0.5";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final StudyStore store;
    private final ObjectMapper mapper = new ObjectMapper();
    private final byte[] metadata;
    private final byte[] searchAreas;
    private final byte[] enums;

    public MetaApi(StudyStore store) {
        this.store = store;
        try {
            this.metadata = mapper.writeValueAsBytes(MetadataDocument.json());
            this.enums = mapper.writeValueAsBytes(EnumsDocument.json());
            this.searchAreas =
                    mapper.writeValueAsBytes(SearchAreasDocument.json(SearchAreas.standard(), FieldCatalog.standard()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiResponse version(Map<String, List<String>> params) {
        noParams(params);
        ObjectNode o = mapper.createObjectNode();
        o.put("apiVersion", API_VERSION);
        // the time of the last ingest or sync (one commit each); an empty store has none, and the
        // official schema allows leaving it out but not null
        store.metadata().dataTimestamp().map(STAMP::format).ifPresent(stamp -> o.put("dataTimestamp", stamp));
        return ApiResponse.json(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    public ApiResponse metadata(Map<String, List<String>> params) {
        for (String p : params.keySet()) {
            if (!p.equals("includeIndexedOnly") && !p.equals("includeHistoricOnly")) {
                throw new BadRequestException("`" + p + "` is unknown parameter");
            }
            // both are booleans in the spec: anything else is a bad request there too
            for (String v : params.get(p)) {
                if (!v.isBlank()
                        && !v.trim().equalsIgnoreCase("true")
                        && !v.trim().equalsIgnoreCase("false")) {
                    throw new BadRequestException(p + " must be true or false, got \"" + v + "\"");
                }
            }
        }
        return ApiResponse.json(metadata);
    }

    public ApiResponse searchAreas(Map<String, List<String>> params) {
        noParams(params);
        return ApiResponse.json(searchAreas);
    }

    public ApiResponse enums(Map<String, List<String>> params) {
        noParams(params);
        return ApiResponse.json(enums);
    }

    private static void noParams(Map<String, List<String>> params) {
        for (String p : params.keySet()) {
            throw new BadRequestException("`" + p + "` is unknown parameter");
        }
    }
}
