package org.trialfinder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only copies for record constructors, so a {@link Study} cannot change after it is built.
 *
 * <p>Unlike {@link List#copyOf} these keep {@code null}: a list that is {@code null} means the
 * field was absent and must stay absent when written back, while an empty list was an empty JSON
 * array and must stay one. The unknown-field map keeps its insertion order so fields are written
 * back in the order they were read.
 */
public final class Frozen {

    private Frozen() {}

    /** A read-only copy of {@code list}, or {@code null} when it is {@code null}. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A read-only, order-keeping copy of the unknown fields; never {@code null}. */
    public static Map<String, JsonNode> map(Map<String, JsonNode> unknownFields) {
        return unknownFields == null || unknownFields.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(unknownFields));
    }
}
