package org.trialfinder.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ClinicalTrials.gov's own OpenAPI document ({@code shared/reference/ctgov-oas-v2.0.5.yaml}), read
 * line by line for what the API tests take their expected answers from: the parameter names of an
 * operation, the enum schemas, the properties of the response objects and the API version. Whether
 * an answer conforms to a response schema is {@link OfficialSchemas}' work (a real validator).
 */
public final class OfficialSpec {
    private static final Pattern PARAMETER = Pattern.compile("^      - name: \"([^\"]+)\"$");
    private static final Pattern SCHEMA = Pattern.compile("^    ([A-Za-z][A-Za-z0-9]*):$");
    private static final Pattern ENUM_VALUE = Pattern.compile("^      - \"([^\"]+)\"$");
    private static final Pattern PROPERTY = Pattern.compile("^        ([A-Za-z@][A-Za-z0-9]*):$");
    private static List<String> lines;

    private OfficialSpec() {}

    private static synchronized List<String> lines() {
        if (lines == null) {
            try {
                lines = Files.readAllLines(file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    public static Path file() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/reference/ctgov-oas-v2.0.5.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/reference/ctgov-oas-v2.0.5.yaml not found above "
                + Path.of("").toAbsolutePath());
    }

    /** {@code info.version}. */
    public static String version() {
        boolean inInfo = false;
        for (String line : lines()) {
            if (line.equals("info:")) {
                inInfo = true;
            } else if (inInfo && line.startsWith("  version:")) {
                return line.substring(line.indexOf(':') + 1).trim().replace("\"", "");
            }
        }
        throw new IllegalStateException("no info.version");
    }

    /** The query parameter names of {@code GET path}, in the document's order. */
    public static List<String> parameters(String path) {
        List<String> out = new ArrayList<>();
        boolean inPath = false;
        for (String line : lines()) {
            if (line.startsWith("  /")) {
                inPath = line.equals("  " + path + ":");
            } else if (inPath) {
                Matcher m = PARAMETER.matcher(line);
                if (m.matches()) {
                    out.add(m.group(1));
                }
            }
        }
        if (out.isEmpty() && !path.equals("/studies/search-areas") && !path.equals("/studies/enums")) {
            throw new IllegalStateException("no parameters for " + path);
        }
        return out;
    }

    /** The property names of an object schema of {@code components.schemas}. */
    public static Set<String> properties(String schema) {
        return new LinkedHashSet<>(schemaLines(schema, "      properties:", PROPERTY));
    }

    /** The required property names of an object schema of {@code components.schemas}. */
    public static Set<String> required(String schema) {
        return new LinkedHashSet<>(schemaLines(schema, "      required:", ENUM_VALUE));
    }

    /**
     * An object conforms to a schema of {@code components.schemas}: checked by the JSON Schema
     * validator of {@link OfficialSchemas} (types, references and nested objects included), no longer
     * by comparing property names read from these lines.
     */
    public static void assertShape(JsonNode object, String schema) {
        OfficialSchemas.assertConforms(object, schema);
    }

    /** The items of one section ({@code properties:} or {@code required:}) of one schema. */
    private static List<String> schemaLines(String schema, String section, Pattern item) {
        List<String> out = new ArrayList<>();
        boolean inSchemas = false;
        boolean inSchema = false;
        boolean inSection = false;
        for (String line : lines()) {
            if (line.equals("  schemas:")) {
                inSchemas = true;
            } else if (inSchemas && SCHEMA.matcher(line).matches()) {
                inSchema = line.equals("    " + schema + ":");
                inSection = false;
            } else if (inSchema && line.equals(section)) {
                inSection = true;
            } else if (inSection) {
                Matcher m = item.matcher(line);
                if (m.matches()) {
                    out.add(m.group(1));
                } else if (!line.startsWith("         ")) {
                    inSection = false; // a sibling key of the section: the section has ended
                }
            }
        }
        return out;
    }

    /** Every string enum schema of {@code components.schemas}: its name and its values. */
    public static Map<String, List<String>> enums() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String schema = null;
        boolean inEnum = false;
        boolean inSchemas = false;
        for (String line : lines()) {
            if (line.equals("  schemas:")) {
                inSchemas = true;
                continue;
            }
            if (!inSchemas) {
                continue;
            }
            Matcher s = SCHEMA.matcher(line);
            if (s.matches()) {
                schema = s.group(1);
                inEnum = false;
            } else if (schema != null && line.equals("      enum:")) {
                inEnum = true;
                out.put(schema, new ArrayList<>());
            } else if (inEnum) {
                Matcher v = ENUM_VALUE.matcher(line);
                if (v.matches()) {
                    out.get(schema).add(v.group(1));
                } else {
                    inEnum = false;
                }
            }
        }
        return out;
    }
}
