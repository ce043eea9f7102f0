package org.trialfinder.api.meta;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3 description of the API, served at {@code /api/openapi.json}: ClinicalTrials.gov's own
 * document ({@code ctgov-oas-v2.0.5.yaml} beside this class, a byte-for-byte copy of the official file)
 * with Trialfinder's additions ({@code openapi-additions.json}) put in by {@link OpenApiAdditions}.
 * Built from the two when the server starts, rather than kept as one hand-made copy, so the official
 * operations cannot drift from the official file and the additions stay a short file of their own.
 */
public final class OpenApiDocument {
    static final String OFFICIAL = "ctgov-oas-v2.0.5.yaml";
    static final String ADDITIONS = "openapi-additions.json";

    private OpenApiDocument() {}

    /** The document as JSON. */
    public static byte[] bytes() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree() {
        try {
            ObjectNode official = (ObjectNode) new YAMLMapper().readTree(resource(OFFICIAL));
            ObjectNode additions = (ObjectNode) new ObjectMapper().readTree(resource(ADDITIONS));
            return OpenApiAdditions.merge(official, additions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
