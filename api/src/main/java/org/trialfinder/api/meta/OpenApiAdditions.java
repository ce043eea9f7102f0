package org.trialfinder.api.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Puts Trialfinder's additions ({@code openapi-additions.json}) into ClinicalTrials.gov's OpenAPI
 * document, adding only: an addition never replaces what the official document says. Its
 * {@code info} and {@code servers} describe this server; an official operation gains parameters
 * (named {@code tf.*}), response codes and media types it lacks, and extension properties; paths,
 * operations, tags and component schemas the official document lacks are added whole. Anything that
 * would change an official part is a mistake in the additions and stops the start.
 */
final class OpenApiAdditions {
    private OpenApiAdditions() {}

    /** {@code official} with {@code additions} put in (both trees are changed). */
    static ObjectNode merge(ObjectNode official, ObjectNode additions) {
        official.set("info", additions.required("info"));
        official.set("servers", additions.required("servers"));
        addAll(official.withArrayProperty("tags"), additions.path("tags"));
        for (Map.Entry<String, JsonNode> path : additions.path("paths").properties()) {
            ObjectNode officialPath = official.withObjectProperty("paths").withObjectProperty(path.getKey());
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!officialPath.has(op.getKey())) {
                    officialPath.set(op.getKey(), op.getValue());
                } else {
                    extend(
                            (ObjectNode) officialPath.get(op.getKey()),
                            (ObjectNode) op.getValue(),
                            op.getKey() + " " + path.getKey());
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema :
                additions.path("components").path("schemas").properties()) {
            ObjectNode schemas = official.withObjectProperty("components").withObjectProperty("schemas");
            if (schemas.has(schema.getKey())) {
                throw new IllegalStateException(
                        "openapi-additions.json redefines the official schema " + schema.getKey());
            }
            schemas.set(schema.getKey(), schema.getValue());
        }
        return official;
    }

    /** Adds to an official operation what it lacks. */
    private static void extend(ObjectNode operation, ObjectNode addition, String where) {
        Set<String> names = new HashSet<>();
        operation.path("parameters").forEach(p -> names.add(p.path("name").asText()));
        for (JsonNode p : addition.path("parameters")) {
            String name = p.path("name").asText();
            if (names.contains(name) || !name.startsWith("tf.")) {
                throw new IllegalStateException(
                        "openapi-additions.json: " + where + " may only add tf.* parameters, not " + name);
            }
            operation.withArrayProperty("parameters").add(p);
        }
        for (Map.Entry<String, JsonNode> response : addition.path("responses").properties()) {
            ObjectNode responses = operation.withObjectProperty("responses");
            if (!responses.has(response.getKey())) {
                responses.set(response.getKey(), response.getValue());
                continue;
            }
            ObjectNode content = ((ObjectNode) responses.get(response.getKey())).withObjectProperty("content");
            for (Map.Entry<String, JsonNode> media :
                    response.getValue().path("content").properties()) {
                if (content.has(media.getKey())) {
                    throw new IllegalStateException("openapi-additions.json: " + where + " " + response.getKey()
                            + " redefines the official " + media.getKey());
                }
                content.set(media.getKey(), media.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> field : addition.properties()) {
            if (field.getKey().startsWith("x-")) {
                operation.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void addAll(ArrayNode to, JsonNode items) {
        items.forEach(to::add);
    }
}
