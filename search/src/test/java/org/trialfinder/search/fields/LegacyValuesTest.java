package org.trialfinder.search.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /studies/enums} keeps every type, value and legacy wording it had when the wording
 * lived in a table here ({@code legacy-values.tsv}, that table as it was), in both directions.
 */
class LegacyValuesTest {

    private static Map<String, Map<String, String>> formerTable() throws IOException {
        Map<String, Map<String, String>> types = new LinkedHashMap<>();
        try (InputStream in = LegacyValuesTest.class.getResourceAsStream("legacy-values.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                types.computeIfAbsent(f[0], t -> new LinkedHashMap<>()).put(f[1], f[2]);
            }
        }
        return types;
    }

    @Test
    void sameTypesValuesAndWordingInTheSameOrder() throws IOException {
        Map<String, Map<String, String>> former = formerTable();
        assertThat(EnumsDocument.types()).containsExactlyElementsOf(former.keySet());
        for (var type : former.entrySet()) {
            assertThat(EnumsDocument.values(type.getKey()))
                    .as(type.getKey())
                    .containsExactlyElementsOf(type.getValue().keySet());
            for (var value : type.getValue().entrySet()) {
                assertThat(EnumsDocument.legacyValue(type.getKey(), value.getKey()))
                        .as(type.getKey() + "." + value.getKey())
                        .contains(value.getValue());
            }
        }
    }

    @Test
    void everyWordingReadsBackAsItsValue() throws IOException {
        for (var type : formerTable().entrySet()) {
            for (var value : type.getValue().entrySet()) {
                String legacy = value.getValue();
                assertThat(EnumsDocument.fromLegacy(type.getKey(), " " + legacy.toUpperCase(Locale.ROOT)))
                        .as(type.getKey() + " \"" + legacy + "\"")
                        .contains(value.getKey());
            }
        }
    }

    @Test
    void theDocumentWritesTheSameWording() throws IOException {
        List<String> written = new ArrayList<>();
        for (JsonNode type : EnumsDocument.json()) {
            for (JsonNode v : type.get("values")) {
                written.add(type.get("type").asText() + "\t" + v.get("value").asText() + "\t"
                        + v.get("legacyValue").asText());
            }
        }
        List<String> expected = new ArrayList<>();
        formerTable().forEach((t, values) -> values.forEach((v, l) -> expected.add(t + "\t" + v + "\t" + l)));
        assertThat(written).containsExactlyElementsOf(expected);
    }
}
