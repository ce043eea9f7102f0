package org.trialfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ClinicalTrials.gov's own OpenAPI document ({@code shared/reference/ctgov-oas-v2.0.5.yaml}) as a
 * schema validator: an answer is checked against a schema of its {@code components.schemas} by a
 * JSON Schema library in its OpenAPI 3.0 dialect, references ({@code $ref}), {@code anyOf},
 * required properties and {@code additionalProperties: false} included, so the expected shape comes
 * from the official file and not from a copy of it written here.
 */
public final class OfficialSchemas {
    /** The name the document goes by inside the registry: the official server's, never fetched. */
    private static final String SPEC = "https://clinicaltrials.gov/api/v2/ctgov-oas-v2.0.5.yaml";

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(SPEC, specText())));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OfficialSchemas() {}

    private static String specText() {
        try {
            return Files.readString(OfficialSpec.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of {@code answer} against {@code components.schemas.<name>}; none when it conforms. */
    public static List<Error> errors(JsonNode answer, String name) {
        Schema schema = SCHEMAS.computeIfAbsent(
                name, n -> REGISTRY.getSchema(SchemaLocation.of(SPEC + "#/components/schemas/" + n)));
        return schema.validate(answer);
    }

    /** {@code answer} conforms to {@code components.schemas.<name>} (the errors are shown when it does not). */
    public static void assertConforms(JsonNode answer, String name) {
        assertThat(errors(answer, name)).as(name).isEmpty();
    }
}
