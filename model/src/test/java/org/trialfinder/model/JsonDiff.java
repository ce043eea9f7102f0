package org.trialfinder.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Names the first place two JSON trees differ, so a failed round trip says where. */
final class JsonDiff {

    private JsonDiff() {}

    static Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
        return diff("", expected, actual);
    }

    private static Optional<String> diff(String path, JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == actual
                    ? Optional.empty()
                    : Optional.of(path + ": expected " + expected + " but was " + actual);
        }
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                Optional<String> d = diff(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
                if (d.isPresent()) {
                    return d;
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    return Optional.of(path + "." + name + ": unexpected " + actual.get(name));
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return Optional.of(path + ": expected " + expected.size() + " elements but was " + actual.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> d = diff(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual)
                ? Optional.empty()
                : Optional.of(path + ": expected " + expected + " (" + expected.getNodeType() + ") but was " + actual
                        + " (" + actual.getNodeType() + ")");
    }
}
