package org.trialfinder.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.OfficialRequests.Call;
import org.trialfinder.app.api.OfficialRequests.Kind;

/**
 * Issue 11, point 5: the real server, over HTTP on loopback and the bundled sample, answers every
 * operation of ClinicalTrials.gov's own OpenAPI file ({@code shared/reference/ctgov-oas-v2.0.5.yaml})
 * as that file says. Each request and its answer are validated together by Atlassian's
 * swagger-request-validator (status documented for the operation, content type among the documented
 * ones, body against the response schema; the request itself against the parameters' schemas), and the
 * status must be the one the official API gives. The requests ({@link OfficialRequests}) cover every
 * operation, every parameter and every example of the file.
 */
class OfficialConformanceTest {
    private static final String BASE_PATH = "/api/v2";

    static SampleServer s;
    static OpenAPI spec;
    static OpenApiInteractionValidator official;
    static OpenApiInteractionValidator ours;

    /** The validator findings {@link ToleratedDifferences} explains, by reason, with the requests. */
    private final Map<String, Set<String>> tolerated = new TreeMap<>();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        s = SampleServer.get();
        String yaml = Files.readString(officialFile());
        spec = new OpenAPIV3Parser().readContents(yaml).getOpenAPI();
        official = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withBasePathOverride(BASE_PATH)
                .build();
        // Trialfinder's own document, for what the official file lacks (the bulk download)
        ours = OpenApiInteractionValidator.createForInlineApiSpecification(
                        s.get("/api/openapi.json").body())
                .withBasePathOverride(BASE_PATH)
                .build();
    }

    static Path officialFile() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/reference/ctgov-oas-v2.0.5.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/reference/ctgov-oas-v2.0.5.yaml not found");
    }

    @Test
    void everyOfficialRequestGetsTheOfficialAnswer() {
        List<Call> calls = OfficialRequests.all(jsonPageToken(), csvPageToken(), aliasOnlyId());
        coversEveryOperationAndParameter(calls);

        List<String> conforming = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int refusals = 0;
        for (Call call : calls) {
            List<String> problems = problems(call);
            if (!problems.isEmpty()) {
                failures.add(call + "\n    " + String.join("\n    ", problems));
            } else {
                conforming.add(call.toString());
                refusals += call.kind() == Kind.DOCUMENTED_REFUSAL ? 1 : 0;
            }
        }
        Set<String> withTolerated = new TreeSet<>();
        tolerated.values().forEach(withTolerated::addAll);
        long toleratedConforming =
                conforming.stream().filter(withTolerated::contains).count();
        System.out.printf(
                "Official conformance: %d requests, %d conform (of them %d documented refusals"
                        + " of filter.synonyms/postFilter.synonyms, %d with a tolerated difference listed below),"
                        + " %d do not%n",
                calls.size(), conforming.size(), refusals, toleratedConforming, failures.size());
        tolerated.forEach((reason, requests) -> {
            System.out.printf("Tolerated in %d answers: %s%n", requests.size(), reason);
            requests.forEach(r -> System.out.println("  " + r));
        });
        failures.forEach(f -> System.out.println("DOES NOT CONFORM: " + f));

        assertThat(calls).hasSizeGreaterThanOrEqualTo(80);
        assertThat(failures)
                .as("requests whose answer breaks the official contract")
                .isEmpty();
        assertThat(conforming).hasSize(calls.size());
    }

    /** Every operation of the file, each of its parameters and each of its parameter examples is sent. */
    private static void coversEveryOperationAndParameter(List<Call> calls) {
        Map<String, Set<String>> sent = new LinkedHashMap<>();
        for (Call call : calls) {
            Set<String> names = sent.computeIfAbsent(call.operationPath(), p -> new TreeSet<>());
            call.query().forEach(p -> names.add(p.getKey()));
        }
        Set<String> sentValues = calls.stream()
                .flatMap(c -> c.query().stream().map(Map.Entry::getValue))
                .collect(Collectors.toSet());
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            assertThat(sent).as("requests of " + path.getKey()).containsKey(path.getKey());
            List<Parameter> parameters = path.getValue().getGet().getParameters();
            for (Parameter p : parameters == null ? List.<Parameter>of() : parameters) {
                if (p.getIn().equals("query")) {
                    assertThat(sent.get(path.getKey()))
                            .as("parameters sent to " + path.getKey())
                            .contains(p.getName());
                }
                if (p.getExamples() != null && p.getIn().equals("query")) {
                    p.getExamples()
                            .forEach((name, example) -> assertThat(sentValues)
                                    .as(path.getKey() + " " + p.getName() + " " + name)
                                    .contains(exampleValue(example.getValue())));
                }
            }
        }
    }

    /** An example as it travels in a URL: a list is pipe-delimited, as the file's style says. */
    private static String exampleValue(Object value) {
        if (value instanceof JsonNode node && node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return String.join("|", items);
        }
        return value instanceof JsonNode node ? node.asText() : String.valueOf(value);
    }

    /** What is wrong with the answer to {@code call}; empty when it is the official one. */
    private List<String> problems(Call call) {
        HttpResponse<byte[]> answer = send(call);
        List<String> problems = new ArrayList<>();
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() != call.status()) {
            problems.add(
                    "status " + answer.statusCode() + " (expected " + call.status() + "): " + preview(answer.body()));
        }
        if (call.kind() != Kind.OFFICIAL && !contentType.startsWith("text/plain")) {
            problems.add("a refusal must be text/plain, was " + contentType);
        }
        if (call.kind() == Kind.DOCUMENTED_REFUSAL
                && !new String(answer.body(), StandardCharsets.UTF_8).contains("synonym")) {
            problems.add("the refusal does not give its reason: " + preview(answer.body()));
        }
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(answer.statusCode()).withContentType(contentType);
        answer.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                response.withHeader(name, values);
            }
        });
        if (contentType.startsWith("application/zip")) {
            response.withBody(answer.body());
        } else {
            response.withBody(new String(answer.body(), StandardCharsets.UTF_8));
        }
        SimpleRequest.Builder request = SimpleRequest.Builder.get(BASE_PATH + call.path());
        Map<String, List<String>> query = new LinkedHashMap<>();
        call.query()
                .forEach(p -> query.computeIfAbsent(p.getKey(), k -> new ArrayList<>())
                        .add(p.getValue()));
        query.forEach(request::withQueryParam);
        OpenApiInteractionValidator validator = spec.getPaths().containsKey(call.operationPath()) ? official : ours;
        ValidationReport report = call.kind() == Kind.BAD_INPUT
                // an invalid request is invalid by design: only the answer is checked
                ? validator.validateResponse(BASE_PATH + call.path(), Request.Method.GET, response.build())
                : validator.validate(request.build(), response.build());
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                ToleratedDifferences.reason(call, m)
                        .ifPresentOrElse(
                                reason -> tolerated
                                        .computeIfAbsent(reason, r -> new TreeSet<>())
                                        .add(call.toString()),
                                () -> problems.add(m.getKey() + ": " + m.getMessage()));
            }
        }
        return problems;
    }

    private HttpResponse<byte[]> send(Call call) {
        StringBuilder uri = new StringBuilder(s.base + BASE_PATH + call.path());
        String sep = "?";
        for (Map.Entry<String, String> p : call.query()) {
            uri.append(sep).append(SampleServer.enc(p.getKey())).append('=').append(SampleServer.enc(p.getValue()));
            sep = "&";
        }
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(uri.toString())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String jsonPageToken() {
        return s.json("/api/v2/studies?pageSize=2").path("nextPageToken").asText();
    }

    private static String csvPageToken() {
        return s.get("/api/v2/studies?format=csv&pageSize=2")
                .headers()
                .firstValue("x-next-page-token")
                .orElseThrow();
    }

    /** An NCT id the sample holds only as another study's alias. */
    private static String aliasOnlyId() {
        for (JsonNode record : s.records.values()) {
            for (JsonNode alias : record.at("/protocolSection/identificationModule/nctIdAliases")) {
                if (!s.records.containsKey(alias.asText())) {
                    return alias.asText();
                }
            }
        }
        throw new IllegalStateException("no alias in the sample");
    }
}
