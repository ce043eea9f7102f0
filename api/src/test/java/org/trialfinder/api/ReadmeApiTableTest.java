package org.trialfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's API table names every operation of ClinicalTrials.gov's OpenAPI file and every
 * parameter of each, each with what Trialfinder does with it, so the table cannot drift from the
 * official surface: the operations and parameters come from {@code ctgov-oas-v2.0.5.yaml} read as
 * YAML, the rows from the README's "The API" section.
 */
class ReadmeApiTableTest {
    private static final String HEADER = "| operation | parameter | on Trialfinder |";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** A cell border: a pipe not escaped as {@code \|}. */
    private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");

    /** Official operation path (as in the spec, e.g. {@code /studies/{nctId}}) to the parameters its rows name. */
    private static final Map<String, Set<String>> officialRows = new LinkedHashMap<>();

    @BeforeAll
    static void readReadme() throws IOException {
        List<String> lines = Files.readAllLines(readme());
        int start = lines.indexOf("## The API");
        assertThat(start).as("README has a section \"## The API\"").isNotNegative();
        int header = lines.subList(start, lines.size()).indexOf(HEADER);
        assertThat(header).as("the API section has the table " + HEADER).isNotNegative();
        String operation = null;
        boolean official = false;
        for (String line : lines.subList(start + header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells =
                    CELL_BORDER.split(line.substring(1, line.length() - 1).trim(), -1);
            assertThat(cells).as(line).hasSize(3);
            String op = cells[0].trim();
            if (!op.isEmpty()) {
                Matcher m = CODE.matcher(op);
                assertThat(m.find())
                        .as("operation cell names the operation: " + line)
                        .isTrue();
                official = !op.contains("Trialfinder");
                operation = m.group(1).replaceFirst("^(GET|POST) /api/v2", "");
            }
            assertThat(operation).as("first row names its operation").isNotNull();
            assertThat(cells[2].trim()).as("what Trialfinder does: " + line).isNotEmpty();
            if (official) {
                Set<String> names = officialRows.computeIfAbsent(operation, k -> new LinkedHashSet<>());
                Matcher m = CODE.matcher(cells[1]);
                while (m.find()) {
                    names.add(m.group(1).replaceFirst("=.*", ""));
                }
            }
        }
    }

    @Test
    void everyOfficialOperationAndParameterHasItsRow() throws IOException {
        JsonNode spec = new YAMLMapper().readTree(OfficialSpec.file().toFile());
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        spec.path("paths").properties().forEach(path -> {
            Set<String> names = new LinkedHashSet<>();
            path.getValue()
                    .path("get")
                    .path("parameters")
                    .forEach(p -> names.add(p.path("name").asText()));
            expected.put(path.getKey(), names);
        });
        assertThat(expected).as("the spec's operations").hasSize(9);
        for (Map.Entry<String, Set<String>> op : expected.entrySet()) {
            assertThat(officialRows)
                    .as("README rows for GET /api/v2" + op.getKey())
                    .containsKey(op.getKey());
            assertThat(officialRows.get(op.getKey()))
                    .as("parameters named for GET /api/v2" + op.getKey())
                    .containsAll(op.getValue());
        }
    }

    @Test
    void noRowNamesAParameterTheSpecDoesNotHave() throws IOException {
        JsonNode spec = new YAMLMapper().readTree(OfficialSpec.file().toFile());
        for (Map.Entry<String, Set<String>> row : officialRows.entrySet()) {
            JsonNode op = spec.path("paths").path(row.getKey());
            if (op.isMissingNode()) {
                continue; // an official operation outside the OpenAPI file (the bulk download)
            }
            Set<String> names = new LinkedHashSet<>();
            op.path("get")
                    .path("parameters")
                    .forEach(p -> names.add(p.path("name").asText()));
            assertThat(names).as("parameters of GET /api/v2" + row.getKey()).containsAll(row.getValue());
        }
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("ARCHITECTURE.md"))) {
                return dir.resolve("README.md");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "README.md not found above " + Path.of("").toAbsolutePath());
    }
}
