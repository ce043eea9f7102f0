package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.store.StoredStudy;

/** The trial page over the real server and the bundled sample, checked against the reference page. */
class StudyPageTest {
    private static final String REFERENCE = "NCT06751394";
    /** The sample's trial with the most sites (1,148). */
    private static final String BIGGEST = "NCT04267848";

    private static SampleServer server;
    private static String reference;

    @BeforeAll
    static void start() throws IOException {
        server = SampleServer.get();
        reference = ok("/study/" + REFERENCE);
    }

    private static String ok(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void everyReferencePartIsUnderItsHeadingInPlainWords() {
        PageText page = PageText.of(reference);
        assertThat(page.under(
                        "Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal Cancer (TRACER)"))
                .contains("Sun Yat-sen University");
        assertThat(page.under("Status and phase")).contains("Not yet enrolling").contains("Phase 2");
        assertThat(page.under("Conditions")).isEqualTo("Recurrent Rectal Cancer");
        assertThat(page.under("Treatments"))
                .contains(
                        "Drug: Oxaliplatin",
                        "Drug: Irinotecan",
                        "Procedure: surgery",
                        "Radiation: Radiation",
                        "Drug: Capecitabine",
                        "Drug: PD-1 antibody (Toripalimab)");
        assertThat(page.under("Study type")).isEqualTo("Interventional");
        assertThat(page.under("Funder types")).isEqualTo("Other");
        assertThat(page.under("Identifiers")).contains("NCT06751394").contains("2024ZSLYEC-684");
        assertThat(page.under("About"))
                .contains("The study is a prospective, single-center, single-arm, phase II clinical trial.")
                .contains("The primary endpoint was pathological complete response (pCR) rate.");
        assertThat(page.under("Enrollment")).isEqualTo("44 estimated patients");
        assertThat(page.under("Sex")).isEqualTo("All");
        assertThat(page.under("Ages")).isEqualTo("18 to 75 years old");
        assertThat(page.under("Volunteers")).isEqualTo("No Healthy Volunteers");
        assertThat(page.under("Inclusion criteria"))
                .contains("Patient is 18-75 years old at the time of signing the informed consent form.")
                .contains("Fully informed and willing to provide written informed consent for the trial.");
        assertThat(page.under("Exclusion criteria"))
                .contains("Neutrophil < 1.5×10^9/L, PLT < 75×10^9/L.")
                .contains("Congestive cardiac failure ≥ NYHA grade 2.")
                .contains("Serious mental abnormalities.");
        assertThat(page.under("Primary purpose")).isEqualTo("Treatment");
        assertThat(page.under("Allocation")).isEqualTo("N/A");
        assertThat(page.under("Interventional model")).isEqualTo("Single Group Assignment");
        assertThat(page.under("Masking")).isEqualTo("None (Open label)");
        assertThat(page.under("44 participants in 1 patient group"))
                .contains("Group A")
                .contains("Experimental group")
                .contains("Description: The patients will receive 2 cycles of XELOX or XELIRI and PD-1 antibody")
                .contains(
                        "Treatment: Drug: PD-1 antibody (Toripalimab) Drug: Capecitabine Procedure: surgery Radiation: Radiation Drug: Irinotecan Drug: Oxaliplatin");
        assertThat(page.under("Trial contacts and locations")).startsWith("1 site");
        assertThat(page.under("Central trial contact")).contains("Xiaojian Wu");
        assertThat(PageText.text(reference)).contains("Data sourced from clinicaltrials.gov");
        // the reference page's headings, in its order
        List<String> order = List.of(
                "Status and phase",
                "Conditions",
                "Treatments",
                "Study type",
                "Funder types",
                "Identifiers",
                "Details and patient eligibility",
                "About",
                "Enrollment",
                "Sex",
                "Ages",
                "Volunteers",
                "Inclusion criteria",
                "Exclusion criteria",
                "Trial design",
                "Primary purpose",
                "Allocation",
                "Interventional model",
                "Masking",
                "44 participants in 1 patient group",
                "Trial contacts and locations",
                "Central trial contact");
        assertThat(page.headings()).containsSubsequence(order);
    }

    @Test
    void criteriaKeepTheirListsAndShowEscapedCharactersAsHtmlText() {
        assertThat(reference)
                .contains("Neutrophil &lt; 1.5×10^9/L")
                .contains("TBIL &gt; 1.5 ULN")
                .doesNotContain("\\&lt;");
        String exclusion = reference.substring(reference.indexOf("criteria-exclusion-criteria"));
        assertThat(exclusion.substring(0, exclusion.indexOf("</section>")))
                .contains("<ol>")
                .containsPattern("(?s)(<li>.*?){18}");
    }

    @Test
    void clinicianPartsLinkToClinicalTrialsGovAndTheDatesSayWhetherTheyHappened() {
        assertThat(reference).contains("href=\"https://clinicaltrials.gov/study/NCT06751394\"");
        JsonNode status = server.records.get(REFERENCE).at("/protocolSection/statusModule");
        PageText page = PageText.of(reference);
        if (status.has("startDateStruct")) {
            assertThat(page.under("Key dates"))
                    .contains("Study start")
                    .contains(
                            "ESTIMATED"
                                            .equals(status.at("/startDateStruct/type")
                                                    .asText())
                                    ? "(estimated)"
                                    : "(actual)");
        }
        // a trial with outcomes and references shows them: the first sample trial that has both
        String withBoth = server.records.entrySet().stream()
                .filter(e -> e.getValue()
                                        .at("/protocolSection/outcomesModule/primaryOutcomes")
                                        .size()
                                > 0
                        && e.getValue()
                                        .at("/protocolSection/referencesModule/references")
                                        .findValues("pmid")
                                        .size()
                                > 0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        JsonNode record = server.records.get(withBoth);
        PageText other = PageText.of(ok("/study/" + withBoth));
        JsonNode firstOutcome = record.at("/protocolSection/outcomesModule/primaryOutcomes/0");
        assertThat(other.under("Primary outcomes"))
                .contains(norm(firstOutcome.path("measure").asText()))
                .contains(norm(firstOutcome.path("timeFrame").asText()));
        String pmid = record.at("/protocolSection/referencesModule/references")
                .findValues("pmid")
                .get(0)
                .asText();
        assertThat(ok("/study/" + withBoth)).contains("href=\"https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/\"");
    }

    @Test
    void jsonLdIsAMedicalTrialThatParses() throws IOException {
        Matcher m = Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>")
                .matcher(reference);
        assertThat(m.find()).isTrue();
        JsonNode ld = StudyJson.mapper().readTree(m.group(1));
        assertThat(ld.path("@type").asText()).isEqualTo("MedicalTrial");
        assertThat(ld.path("identifier").asText()).isEqualTo(REFERENCE);
        assertThat(ld.path("status").asText()).isEqualTo("https://schema.org/NotYetRecruiting");
        assertThat(ld.path("phase").asText()).isEqualTo("Phase 2");
        assertThat(ld.path("healthCondition").get(0).path("name").asText()).isEqualTo("Recurrent Rectal Cancer");
        assertThat(ld.path("sponsor").path("name").asText()).isEqualTo("Sun Yat-sen University");
        assertThat(ld.path("url").asText()).isEqualTo("https://clinicaltrials.gov/study/NCT06751394");
        assertThat(ld.path("trialDesign").toString()).contains("OpenTrial", "SingleCenterTrial");
    }

    @Test
    void theMapHasOneDotPerSiteWithCoordinatesAndIsLabelled() {
        for (String id : List.of(REFERENCE, BIGGEST)) {
            StoredStudy stored = server.store.get(id).orElseThrow();
            long expected = 0;
            List<Location> locations = stored.study().locations();
            Set<Integer> derived = new LinkedHashSet<>();
            stored.derivedGeoPoints().forEach(d -> derived.add(d.locationIndex()));
            for (int i = 0; i < locations.size(); i++) {
                if (locations.get(i).geoPoint() != null || derived.contains(i)) {
                    expected++;
                }
            }
            HttpResponse<String> map = server.get("/study/" + id + "/map.svg");
            assertThat(map.statusCode()).isEqualTo(200);
            assertThat(map.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
            String svg = map.body();
            assertThat(count(svg, "<circle ")).as(id).isEqualTo(expected);
            String label = "Map of " + expected + (expected == 1 ? " trial site" : " trial sites");
            assertThat(svg)
                    .contains("role=\"img\"", "aria-label=\"" + label + "\"", "<title>" + label + "</title>")
                    .doesNotContain("href=", "<image", "<script");
            assertThat(ok("/study/" + id)).contains("<img src=\"/study/" + id + "/map.svg\" alt=\"" + label + "\"");
        }
    }

    @Test
    void readableAddressesAndOldIdsRedirectToTheOnePage() {
        for (String path : List.of(
                "/study/" + REFERENCE + "/preoperative-chemoradiotherapy-and-toripalimab-tracer",
                "/trial/preoperative-chemoradiotherapy-and-toripalimab-in-locally-recurrent-rectal-cancer-tracer-"
                        + REFERENCE,
                "/study/nct06751394",
                "/study/NCT6751394",
                "/trial/some-title-nct6751394")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(301);
            assertThat(r.headers().firstValue("Location")).as(path).hasValue("/study/" + REFERENCE);
        }
        String alias = null;
        String current = null;
        for (var e : server.records.entrySet()) {
            JsonNode aliases = e.getValue().at("/protocolSection/identificationModule/nctIdAliases");
            if (aliases.size() > 0) {
                alias = aliases.get(0).asText();
                current = e.getKey();
                break;
            }
        }
        if (alias != null) {
            HttpResponse<String> r = server.get("/study/" + alias);
            assertThat(r.statusCode()).isEqualTo(301);
            assertThat(r.headers().firstValue("Location")).hasValue("/study/" + current);
        }
    }

    @Test
    void unknownOrMalformedIdsGetAFriendlyNotFoundPage() {
        HttpResponse<String> unknown = server.get("/study/NCT00000001");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(unknown.body())
                .contains("No trial NCT00000001 is stored here")
                .contains("href=\"/search\"");
        HttpResponse<String> malformed = server.get("/study/%3Cb%3Ehello");
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body())
                .contains("is not an NCT number")
                .contains("&lt;b&gt;hello")
                .doesNotContain("<b>hello");
        assertThat(server.get("/trial/no-id-here").statusCode()).isEqualTo(404);
        assertThat(server.get("/study/" + BIGGEST + "/locations?page=99").statusCode())
                .isEqualTo(404);
        assertThat(server.get("/study/" + BIGGEST + "/locations?page=x").body()).contains("must be a whole number");
    }

    @Test
    void theBiggestTrialStaysUnderTheWeightBudgetAndEverySiteIsReachable() {
        int css = ok("/static/site.css").getBytes(StandardCharsets.UTF_8).length
                + ok("/static/study.css").getBytes(StandardCharsets.UTF_8).length;
        String page = ok("/study/" + BIGGEST);
        assertThat(page.getBytes(StandardCharsets.UTF_8).length + css).isLessThan(150 * 1024);
        JsonNode locations = server.records.get(BIGGEST).at("/protocolSection/contactsLocationsModule/locations");
        assertThat(locations.size()).isEqualTo(1148);
        assertThat(PageText.of(page).under("Trial contacts and locations")).startsWith("1148 sites");
        // the full list: every site's facility over the locations pages, each page under budget
        List<String> listed = new ArrayList<>();
        int pages = (locations.size() + SiteListing.PAGE_SIZE - 1) / SiteListing.PAGE_SIZE;
        for (int p = 1; p <= pages; p++) {
            String html = ok("/study/" + BIGGEST + "/locations?page=" + p);
            assertThat(html.getBytes(StandardCharsets.UTF_8).length + css)
                    .as("page " + p)
                    .isLessThan(150 * 1024);
            Matcher m = Pattern.compile("<p class=\"facility\">(.*?)</p>").matcher(html);
            while (m.find()) {
                listed.add(PageText.text(m.group(1)));
            }
        }
        List<String> expected = new ArrayList<>();
        locations.forEach(
                l -> expected.add(l.has("facility") ? norm(l.get("facility").asText()) : "Site name not given"));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everySampleTrialRendersWithoutNullOrErrors() {
        int observational = 0;
        for (var e : server.records.entrySet()) {
            HttpResponse<String> r = server.get("/study/" + e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            String text = PageText.text(r.body());
            if (!e.getValue().toString().toLowerCase().contains("null")) {
                assertThat(text.toLowerCase()).as(e.getKey()).doesNotContain("null");
            }
            if ("OBSERVATIONAL"
                    .equals(e.getValue()
                            .at("/protocolSection/designModule/studyType")
                            .asText())) {
                observational++;
                assertThat(PageText.of(r.body()).headings())
                        .as(e.getKey())
                        .doesNotContain("Allocation", "Masking", "Interventional model");
            }
        }
        assertThat(observational).isGreaterThan(100);
    }

    @Test
    void everyGlossaryLinkOfTheTrialPagesHasItsEntry() {
        String glossary = ok("/glossary");
        Set<String> anchors = new LinkedHashSet<>();
        for (String id : List.of(REFERENCE, BIGGEST, "NCT00007696")) {
            Matcher m = Pattern.compile("href=\"/glossary#([a-z-]+)\"").matcher(ok("/study/" + id));
            while (m.find()) {
                anchors.add(m.group(1));
            }
        }
        assertThat(anchors)
                .contains(
                        "status",
                        "phase",
                        "study-type",
                        "funder-type",
                        "enrollment",
                        "healthy-volunteer",
                        "primary-purpose",
                        "allocation",
                        "interventional-model",
                        "masking",
                        "arm");
        for (String a : anchors) {
            assertThat(glossary).as(a).contains("id=\"" + a + "\"");
        }
        for (String a : List.of(
                "outcome",
                "sponsor",
                "collaborator",
                "principal-investigator",
                "nct-number",
                "inclusion-criteria",
                "exclusion-criteria",
                "status-not-yet-enrolling",
                "phase-early-phase-1",
                "study-type-patient-registry",
                "masking-quadruple",
                "enrollment-estimated",
                "funder-type-government-nih")) {
            assertThat(glossary).as(a).contains("id=\"" + a + "\"");
        }
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
