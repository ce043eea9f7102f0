package org.trialfinder.eligibility.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema documents exactly what the reader accepts, and its example reads. */
class PatientProfileSchemaTest {

    private static JsonNode schema() throws IOException {
        try (InputStream in = PatientProfileReader.class.getResourceAsStream("patient-profile.schema.json")) {
            assertThat(in).as("schema resource beside PatientProfileReader").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new HashSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void isDraft202012AndDescribesEveryField() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        schema.path("properties")
                .properties()
                .forEach(property -> assertThat(
                                property.getValue().path("description").asText())
                        .as(property.getKey())
                        .isNotBlank());
    }

    @Test
    void propertyNamesEqualTheReadersFields() throws IOException {
        JsonNode properties = schema().path("properties");
        assertThat(names(properties)).isEqualTo(PatientProfileReader.FIELDS);
        assertThat(names(properties.path("labs").path("items").path("properties")))
                .isEqualTo(PatientProfileReader.LAB_FIELDS);
        assertThat(names(properties
                        .path("treatments")
                        .path("items")
                        .path("oneOf")
                        .get(1)
                        .path("properties")))
                .isEqualTo(PatientProfileReader.TREATMENT_FIELDS);
        assertThat(names(properties
                        .path("performanceStatus")
                        .path("oneOf")
                        .get(0)
                        .path("properties")))
                .isEqualTo(PatientProfileReader.PERFORMANCE_FIELDS);
    }

    @Test
    void theSchemasExampleAndTheIssuesExampleRead() throws IOException {
        PatientProfileReader reader = new PatientProfileReader(Clock.systemDefaultZone());
        JsonNode examples = schema().path("examples");
        assertThat(examples.size()).isPositive();
        for (JsonNode example : examples) {
            PatientReading reading = reader.read(example.toString());
            assertThat(reading.warnings()).isEmpty();
            assertThat(reading.profile().labs()).hasSize(example.path("labs").size());
        }
        assertThat(reader.read(PatientProfileReaderTest.ISSUE_EXAMPLE).warnings())
                .isEmpty();
    }
}
