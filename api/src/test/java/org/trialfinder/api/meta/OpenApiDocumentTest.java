package org.trialfinder.api.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.OfficialSpec;

/**
 * Issue 11, point 6: {@code /api/openapi.json} is a valid OpenAPI 3 document (parsed and validated by
 * swagger-parser), holds every operation of ClinicalTrials.gov's file unchanged (parameters and
 * response schemas node for node, compared with the file in {@code shared/reference}), and adds only
 * Trialfinder's own: {@code tf.*} parameters and its own paths.
 */
class OpenApiDocumentTest {
    private static final Set<String> OUR_PATHS =
            Set.of("/tf/places", "/prescreen/{nctId}", "/match", "/studies/download");

    private final JsonNode ours = read(OpenApiDocument.bytes());

    private static JsonNode read(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode official() throws Exception {
        return new YAMLMapper().readTree(Files.readAllBytes(OfficialSpec.file()));
    }

    @Test
    void theCopyInsideTheJarIsTheOfficialFile() throws Exception {
        assertThat(OpenApiDocument.resource(OpenApiDocument.OFFICIAL))
                .as("api/src/main/resources/org/trialfinder/api/meta/ctgov-oas-v2.0.5.yaml")
                .isEqualTo(Files.readAllBytes(OfficialSpec.file()));
    }

    @Test
    void isValidOpenApi3() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readContents(new String(OpenApiDocument.bytes(), StandardCharsets.UTF_8), null, options);
        assertThat(result.getMessages()).as("parser and validator messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
        assertThat(result.getOpenAPI().getPaths())
                .containsKeys("/studies", "/tf/places", "/prescreen/{nctId}", "/match");
    }

    @Test
    void holdsEveryOfficialOperationUnchanged() throws Exception {
        JsonNode official = official();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : official.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey() + " " + path.getKey();
                JsonNode mine = ours.path("paths").path(path.getKey()).path(op.getKey());
                assertThat(mine.isObject()).as(where).isTrue();
                assertThat(mine.path("operationId"))
                        .as(where)
                        .isEqualTo(op.getValue().path("operationId"));
                List<String> added = new ArrayList<>();
                for (JsonNode p : mine.path("parameters")) {
                    JsonNode same = parameter(op.getValue(), p.path("name").asText());
                    if (same == null) {
                        added.add(p.path("name").asText());
                    } else {
                        assertThat(p).as(where + " parameter " + p.path("name")).isEqualTo(same);
                    }
                }
                for (JsonNode p : op.getValue().path("parameters")) {
                    assertThat(parameter(mine, p.path("name").asText()))
                            .as(where + " keeps " + p.path("name"))
                            .isNotNull();
                }
                assertThat(added).as(where + ": added parameters").allMatch(n -> n.startsWith("tf."));
                for (Map.Entry<String, JsonNode> response :
                        op.getValue().path("responses").properties()) {
                    JsonNode myResponse = mine.path("responses").path(response.getKey());
                    assertThat(myResponse.path("description"))
                            .as(where + " " + response.getKey())
                            .isEqualTo(response.getValue().path("description"));
                    for (Map.Entry<String, JsonNode> media :
                            response.getValue().path("content").properties()) {
                        assertThat(myResponse.path("content").path(media.getKey()))
                                .as(where + " " + response.getKey() + " " + media.getKey())
                                .isEqualTo(media.getValue());
                    }
                }
                operations++;
            }
        }
        assertThat(operations).isEqualTo(9);
        assertThat(ours.path("components").path("schemas"))
                .isEqualTo(official.path("components").path("schemas"));
    }

    @Test
    void addsOnlyTrialfindersOwnPathsAndTfParameters() throws Exception {
        JsonNode official = official();
        List<String> extra = new ArrayList<>();
        ours.path("paths").fieldNames().forEachRemaining(p -> {
            if (!official.path("paths").has(p)) {
                extra.add(p);
            }
        });
        assertThat(extra).containsExactlyInAnyOrderElementsOf(OUR_PATHS);
        JsonNode studies = ours.at("/paths/~1studies/get/parameters");
        List<String> names = new ArrayList<>();
        studies.forEach(p -> names.add(p.path("name").asText()));
        assertThat(names).contains("tf.facets", "tf.age", "tf.place", "tf.radius", "tf.nearest");
        assertThat(ours.at("/servers/0/url").asText()).isEqualTo("/api/v2");
        assertThat(ours.at("/info/description").asText()).contains("filter.synonyms");
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode p : operation.path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
