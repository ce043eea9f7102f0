package org.trialfinder.store.lucene.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.trialfinder.search.SearchException;

/**
 * The opaque {@code pageToken}: the data version (commit generation) the first page read, a
 * fingerprint of the request (later pages must repeat it), and the sort values of the last hit
 * returned, from which the next page continues. Base64url JSON: opaque to clients, checkable here.
 */
record PageToken(long generation, int requestHash, FieldDoc after) {
    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        ObjectNode o = JSON.createObjectNode();
        o.put("g", generation);
        o.put("r", requestHash);
        o.put("d", after.doc);
        o.put("sc", after.score);
        ArrayNode values = o.putArray("v");
        for (Object v : after.fields) {
            ObjectNode item = values.addObject();
            switch (v) {
                case null -> item.put("t", "n");
                case Float f -> item.put("t", "f").put("v", f);
                case Double d -> item.put("t", "d").put("v", d);
                case Long l -> item.put("t", "l").put("v", l);
                case Integer i -> item.put("t", "i").put("v", i);
                case BytesRef b -> item.put("t", "s").put("v", b.utf8ToString());
                default -> throw new IllegalStateException("cannot encode sort value " + v.getClass());
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    static PageToken decode(String token) {
        try {
            JsonNode o = JSON.readTree(Base64.getUrlDecoder().decode(token));
            JsonNode values = o.get("v");
            Object[] fields = new Object[values.size()];
            for (int i = 0; i < fields.length; i++) {
                JsonNode item = values.get(i);
                fields[i] = switch (item.get("t").asText()) {
                    case "n" -> null;
                    case "f" -> (float) item.get("v").asDouble();
                    case "d" -> item.get("v").asDouble();
                    case "l" -> item.get("v").asLong();
                    case "i" -> item.get("v").asInt();
                    case "s" -> new BytesRef(item.get("v").asText());
                    default -> throw new IllegalArgumentException("unknown value type");
                };
            }
            return new PageToken(
                    o.get("g").asLong(),
                    o.get("r").asInt(),
                    new FieldDoc(o.get("d").asInt(), (float) o.get("sc").asDouble(), fields));
        } catch (RuntimeException | IOException e) {
            throw new SearchException(
                    "pageToken is not one this server issued; pass back the nextPageToken of the previous page "
                            + "unchanged, or leave it out for the first page");
        }
    }
}
