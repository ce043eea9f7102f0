package org.trialfinder.app.site.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;

/**
 * Pre-screening over real HTTP on the bundled sample: {@code POST /api/v2/prescreen/{nctId}},
 * {@code POST /api/v2/match}, and the pages "Check a patient" and "Find trials for a patient".
 */
class EligibilityHttpTest {
    private static final String TRACER = "NCT06751394";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NORMAL_LABS = "{\"name\":\"ANC\",\"value\":2100,\"unit\":\"/uL\"},"
            + "{\"name\":\"PLT\",\"value\":210,\"unit\":\"10^9/L\"},"
            + "{\"name\":\"TBIL\",\"value\":0.8,\"unit\":\"mg/dL\",\"uln\":1.2},"
            + "{\"name\":\"AST\",\"value\":28,\"unit\":\"U/L\",\"uln\":40},"
            + "{\"name\":\"creatinine\",\"value\":0.9,\"unit\":\"mg/dL\",\"uln\":1.2}";
    private static SampleServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = SampleServer.get();
    }

    private static String patient(String labs, String metastases) {
        return "{\"age\":58,\"sex\":\"female\",\"pregnant\":false,\"lactating\":false,"
                + "\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1},\"lifeExpectancyMonths\":12,"
                + "\"labs\":[" + labs + "],"
                + "\"conditions\":[\"recurrent rectal cancer\"],\"metastases\":[" + metastases + "],"
                + "\"treatments\":[{\"name\":\"oxaliplatin\",\"date\":\"2025-03-01\"}],\"asOf\":\"2026-11-01\"}";
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.base + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body);
    }

    @Test
    void prescreenAnswersTheVerdictInWordsWithEveryCriterion() throws Exception {
        HttpResponse<String> r = post(
                "/api/v2/prescreen/" + TRACER,
                "application/json",
                patient(NORMAL_LABS + ",{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40}", ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode a = JSON.readTree(r.body());
        // every criterion that can be checked is met, but some about the patient's health cannot be read
        // (inclusion 3: pelvic recurrence confirmed by pathology or imaging): never "eligible" then
        assertThat(a.path("verdict").asText()).isEqualTo("possibly eligible");
        assertThat(a.path("failed")).isEmpty();
        assertThat(a.path("criteria").size()).isGreaterThan(28);
        // the coverage counts what the criteria list shows, outcome by outcome
        int decided = 0;
        int unread = 0;
        int procedural = 0;
        for (JsonNode c : a.path("criteria")) {
            switch (c.path("outcome").asText()) {
                case "met", "not met" -> decided++;
                case "not computable" -> {
                    if (c.path("procedural").asBoolean()) {
                        procedural++;
                    } else {
                        unread++;
                    }
                }
                default -> {}
            }
        }
        JsonNode coverage = a.path("coverage");
        assertThat(coverage.path("criteria").asInt())
                .isEqualTo(a.path("criteria").size());
        assertThat(coverage.path("decided").asInt()).isEqualTo(decided);
        assertThat(coverage.path("notRead").asInt()).isEqualTo(unread).isPositive();
        assertThat(coverage.path("procedural").asInt()).isEqualTo(procedural).isEqualTo(1); // the consent
        assertThat(coverage.path("decidedShare").asDouble())
                .isCloseTo((double) decided / (a.path("criteria").size() - procedural), Offset.offset(1e-9));
        assertThat(a.path("summary").path("coverage")).isEqualTo(coverage);
        assertThat(a.path("patient").path("readFrom").asText()).isEqualTo("profile");
        assertThat(a.path("patient").path("profile").path("ageYears").asDouble())
                .isEqualTo(58.0);
    }

    /**
     * NCT01929941 (sample) writes its criteria per group: Group 1 needs a life expectancy of 12 weeks or longer
     * (inclusion 3), Group 2 / Part 2 pancreatic adenocarcinoma (read by hand).
     */
    @Test
    void aTrialWithPatientGroupsIsAnsweredGroupByGroup() throws Exception {
        String patient = "{\"age\":60,\"sex\":\"female\",\"conditions\":[\"pancreatic adenocarcinoma\"],"
                + "\"lifeExpectancyMonths\":1.5,\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1}}";
        HttpResponse<String> r = post("/api/v2/prescreen/NCT01929941", "application/json", patient);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.path("verdict").asText()).isEqualTo("possibly eligible");
        assertThat(a.path("groups")).hasSize(3);
        assertThat(a.path("groups").get(0).path("group").asText()).isEqualTo("Group 1");
        assertThat(a.path("groups").get(0).path("verdict").asText()).isEqualTo("not eligible");
        assertThat(a.path("groups").get(0).path("failed").get(0).asText()).isEqualTo("inclusion 3");
        HttpResponse<String> page = form(
                "/study/NCT01929941/check",
                Map.of("age", "60", "sex", "female", "conditions", "pancreatic adenocarcinoma", "ecog", "1"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Patient groups")
                .contains("<li>Group 1: ")
                .contains("<li>Group 2 / Part 2: ")
                .contains("(Group 1 only)");
    }

    @Test
    void testResultsAreReadFromTheProfileAndTheFormAndShownBack() throws Exception {
        JsonNode a = JSON.readTree(post(
                        "/api/v2/prescreen/" + TRACER,
                        "application/json",
                        "{\"age\":58,\"sex\":\"female\",\"tests\":{\"HBsAg\":\"negative\","
                                + "\"QuantiFERON\":{\"result\":\"positive\",\"date\":\"2025-05-02\"}}}")
                .body());
        JsonNode tests = a.path("patient").path("profile").path("tests");
        assertThat(tests).hasSize(2);
        assertThat(tests.get(0).path("test").asText()).isEqualTo("HBSAG");
        assertThat(tests.get(0).path("result").asText()).isEqualTo("negative");
        assertThat(tests.get(1).path("test").asText()).isEqualTo("TB");
        assertThat(tests.get(1).path("date").asText()).isEqualTo("2025-05-02");
        HttpResponse<String> bad =
                post("/api/v2/prescreen/" + TRACER, "application/json", "{\"tests\":{\"HBsAg\":\"maybe\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("tests.HBsAg");
        HttpResponse<String> page =
                form("/study/" + TRACER + "/check", Map.of("age", "58", "sex", "female", "test-hbsag", "negative"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("<li>Test: HBsAg negative</li>")
                .contains("<option value=\"negative\" selected>Negative</option>");
        HttpResponse<String> hostile =
                form("/study/" + TRACER + "/check", Map.of("age", "58", "test-hiv", "<b>maybe</b>"));
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).contains("HIV").doesNotContain("<b>maybe</b>");
    }

    @Test
    void neutrophilsGivenPerMicrolitreExcludeWithTheFactAndTheCriterionSpan() throws Exception {
        String labs = NORMAL_LABS.replace("\"value\":2100", "\"value\":1200")
                + ",{\"name\":\"ALT\",\"value\":30,\"unit\":\"U/L\",\"uln\":40}";
        JsonNode a = JSON.readTree(post("/api/v2/prescreen/" + TRACER, "application/json", patient(labs, ""))
                .body());
        assertThat(a.path("verdict").asText()).isEqualTo("not eligible");
        JsonNode failed = a.path("failed").get(0);
        assertThat(failed.path("section").asText()).isEqualTo("exclusion");
        assertThat(failed.path("index").asText()).isEqualTo("1");
        assertThat(failed.path("outcome").asText()).isEqualTo("met");
        assertThat(failed.path("facts").toString()).contains("ANC 1200 /uL = 1.2 10*9/L");
    }

    @Test
    void altThreeTimesTheUpperLimitExcludesUnlessTheLiverHasMetastases() throws Exception {
        String labs = NORMAL_LABS + ",{\"name\":\"ALT\",\"value\":120,\"unit\":\"U/L\",\"uln\":40}";
        JsonNode without = JSON.readTree(post("/api/v2/prescreen/" + TRACER, "application/json", patient(labs, ""))
                .body());
        assertThat(without.path("verdict").asText()).isEqualTo("not eligible");
        JsonNode with =
                JSON.readTree(post("/api/v2/prescreen/" + TRACER, "application/json", patient(labs, "\"liver\""))
                        .body());
        assertThat(with.path("verdict").asText()).isIn("eligible", "possibly eligible");
        assertThat(with.path("failed")).isEmpty();
    }

    @Test
    void aNoteAndAFhirBundleAreReadToo() throws Exception {
        HttpResponse<String> note = post(
                "/api/v2/prescreen/" + TRACER,
                "text/plain; charset=utf-8",
                "A 58-year-old woman with recurrent rectal cancer. ECOG 1. She is not pregnant.");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(200);
        JsonNode n = JSON.readTree(note.body());
        assertThat(n.path("patient").path("readFrom").asText()).isEqualTo("note");
        assertThat(n.path("patient").path("profile").path("sex").asText()).isEqualTo("female");
        assertThat(n.path("verdict").asText()).isEqualTo("possibly eligible"); // labs are missing
        String bundle =
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\","
                        + "\"gender\":\"female\",\"birthDate\":\"1968-05-02\"}}]}";
        HttpResponse<String> fhir = post("/api/v2/prescreen/" + TRACER, "application/fhir+json", bundle);
        assertThat(fhir.statusCode()).as(fhir.body()).isEqualTo(200);
        assertThat(JSON.readTree(fhir.body()).path("patient").path("readFrom").asText())
                .isEqualTo("FHIR Bundle");
    }

    @Test
    void badPatientsAreA400NamingTheFieldNeverA500() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"age\":-3}", "age",
                "{\"age\":\"old\"}", "age",
                "{\"labs\":[{\"name\":\"PLT\",\"value\":150000,\"unit\":\"g/dL\"}]}", "labs[0]",
                "{\"labs\":[{\"name\":\"ALT\",\"value\":30,\"unit\":\"bananas\"}]}", "bananas",
                "{\"metastasis\":[\"liver\"]}", "metastasis",
                "{\"age\": 58,", "line",
                "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Nonsense\"}}]}", "Bundle");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = post("/api/v2/prescreen/" + TRACER, "application/json", c.getKey());
            if (r.statusCode() != 400 || !r.body().contains(c.getValue())) {
                problems.add(c.getKey() + " -> " + r.statusCode() + " " + r.body());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(post("/api/v2/prescreen/" + TRACER, "application/json", "").statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v2/prescreen/" + TRACER, "application/xml", "<x/>")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v2/prescreen/NCT99999999", "application/json", "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(post("/api/v2/prescreen/not-an-id", "application/json", "{}").statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v2/prescreen/" + TRACER + "?age=3", "application/json", "{}")
                        .body())
                .contains("unknown parameter");
        assertThat(post("/api/v2/match?color=red", "application/json", "{}").body())
                .contains("color");
        assertThat(post("/api/v2/match?place=Xqzvbnmw&radius=50km", "application/json", "{\"conditions\":[\"asthma\"]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v2/match?limit=0", "application/json", "{\"conditions\":[\"asthma\"]}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void matchRanksRecruitingTrialsForThePatientsConditionsEligibleFirst() throws Exception {
        HttpResponse<String> r = post(
                "/api/v2/match?limit=50",
                "application/json",
                "{\"age\":60,\"sex\":\"male\",\"conditions\":[\"non-small cell lung cancer\"],\"performanceStatus\":{\"scale\":\"ECOG\",\"value\":1}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        JsonNode trials = a.path("trials");
        assertThat(trials.size()).isPositive();
        List<String> order = List.of("eligible", "possibly eligible", "not eligible");
        double maxRelevance = 0;
        for (JsonNode t : trials) {
            maxRelevance = Math.max(maxRelevance, t.path("relevance").asDouble());
        }
        double previous = Double.MAX_VALUE;
        for (JsonNode t : trials) {
            String id = t.path("nctId").asText();
            assertThat(server.records
                            .get(id)
                            .at("/protocolSection/statusModule/overallStatus")
                            .asText())
                    .as(id)
                    .isEqualTo("RECRUITING");
            // the ranking's documented order: relevance (share of the best) weighted by the verdict and, for
            // possibly eligible, the share of its medical criteria decided (0.6 + 0.3 × share), best first
            JsonNode coverage = t.path("summary").path("coverage");
            double share = coverage.path("medical").asInt() == 0
                    ? 1.0
                    : coverage.path("decided").asDouble()
                            / coverage.path("medical").asInt();
            double factor = switch (t.path("summary").path("verdict").asText()) {
                case "eligible" -> 1.0;
                case "possibly eligible" -> 0.6 + 0.3 * share;
                default -> 0.4;
            };
            double score = t.path("score").asDouble();
            assertThat(score)
                    .as("score of %s", id)
                    .isLessThanOrEqualTo(previous)
                    .isCloseTo(t.path("relevance").asDouble() / maxRelevance * factor, Offset.offset(1e-6));
            previous = score;
        }
        int total = 0;
        for (String v : order) {
            total += a.path("counts").path(v).asInt();
        }
        assertThat(total).isEqualTo(trials.size());
        // a place narrows to trials with a site within the radius
        JsonNode near = JSON.readTree(post(
                        "/api/v2/match?place=Boston&radius=100km&limit=50",
                        "application/json",
                        "{\"conditions\":[\"non-small cell lung cancer\"]}")
                .body());
        assertThat(near.path("trials").size()).isLessThanOrEqualTo(trials.size());
        assertThat(near.path("place").path("radiusKm").asDouble()).isEqualTo(100.0);
    }

    @Test
    void aNotesTrialsAreRankedByItsConditionsAndItsWordsAndTheAnswerNamesTheWords() throws Exception {
        String note = "A 64-year-old man with non-small cell lung cancer, ECOG 1, previously treated with carboplatin.";
        HttpResponse<String> r = post("/api/v2/match?limit=50", "text/plain", note);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        List<String> words = new ArrayList<>();
        a.path("noteWords").forEach(w -> words.add(w.asText()));
        // the note's content words in note order, function words and numbers left out
        assertThat(words).startsWith("non-small", "cell", "lung", "cancer").contains("carboplatin");
        assertThat(words).doesNotContain("a", "man", "with", "previously", "64-year-old", "1");
        // each relevance is half the condition score's share of the best plus half the words' share: within 0..1
        assertThat(a.path("trials").size()).isPositive();
        for (JsonNode t : a.path("trials")) {
            assertThat(t.path("relevance").asDouble())
                    .as(t.path("nctId").asText())
                    .isBetween(0.0, 1.0);
        }
        // a profile has no note words
        JsonNode profile = JSON.readTree(
                post("/api/v2/match?limit=5", "application/json", "{\"conditions\":[\"non-small cell lung cancer\"]}")
                        .body());
        assertThat(profile.has("noteWords")).isFalse();
    }

    @Test
    void aNoteNamingNoRecognisedConditionIsSearchedByItsWordsAndSaysSo() throws Exception {
        // "anxiety" is a MeSH descriptor of behaviour (F01), not a condition the note reader takes
        HttpResponse<String> r = post("/api/v2/match?limit=50", "text/plain", "Anxiety. Age: 39. PHQ-9: 7.");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.path("conditions").size()).isZero();
        assertThat(a.path("searchedWords").get(0).asText()).isEqualTo("anxiety");
        assertThat(a.path("message").asText()).contains("no condition was recognised", "anxiety");
        assertThat(a.path("patient").path("profile").path("conditions").size()).isZero();
        assertThat(a.path("trials").size()).isPositive();
        for (JsonNode t : a.path("trials")) {
            assertThat(t.path("relevance").asDouble())
                    .as(t.path("nctId").asText())
                    .isPositive();
        }
    }

    @Test
    void theTrialPageOffersTheCheckAndThePagesShowTheVerdictEscaped() throws Exception {
        assertThat(server.get("/study/" + TRACER).body()).contains("action=\"/study/" + TRACER + "/check\"");
        assertThat(server.get("/study/" + TRACER + "/check").statusCode()).isEqualTo(200);
        HttpResponse<String> checked = form(
                "/study/" + TRACER + "/check",
                Map.of(
                        "age",
                        "58",
                        "sex",
                        "female",
                        "ecog",
                        "1",
                        "lab-anc",
                        "1200",
                        "lab-anc-unit",
                        "/uL",
                        "conditions",
                        "recurrent rectal cancer <script>alert(1)</script>"));
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(checked.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(checked.body())
                .contains("The patient is not eligible")
                .contains("Neutrophil &lt; 1.5×10^9/L")
                .contains("rules the patient out")
                // how much was decided, and what is left to the trial team (the consent is procedural)
                .containsPattern("Decided \\d+ of \\d+ criteria about the patient.s medical facts \\(\\d+ %\\)")
                .contains("Left to the trial team")
                .containsPattern("inclusion 10: Fully informed and willing to provide written informed consent for the"
                        + " trial\\. <span class=\"procedural\">\\(procedural\\)</span>")
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        HttpResponse<String> empty = form("/study/" + TRACER + "/check", Map.of("document", "", "age", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Nothing about the patient was entered");
        HttpResponse<String> bad = form("/study/" + TRACER + "/check", Map.of("age", "-3"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("age").contains("value=\"-3\"");

        assertThat(server.get("/patient").statusCode()).isEqualTo(200);
        HttpResponse<String> found = form(
                "/patient",
                Map.of(
                        "document",
                        "A 64-year-old man with non-small cell lung cancer, ECOG 1, previously treated with carboplatin.",
                        "place",
                        "",
                        "radius",
                        "50km"));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body())
                .contains("Read from the note")
                .containsPattern("\\d+ trials: \\d+ eligible, \\d+ possibly eligible, \\d+ not eligible")
                .containsPattern("Decided \\d+ of \\d+ criteri(a|on) about the patient.s medical facts")
                .contains("href=\"/study/NCT");
        HttpResponse<String> words =
                form("/patient", Map.of("document", "Anxiety. Age: 39.", "place", "", "radius", "50km"));
        assertThat(words.statusCode()).as(words.body()).isEqualTo(200);
        assertThat(words.body())
                .contains(
                        "Conditions searched: none; words of the note searched where it named no condition we recognise: anxiety")
                .contains("href=\"/study/NCT");
    }
}
