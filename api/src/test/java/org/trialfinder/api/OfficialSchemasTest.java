package org.trialfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.StudyJson;

/**
 * The validator the API tests use is not vacuous: it refuses what the official schemas forbid
 * (a missing required property, a property the schema does not allow, a value of the wrong type,
 * an object where the spec has an array) and follows their references and {@code anyOf}.
 */
class OfficialSchemasTest {
    private static JsonNode json(String text) throws IOException {
        return StudyJson.mapper().readTree(text);
    }

    @Test
    void aConformingAnswerHasNoErrors() throws IOException {
        OfficialSchemas.assertConforms(
                json("{\"apiVersion\":\"2.0.5\",\"dataTimestamp\":\"2026-01-01T00:00:00\"}"), "Version");
        OfficialSchemas.assertConforms(
                json("[{\"field\":\"protocolSection.designModule.phases\",\"piece\":\"Phase\",\"uniqueSizesCount\":2,"
                        + "\"topSizes\":[{\"size\":1,\"studiesCount\":10}]}]"),
                "ListSizesList");
        OfficialSchemas.assertConforms(
                json("[{\"field\":\"f\",\"piece\":\"P\",\"type\":\"BOOLEAN\",\"missingStudiesCount\":0,"
                        + "\"trueCount\":1,\"falseCount\":2}]"),
                "FieldValuesStatsList");
    }

    @Test
    void whatTheSchemasForbidIsRefused() throws IOException {
        assertThat(OfficialSchemas.errors(json("{\"dataTimestamp\":\"x\"}"), "Version"))
                .as("the required apiVersion is missing")
                .isNotEmpty();
        assertThat(OfficialSchemas.errors(json("{\"apiVersion\":\"2.0.5\",\"extra\":1}"), "Version"))
                .as("additionalProperties: false")
                .isNotEmpty();
        assertThat(OfficialSchemas.errors(json("{\"fields\":[]}"), "ListSizesList"))
                .as("an object where the spec has an array")
                .isNotEmpty();
        assertThat(OfficialSchemas.errors(
                        json("[{\"field\":\"f\",\"piece\":\"P\",\"uniqueSizesCount\":\"two\"}]"), "ListSizesList"))
                .as("a string where the referenced item schema has an integer")
                .isNotEmpty();
        assertThat(OfficialSchemas.errors(
                        json("[{\"field\":\"f\",\"piece\":\"P\",\"type\":\"DATE\",\"missingStudiesCount\":0,"
                                + "\"studies\":5}]"),
                        "FieldValuesStatsList"))
                .as("a property none of the anyOf allows")
                .isNotEmpty();
        assertThat(OfficialSchemas.errors(
                        json("{\"field\":\"f\",\"piece\":\"P\",\"type\":\"BOOLEAN\",\"missingStudiesCount\":0}"),
                        "BooleanStats"))
                .as("BooleanStats without its counts")
                .isNotEmpty();
        assertThat(OfficialSchemas.errors(
                        json("[{\"name\":\"Study\",\"areas\":[{\"name\":\"A\",\"parts\":[{\"pieces\":[\"X\"],"
                                + "\"isEnum\":false,\"isSynonyms\":false,\"weight\":1}]}]}]"),
                        "SearchDocumentList"))
                .as("a search part without its type")
                .isNotEmpty();
    }
}
