package org.trialfinder.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Converts 21 real legacy records (src/test/resources/legacy) and checks the output field by field
 * against values read from the same XML with XPath. The expected values are computed here with
 * independent code (java.time date parsing, a generic "text to CONSTANT" rule, word sequences for
 * free text), not with the converter's tables.
 */
class LegacyXmlConverterRecordsTest {

    static Stream<String> records() {
        return Stream.of(
                "NCT00000102", // old NIH record, no start date
                "NCT00000105", // observational, study population, biospecimens
                "NCT00000106", // unknown status with last known status
                "NCT00000134", // with results, intervention MeSH, 3+ arms
                "NCT00000135", // phase 2/phase 3
                "NCT00000192", // withdrawn
                "NCT00000320", // phase 1/phase 2 with arm groups
                "NCT00000375", // pending results
                "NCT00000463", // study documents
                "NCT00001575", // nct alias, investigator responsible party
                "NCT00001606", // terminated, removed countries
                "NCT00004418", // gender based eligibility
                "NCT00006436", // provided documents, IPD sharing info types
                "NCT00008216", // patient registry with target duration
                "NCT00009633", // recruiting, central + location contacts, location investigators
                "NCT00055081", // TREC 2022 sample
                "NCT00460928", // early phase 1
                "NCT00493532", // expanded access
                "NCT00495066", // expanded access
                "NCT00499941", // patient registry
                "NCT05382559"); // TREC 2022 sample, recruiting, many locations with status
    }

    private final LegacyXmlConverter converter = new LegacyXmlConverter();

    @ParameterizedTest
    @MethodSource("records")
    void convertsRecordFieldByField(String nct) throws Exception {
        Document doc;
        try (InputStream in = resource(nct)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            doc = f.newDocumentBuilder().parse(in);
        }
        ObjectNode out;
        try (InputStream in = resource(nct)) {
            out = converter.convert(in, nct + ".xml");
        }
        X x = new X(doc);
        JsonNode ps = out.path("protocolSection");
        SoftAssertions s = new SoftAssertions();

        // top-level shape and module order
        assertThat(fieldNames(out)).startsWith("protocolSection").endsWith("hasResults");
        assertThat(fieldNames(ps)).startsWith("identificationModule", "statusModule");

        // identification
        JsonNode id = ps.path("identificationModule");
        s.assertThat(id.path("nctId").asText()).isEqualTo(nct).isEqualTo(x.one("/clinical_study/id_info/nct_id"));
        s.assertThat(opt(id, "orgStudyIdInfo", "id")).isEqualTo(x.one("/clinical_study/id_info/org_study_id"));
        s.assertThat(texts(id.path("secondaryIdInfos"), "id")).isEqualTo(x.all("/clinical_study/id_info/secondary_id"));
        s.assertThat(strings(id.path("nctIdAliases"))).isEqualTo(x.all("/clinical_study/id_info/nct_alias"));
        s.assertThat(opt(id, "briefTitle")).isEqualTo(x.one("/clinical_study/brief_title"));
        s.assertThat(opt(id, "officialTitle")).isEqualTo(x.one("/clinical_study/official_title"));
        s.assertThat(opt(id, "acronym")).isEqualTo(x.one("/clinical_study/acronym"));
        s.assertThat(opt(id, "organization", "fullName")).isEqualTo(x.one("/clinical_study/source"));

        // sponsors
        JsonNode sp = ps.path("sponsorCollaboratorsModule");
        s.assertThat(opt(sp, "leadSponsor", "name")).isEqualTo(x.one("/clinical_study/sponsors/lead_sponsor/agency"));
        s.assertThat(opt(sp, "leadSponsor", "class"))
                .isEqualTo(agencyClass(x.one("/clinical_study/sponsors/lead_sponsor/agency_class")));
        s.assertThat(texts(sp.path("collaborators"), "name"))
                .isEqualTo(x.all("/clinical_study/sponsors/collaborator/agency"));
        s.assertThat(texts(sp.path("collaborators"), "class"))
                .isEqualTo(x.all("/clinical_study/sponsors/collaborator/agency_class").stream()
                        .map(this::agencyClass)
                        .toList());
        s.assertThat(opt(sp, "responsibleParty", "type"))
                .isEqualTo(constant(x.one("/clinical_study/responsible_party/responsible_party_type")));
        s.assertThat(opt(sp, "responsibleParty", "investigatorFullName"))
                .isEqualTo(x.one("/clinical_study/responsible_party/investigator_full_name"));

        // status and dates
        JsonNode st = ps.path("statusModule");
        s.assertThat(opt(st, "overallStatus")).isEqualTo(status(x.one("/clinical_study/overall_status")));
        s.assertThat(opt(st, "lastKnownStatus")).isEqualTo(status(x.one("/clinical_study/last_known_status")));
        s.assertThat(opt(st, "whyStopped")).isEqualTo(x.one("/clinical_study/why_stopped"));
        s.assertThat(opt(st, "statusVerifiedDate")).isEqualTo(isoDate(x.one("/clinical_study/verification_date")));
        s.assertThat(opt(st, "studyFirstSubmitDate"))
                .isEqualTo(isoDate(x.one("/clinical_study/study_first_submitted")));
        s.assertThat(opt(st, "studyFirstSubmitQcDate"))
                .isEqualTo(isoDate(x.one("/clinical_study/study_first_submitted_qc")));
        s.assertThat(opt(st, "lastUpdateSubmitDate"))
                .isEqualTo(isoDate(x.one("/clinical_study/last_update_submitted")));
        s.assertThat(opt(st, "resultsFirstSubmitDate"))
                .isEqualTo(isoDate(x.one("/clinical_study/results_first_submitted")));
        s.assertThat(opt(st, "resultsFirstSubmitQcDate"))
                .isEqualTo(isoDate(x.one("/clinical_study/results_first_submitted_qc")));
        s.assertThat(opt(st, "dispFirstSubmitDate"))
                .isEqualTo(isoDate(x.one("/clinical_study/disposition_first_submitted")));
        String[][] structs = {
            {"startDateStruct", "start_date"},
            {"primaryCompletionDateStruct", "primary_completion_date"},
            {"completionDateStruct", "completion_date"},
            {"studyFirstPostDateStruct", "study_first_posted"},
            {"resultsFirstPostDateStruct", "results_first_posted"},
            {"dispFirstPostDateStruct", "disposition_first_posted"},
            {"lastUpdatePostDateStruct", "last_update_posted"}
        };
        for (String[] d : structs) {
            s.assertThat(opt(st, d[0], "date")).as(d[0]).isEqualTo(isoDate(x.one("/clinical_study/" + d[1])));
            s.assertThat(opt(st, d[0], "type"))
                    .as(d[0] + ".type")
                    .isEqualTo(dateType(x.one("/clinical_study/" + d[1] + "/@type")));
        }
        String hasEa = x.one("/clinical_study/has_expanded_access");
        s.assertThat(opt(st, "expandedAccessInfo", "hasExpandedAccess"))
                .isEqualTo(hasEa == null ? null : String.valueOf(hasEa.equals("Yes")));

        // oversight
        String dmc = x.one("/clinical_study/oversight_info/has_dmc");
        s.assertThat(opt(ps, "oversightModule", "oversightHasDmc"))
                .isEqualTo(dmc == null ? null : String.valueOf(dmc.equals("Yes")));

        // description (free text: same words)
        s.assertThat(words(opt(ps, "descriptionModule", "briefSummary")))
                .isEqualTo(xmlWords(x.one("/clinical_study/brief_summary/textblock")));
        s.assertThat(words(opt(ps, "descriptionModule", "detailedDescription")))
                .isEqualTo(xmlWords(x.one("/clinical_study/detailed_description/textblock")));

        // conditions, keywords
        s.assertThat(strings(ps.path("conditionsModule").path("conditions")))
                .isEqualTo(x.all("/clinical_study/condition"));
        s.assertThat(strings(ps.path("conditionsModule").path("keywords"))).isEqualTo(x.all("/clinical_study/keyword"));

        // design
        JsonNode de = ps.path("designModule");
        String studyType = x.one("/clinical_study/study_type");
        s.assertThat(opt(de, "studyType")).isEqualTo(constant(studyType.replace(" [Patient Registry]", "")));
        s.assertThat(opt(de, "patientRegistry")).isEqualTo(studyType.contains("[Patient Registry]") ? "true" : null);
        s.assertThat(opt(de, "targetDuration")).isEqualTo(x.one("/clinical_study/target_duration"));
        s.assertThat(strings(de.path("phases"))).isEqualTo(phases(x.one("/clinical_study/phase")));
        JsonNode di = de.path("designInfo");
        String dx = "/clinical_study/study_design_info/";
        s.assertThat(opt(di, "allocation")).isEqualTo(constant(x.one(dx + "allocation")));
        s.assertThat(opt(di, "interventionModel"))
                .isEqualTo(constant(stripSuffix(x.one(dx + "intervention_model"), " Assignment")));
        String purpose = x.one(dx + "primary_purpose");
        s.assertThat(opt(di, "primaryPurpose"))
                .isEqualTo("Educational/Counseling/Training".equals(purpose) ? "ECT" : constant(purpose));
        s.assertThat(opt(di, "observationalModel")).isEqualTo(constant(x.one(dx + "observational_model")));
        s.assertThat(opt(di, "timePerspective")).isEqualTo(constant(x.one(dx + "time_perspective")));
        String masking = x.one(dx + "masking");
        if (masking != null) {
            int paren = masking.indexOf(" (");
            String level = paren < 0 ? masking : masking.substring(0, paren);
            s.assertThat(opt(di, "maskingInfo", "masking")).isEqualTo(constant(level));
            List<String> who = new ArrayList<>();
            if (paren >= 0 && !level.equals("None")) {
                for (String w :
                        masking.substring(paren + 2, masking.length() - 1).split(", ")) who.add(constant(w));
            }
            s.assertThat(strings(di.path("maskingInfo").path("whoMasked"))).isEqualTo(who);
        } else {
            s.assertThat(di.has("maskingInfo")).isFalse();
        }
        s.assertThat(opt(de, "enrollmentInfo", "count")).isEqualTo(x.one("/clinical_study/enrollment"));
        s.assertThat(opt(de, "enrollmentInfo", "type")).isEqualTo(dateType(x.one("/clinical_study/enrollment/@type")));
        s.assertThat(opt(de, "bioSpec", "retention")).isEqualTo(constant(x.one("/clinical_study/biospec_retention")));

        // arms and interventions
        JsonNode arms = ps.path("armsInterventionsModule").path("armGroups");
        int nArms = x.count("/clinical_study/arm_group");
        s.assertThat(arms.size()).isEqualTo(nArms);
        for (int i = 1; i <= nArms; i++) {
            String ax = "/clinical_study/arm_group[" + i + "]/";
            JsonNode a = arms.path(i - 1);
            String label = x.one(ax + "arm_group_label");
            s.assertThat(opt(a, "label")).isEqualTo(label);
            s.assertThat(opt(a, "type")).isEqualTo(constant(x.one(ax + "arm_group_type")));
            s.assertThat(opt(a, "description")).isEqualTo(x.one(ax + "description"));
            List<String> names = new ArrayList<>();
            int nIv = x.count("/clinical_study/intervention");
            for (int j = 1; j <= nIv; j++) {
                String ix = "/clinical_study/intervention[" + j + "]/";
                if (x.all(ix + "arm_group_label").contains(label)) {
                    names.add(x.one(ix + "intervention_type") + ": " + x.one(ix + "intervention_name"));
                }
            }
            s.assertThat(strings(a.path("interventionNames")))
                    .as("interventionNames of " + label)
                    .isEqualTo(names);
        }
        JsonNode ivs = ps.path("armsInterventionsModule").path("interventions");
        int nIv = x.count("/clinical_study/intervention");
        s.assertThat(ivs.size()).isEqualTo(nIv);
        for (int j = 1; j <= nIv; j++) {
            String ix = "/clinical_study/intervention[" + j + "]/";
            JsonNode iv = ivs.path(j - 1);
            s.assertThat(opt(iv, "type")).isEqualTo(constant(x.one(ix + "intervention_type")));
            s.assertThat(opt(iv, "name")).isEqualTo(x.one(ix + "intervention_name"));
            s.assertThat(opt(iv, "description")).isEqualTo(x.one(ix + "description"));
            s.assertThat(strings(iv.path("armGroupLabels"))).isEqualTo(x.all(ix + "arm_group_label"));
            s.assertThat(strings(iv.path("otherNames"))).isEqualTo(x.all(ix + "other_name"));
        }

        // outcomes
        JsonNode om = ps.path("outcomesModule");
        s.assertThat(texts(om.path("primaryOutcomes"), "measure"))
                .isEqualTo(x.all("/clinical_study/primary_outcome/measure"));
        s.assertThat(texts(om.path("secondaryOutcomes"), "measure"))
                .isEqualTo(x.all("/clinical_study/secondary_outcome/measure"));
        s.assertThat(texts(om.path("otherOutcomes"), "measure"))
                .isEqualTo(x.all("/clinical_study/other_outcome/measure"));
        s.assertThat(texts(om.path("primaryOutcomes"), "timeFrame"))
                .isEqualTo(x.all("/clinical_study/primary_outcome/time_frame"));

        // eligibility
        JsonNode el = ps.path("eligibilityModule");
        String ex = "/clinical_study/eligibility/";
        s.assertThat(words(opt(el, "eligibilityCriteria"))).isEqualTo(xmlWords(x.one(ex + "criteria/textblock")));
        s.assertThat(opt(el, "eligibilityCriteria")).doesNotContain("\r").doesNotStartWith(" ");
        s.assertThat(opt(el, "sex")).isEqualTo(constant(x.one(ex + "gender")));
        s.assertThat(opt(el, "minimumAge")).isEqualTo(na(x.one(ex + "minimum_age")));
        s.assertThat(opt(el, "maximumAge")).isEqualTo(na(x.one(ex + "maximum_age")));
        String hv = x.one(ex + "healthy_volunteers");
        s.assertThat(opt(el, "healthyVolunteers")).isEqualTo(hv == null ? null : String.valueOf(!hv.equals("No")));
        s.assertThat(words(opt(el, "studyPopulation"))).isEqualTo(xmlWords(x.one(ex + "study_pop/textblock")));
        s.assertThat(opt(el, "samplingMethod")).isEqualTo(constant(x.one(ex + "sampling_method")));
        s.assertThat(strings(el.path("stdAges")))
                .isEqualTo(stdAges(x.one(ex + "minimum_age"), x.one(ex + "maximum_age")));

        // contacts and locations
        JsonNode cl = ps.path("contactsLocationsModule");
        s.assertThat(texts(cl.path("centralContacts"), "name"))
                .isEqualTo(concat(
                        x.all("/clinical_study/overall_contact/last_name"),
                        x.all("/clinical_study/overall_contact_backup/last_name")));
        s.assertThat(texts(cl.path("overallOfficials"), "name"))
                .isEqualTo(x.all("/clinical_study/overall_official/last_name"));
        s.assertThat(texts(cl.path("overallOfficials"), "role"))
                .isEqualTo(x.all("/clinical_study/overall_official/role").stream()
                        .map(this::constant)
                        .toList());
        s.assertThat(texts(cl.path("overallOfficials"), "affiliation"))
                .isEqualTo(x.all("/clinical_study/overall_official/affiliation"));
        int nLoc = x.count("/clinical_study/location");
        JsonNode locs = cl.path("locations");
        s.assertThat(locs.size()).isEqualTo(nLoc);
        for (int i = 1; i <= nLoc; i++) {
            String lx = "/clinical_study/location[" + i + "]/";
            JsonNode l = locs.path(i - 1);
            s.assertThat(opt(l, "facility")).isEqualTo(x.one(lx + "facility/name"));
            s.assertThat(opt(l, "city")).isEqualTo(x.one(lx + "facility/address/city"));
            s.assertThat(opt(l, "state")).isEqualTo(x.one(lx + "facility/address/state"));
            s.assertThat(opt(l, "zip")).isEqualTo(x.one(lx + "facility/address/zip"));
            s.assertThat(opt(l, "country")).isEqualTo(x.one(lx + "facility/address/country"));
            s.assertThat(opt(l, "status")).isEqualTo(status(x.one(lx + "status")));
            s.assertThat(l.path("contacts").size())
                    .isEqualTo(x.count(lx + "contact") + x.count(lx + "contact_backup") + x.count(lx + "investigator"));
            s.assertThat(l.has("geoPoint")).isFalse();
            for (int k = 1; k <= x.count(lx + "investigator"); k++) {
                String role = x.one(lx + "investigator[" + k + "]/role");
                String name = x.one(lx + "investigator[" + k + "]/last_name");
                s.assertThat(l.path("contacts").findValuesAsText("name")).contains(name);
                s.assertThat(l.path("contacts").findValuesAsText("role")).contains(constant(role));
            }
        }

        // references and links
        JsonNode rm = ps.path("referencesModule");
        s.assertThat(texts(rm.path("references"), "citation"))
                .isEqualTo(concat(
                        x.all("/clinical_study/reference/citation"),
                        x.all("/clinical_study/results_reference/citation")));
        s.assertThat(texts(rm.path("references"), "pmid"))
                .isEqualTo(concat(
                        x.all("/clinical_study/reference/PMID"), x.all("/clinical_study/results_reference/PMID")));
        s.assertThat(texts(rm.path("seeAlsoLinks"), "url")).isEqualTo(x.all("/clinical_study/link/url"));

        // ipd sharing
        s.assertThat(opt(ps, "ipdSharingStatementModule", "ipdSharing"))
                .isEqualTo(constant(x.one("/clinical_study/patient_data/sharing_ipd")));

        // derived
        JsonNode dv = out.path("derivedSection");
        s.assertThat(texts(dv.path("conditionBrowseModule").path("meshes"), "term"))
                .isEqualTo(x.all("/clinical_study/condition_browse/mesh_term"));
        s.assertThat(texts(dv.path("interventionBrowseModule").path("meshes"), "term"))
                .isEqualTo(x.all("/clinical_study/intervention_browse/mesh_term"));
        s.assertThat(strings(dv.path("miscInfoModule").path("removedCountries")))
                .isEqualTo(x.all("/clinical_study/removed_countries/country"));
        s.assertThat(out.path("hasResults").asBoolean()).isEqualTo(x.count("/clinical_study/clinical_results") == 1);

        s.assertAll();
    }

    // ------------------------------------------------------------------ independent expectations

    /** Generic legacy text -> v2 constant: upper case, runs of non-alphanumerics -> "_". */
    private String constant(String s) {
        if (s == null) return null;
        if (s.equals("N/A")) return "NA";
        if (s.startsWith("None")) return "NONE";
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private String status(String s) {
        return "Unknown status".equals(s) ? "UNKNOWN" : constant(s);
    }

    private String agencyClass(String s) {
        return "U.S. Fed".equals(s) ? "FED" : constant(s);
    }

    private String dateType(String s) {
        if (s == null) return null;
        return s.equals("Actual") ? "ACTUAL" : "ESTIMATED"; // Anticipated, Estimate
    }

    private static List<String> phases(String s) {
        if (s == null) return List.of();
        if (s.equals("N/A")) return List.of("NA");
        List<String> out = new ArrayList<>();
        for (String p : s.split("/"))
            out.add(p.toUpperCase(Locale.ROOT).replace("PHASE ", "PHASE").replace(' ', '_'));
        return out;
    }

    private static String isoDate(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s, DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US))
                    .toString();
        } catch (RuntimeException e) {
            return YearMonth.parse(s, DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US))
                    .toString();
        }
    }

    private static String na(String s) {
        return "N/A".equals(s) ? null : s;
    }

    private static String stripSuffix(String s, String suffix) {
        return s == null ? null : s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static List<String> stdAges(String min, String max) {
        double lo = min == null || min.equals("N/A") ? 0 : toYears(min);
        double hi = max == null || max.equals("N/A") ? 1000 : toYears(max);
        List<String> out = new ArrayList<>();
        if (lo <= 17.999) out.add("CHILD");
        if (lo <= 64.999 && hi >= 18) out.add("ADULT");
        if (hi >= 65) out.add("OLDER_ADULT");
        return out;
    }

    private static double toYears(String age) {
        String[] p = age.split(" ");
        double n = Double.parseDouble(p[0]);
        return switch (p[1].replaceAll("s$", "")) {
            case "Year" -> n;
            case "Month" -> n / 12;
            case "Week" -> n / 52.1775;
            case "Day" -> n / 365.25;
            case "Hour" -> n / 8766;
            default -> n / 525960;
        };
    }

    /** Words of converted text; a leading "*" list marker corresponds to the XML's "-" marker. */
    static List<String> words(String s) {
        return s == null ? List.of() : List.of(s.strip().split("\\s+"));
    }

    /** Words of the raw XML text with its "-" list markers (line start) written as "*". */
    static List<String> xmlWords(String s) {
        if (s == null) return List.of();
        return List.of(s.replaceAll("(?m)^(\\s*)-  ", "$1* ").strip().split("\\s+"));
    }

    // ------------------------------------------------------------------ helpers

    private static InputStream resource(String nct) {
        InputStream in = LegacyXmlConverterRecordsTest.class.getResourceAsStream("/legacy/" + nct + ".xml");
        assertThat(in).as(nct).isNotNull();
        return in;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private static String opt(JsonNode n, String... path) {
        for (String p : path) n = n.path(p);
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> {
            if (e.has(field)) out.add(e.get(field).asText());
        });
        return out;
    }

    /** XPath access; values are trimmed with CR LF read as LF (the XML's line ends). */
    private static final class X {
        private final Document doc;
        private final XPath xp = XPathFactory.newInstance().newXPath();

        X(Document doc) {
            this.doc = doc;
        }

        List<String> all(String expr) {
            try {
                NodeList nl = (NodeList) xp.evaluate(expr, doc, XPathConstants.NODESET);
                List<String> out = new ArrayList<>();
                for (int i = 0; i < nl.getLength(); i++) {
                    Node n = nl.item(i);
                    String v = n.getTextContent().replace("\r\n", "\n").strip();
                    if (!v.isEmpty()) out.add(v);
                }
                return out;
            } catch (Exception e) {
                throw new IllegalStateException(expr, e);
            }
        }

        String one(String expr) {
            List<String> v = all(expr);
            assertThat(v.size()).as(expr).isLessThanOrEqualTo(1);
            return v.isEmpty() ? null : v.get(0);
        }

        int count(String expr) {
            try {
                return ((Double) xp.evaluate("count(" + expr + ")", doc, XPathConstants.NUMBER)).intValue();
            } catch (Exception e) {
                throw new IllegalStateException(expr, e);
            }
        }
    }
}
