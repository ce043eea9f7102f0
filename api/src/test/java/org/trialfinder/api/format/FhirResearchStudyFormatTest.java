package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchStudy.ResearchStudyStatus;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.format.SampleStudies.Sample;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;

class FhirResearchStudyFormatTest {

    private static final FhirResearchStudyFormat FHIR = FhirResearchStudyFormat.instance();

    /** Renders to JSON and parses it back with HAPI: what a FHIR client would see. */
    private static ResearchStudy roundTrip(Sample sample) {
        String json = FHIR.toJson(sample.study());
        assertThat(json).startsWith("{\"resourceType\":\"ResearchStudy\"");
        return FhirResearchStudyFormat.context().newJsonParser().parseResource(ResearchStudy.class, json);
    }

    @Test
    void tracer() {
        ResearchStudy rs = roundTrip(SampleStudies.tracer());

        assertThat(rs.getIdElement().getIdPart()).isEqualTo("NCT06751394");
        assertThat(rs.getTitle())
                .isEqualTo("Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal Cancer");
        assertThat(rs.getStatus()).isEqualTo(ResearchStudyStatus.APPROVED);
        assertThat(rs.getIdentifier())
                .extracting(
                        Identifier::getSystem,
                        Identifier::getValue,
                        i -> i.getUse().toCode())
                .containsExactly(
                        Tuple.tuple("https://clinicaltrials.gov", "NCT06751394", "official"),
                        Tuple.tuple(null, "2024ZSLYEC-684", "usual"));
        assertThat(rs.getIdentifier().get(1).getAssigner().getDisplay()).isEqualTo("Sun Yat-sen University");
        assertThat(rs.getPhase().getCodingFirstRep().getSystem())
                .isEqualTo("http://terminology.hl7.org/CodeSystem/research-study-phase");
        assertThat(rs.getPhase().getCodingFirstRep().getCode()).isEqualTo("phase-2");
        assertThat(rs.getCategoryFirstRep().getText()).isEqualTo("Interventional");
        assertThat(rs.getPrimaryPurposeType().getCodingFirstRep().getCode()).isEqualTo("treatment");
        assertThat(rs.getDescription()).startsWith("The study is a prospective, single-center");
        assertThat(rs.getFocus())
                .extracting(CodeableConcept::getText)
                .contains("Drug: Oxaliplatin", "Procedure: surgery", "Radiation: Radiation");
        // the condition, and the MeSH term of the derived section (a different name) after it
        assertThat(rs.getCondition())
                .extracting(CodeableConcept::getText)
                .containsExactly("Recurrent Rectal Cancer", "Rectal Neoplasms");
        assertThat(rs.getCondition().get(1).getCodingFirstRep())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly("https://www.nlm.nih.gov/mesh", "D012004");
        assertThat(rs.getArm()).singleElement().satisfies(arm -> {
            assertThat(arm.getName()).isEqualTo("Group A");
            assertThat(arm.getType().getText()).isEqualTo("Experimental");
            assertThat(arm.getDescription()).startsWith("The patients will receive 2 cycles");
        });
        assertThat(rs.getObjective()).hasSize(7);
        assertThat(rs.getObjectiveFirstRep().getName()).isEqualTo("pathological complete response (pCR) rate");
        assertThat(rs.getObjectiveFirstRep().getType().getCodingFirstRep().getCode())
                .isEqualTo("primary");
        assertThat(rs.getObjective().get(1).getType().getCodingFirstRep().getCode())
                .isEqualTo("secondary");
        assertThat(rs.getContact())
                .singleElement()
                .satisfies(c -> assertThat(c.getName()).isEqualTo("Xiaojian Wu"));
        assertThat(rs.getLocation()).extracting(CodeableConcept::getText).containsExactly("China");
        assertThat(rs.getRelatedArtifact())
                .anySatisfy(a -> assertThat(a.getUrl()).isEqualTo("https://clinicaltrials.gov/study/NCT06751394"));
        assertThat(rs.hasMeta()).isFalse(); // no last-update date in this reconstructed record
        assertThat(rs.hasPeriod()).isFalse();

        Organization sponsor = (Organization) contained(rs, rs.getSponsor());
        assertThat(sponsor.getName()).isEqualTo("Sun Yat-sen University");
        Group enrollment = (Group) contained(rs, rs.getEnrollmentFirstRep());
        assertThat(enrollment.getQuantity()).isEqualTo(44);
        assertThat(enrollment.getActual()).isFalse(); // ESTIMATED
        assertThat(enrollment.getType()).isEqualTo(Group.GroupType.PERSON);

        assertThat(rs.getSite()).singleElement().satisfies(ref -> {
            Location site = (Location) contained(rs, ref);
            assertThat(site.getName()).isEqualTo("Sun Yat-sen University");
            assertThat(site.getAddress().getCity()).isEqualTo("Guangzhou");
            assertThat(site.getAddress().getState()).isEqualTo("Guangdong");
            assertThat(site.getAddress().getCountry()).isEqualTo("China");
            assertThat(site.getPosition().getLatitude()).isEqualByComparingTo("23.11667");
            assertThat(site.getPosition().getLongitude()).isEqualByComparingTo("113.25");
        });
    }

    @Test
    void sitesWithPositionsDatesAndLastUpdated() {
        Sample sample = SampleStudies.all().stream()
                .filter(s -> s.json()
                                .at("/protocolSection/contactsLocationsModule/locations")
                                .size()
                        > 5)
                .findFirst()
                .orElseThrow();
        JsonNode status = sample.json().at("/protocolSection/statusModule");
        JsonNode locations = sample.json().at("/protocolSection/contactsLocationsModule/locations");

        ResearchStudy rs = roundTrip(sample);

        assertThat(rs.getSite()).hasSize(locations.size());
        for (int i = 0; i < locations.size(); i++) {
            JsonNode expected = locations.get(i);
            Location site = (Location) contained(rs, rs.getSite().get(i));
            assertThat(site.getName()).isEqualTo(expected.path("facility").asText(null));
            assertThat(site.getAddress().getCity())
                    .isEqualTo(expected.path("city").asText(null));
            assertThat(site.getAddress().getPostalCode())
                    .isEqualTo(expected.path("zip").asText(null));
            assertThat(site.getAddress().getCountry())
                    .isEqualTo(expected.path("country").asText(null));
            if (expected.has("geoPoint")) {
                assertThat(site.getPosition().getLatitude())
                        .isEqualByComparingTo(
                                new BigDecimal(expected.at("/geoPoint/lat").asText()));
                assertThat(site.getPosition().getLongitude())
                        .isEqualByComparingTo(
                                new BigDecimal(expected.at("/geoPoint/lon").asText()));
            } else {
                assertThat(site.hasPosition()).isFalse();
            }
        }
        assertThat(rs.getPeriod().getStartElement().getValueAsString())
                .isEqualTo(status.at("/startDateStruct/date").asText());
        assertThat(rs.getPeriod().getEndElement().getValueAsString())
                .isEqualTo(status.at("/completionDateStruct/date").asText());
        assertThat(rs.getMeta().getLastUpdatedElement().getValueAsString())
                .startsWith(status.at("/lastUpdatePostDateStruct/date").asText() + "T00:00:00");
    }

    @Test
    void statusMappingForEveryOverallStatus() {
        Map<OverallStatus, ResearchStudyStatus> expected = new EnumMap<>(Map.ofEntries(
                Map.entry(OverallStatus.RECRUITING, ResearchStudyStatus.ACTIVE),
                Map.entry(OverallStatus.ENROLLING_BY_INVITATION, ResearchStudyStatus.ACTIVE),
                Map.entry(OverallStatus.AVAILABLE, ResearchStudyStatus.ACTIVE),
                Map.entry(OverallStatus.NOT_YET_RECRUITING, ResearchStudyStatus.APPROVED),
                Map.entry(OverallStatus.ACTIVE_NOT_RECRUITING, ResearchStudyStatus.CLOSEDTOACCRUAL),
                Map.entry(OverallStatus.COMPLETED, ResearchStudyStatus.COMPLETED),
                Map.entry(OverallStatus.APPROVED_FOR_MARKETING, ResearchStudyStatus.COMPLETED),
                Map.entry(OverallStatus.SUSPENDED, ResearchStudyStatus.TEMPORARILYCLOSEDTOACCRUAL),
                Map.entry(OverallStatus.TEMPORARILY_NOT_AVAILABLE, ResearchStudyStatus.TEMPORARILYCLOSEDTOACCRUAL),
                Map.entry(OverallStatus.TERMINATED, ResearchStudyStatus.ADMINISTRATIVELYCOMPLETED),
                Map.entry(OverallStatus.NO_LONGER_AVAILABLE, ResearchStudyStatus.CLOSEDTOACCRUALANDINTERVENTION),
                Map.entry(OverallStatus.WITHDRAWN, ResearchStudyStatus.WITHDRAWN),
                Map.entry(OverallStatus.WITHHELD, ResearchStudyStatus.INREVIEW),
                Map.entry(OverallStatus.UNKNOWN, ResearchStudyStatus.INREVIEW)));
        assertThat(expected.keySet()).containsExactlyInAnyOrder(OverallStatus.values());

        for (OverallStatus status : OverallStatus.values()) {
            ObjectNode json = SampleStudies.tracer().copy();
            ObjectNode statusModule = (ObjectNode) json.at("/protocolSection/statusModule");
            statusModule.put("overallStatus", status.name());
            if (status == OverallStatus.UNKNOWN) {
                statusModule.put("lastKnownStatus", "RECRUITING");
            }
            ResearchStudy rs = roundTrip(SampleStudies.of(json));

            assertThat(rs.getStatus()).as(status.name()).isEqualTo(expected.get(status));
            assertThat(rs.getNoteFirstRep().getText())
                    .as(status.name())
                    .startsWith("ClinicalTrials.gov overall status: " + status.name());
        }
        assertThat(FhirResearchStudyFormat.status(null, null)).isEqualTo(ResearchStudyStatus.INREVIEW);
    }

    @Test
    void unknownStatusIsNeverActiveAndKeepsTheLastKnownStatusInTheNote() {
        Sample unknown = SampleStudies.all().stream()
                .filter(s -> "UNKNOWN"
                                .equals(s.json()
                                        .at("/protocolSection/statusModule/overallStatus")
                                        .asText())
                        && "RECRUITING"
                                .equals(s.json()
                                        .at("/protocolSection/statusModule/lastKnownStatus")
                                        .asText()))
                .findFirst()
                .orElseThrow();

        ResearchStudy rs = roundTrip(unknown);

        assertThat(rs.getStatus()).isEqualTo(ResearchStudyStatus.INREVIEW);
        assertThat(rs.getNoteFirstRep().getText())
                .isEqualTo("ClinicalTrials.gov overall status: UNKNOWN; last known status: RECRUITING");
    }

    @Test
    void phases() {
        assertThat(code(List.of())).isNull();
        assertThat(code(List.of("NA"))).isEqualTo("n-a");
        assertThat(code(List.of("EARLY_PHASE1"))).isEqualTo("early-phase-1");
        assertThat(code(List.of("PHASE1"))).isEqualTo("phase-1");
        assertThat(code(List.of("PHASE1", "PHASE2"))).isEqualTo("phase-1-phase-2");
        assertThat(code(List.of("PHASE2"))).isEqualTo("phase-2");
        assertThat(code(List.of("PHASE2", "PHASE3"))).isEqualTo("phase-2-phase-3");
        assertThat(code(List.of("PHASE3"))).isEqualTo("phase-3");
        assertThat(code(List.of("PHASE4"))).isEqualTo("phase-4");
    }

    @Test
    void conditionsWithMeshCodesWhereTheDerivedSectionNamesThem() {
        Sample sample = SampleStudies.all().stream()
                .filter(s -> {
                    JsonNode conditions = s.json().at("/protocolSection/conditionsModule/conditions");
                    JsonNode meshes = s.json().at("/derivedSection/conditionBrowseModule/meshes");
                    for (JsonNode c : conditions) {
                        for (JsonNode m : meshes) {
                            if (c.asText().equalsIgnoreCase(m.path("term").asText())) {
                                return true;
                            }
                        }
                    }
                    return false;
                })
                .findFirst()
                .orElseThrow();
        JsonNode conditions = sample.json().at("/protocolSection/conditionsModule/conditions");
        JsonNode meshes = sample.json().at("/derivedSection/conditionBrowseModule/meshes");

        ResearchStudy rs = roundTrip(sample);

        List<String> texts =
                rs.getCondition().stream().map(CodeableConcept::getText).toList();
        assertThat(texts.subList(0, conditions.size()))
                .isEqualTo(phasesOf(conditions)); // the conditions first, as written
        List<String> meshIds = new ArrayList<>();
        rs.getCondition()
                .forEach(c -> c.getCoding().forEach(coding -> {
                    assertThat(coding.getSystem()).isEqualTo("https://www.nlm.nih.gov/mesh");
                    meshIds.add(coding.getCode());
                }));
        List<String> expectedIds = new ArrayList<>();
        meshes.forEach(m -> expectedIds.add(m.path("id").asText()));
        assertThat(meshIds).containsExactlyInAnyOrderElementsOf(expectedIds);
        assertThat(rs.getCondition()).anySatisfy(c -> {
            assertThat(c.hasCoding()).isTrue();
            assertThat(c.getText()).isIn(phasesOf(conditions));
        });
    }

    @Test
    void studiesWithPostedResultsRender() {
        List<Sample> withResults = SampleStudies.all().stream()
                .filter(s -> s.json().has("resultsSection"))
                .toList();
        assertThat(withResults).hasSizeGreaterThan(100);

        for (Sample sample : withResults) {
            ResearchStudy rs = roundTrip(sample);
            assertThat(rs.getIdElement().getIdPart()).isEqualTo(sample.nctId());
            assertThat(rs.getTitle())
                    .isEqualTo(sample.json()
                            .at("/protocolSection/identificationModule/briefTitle")
                            .asText());
        }
    }

    @Test
    void everySampleRecordParsesBackWithItsIdTitleStatusPhaseSitesAndArms() {
        for (Sample sample : SampleStudies.all()) {
            ResearchStudy rs = roundTrip(sample);
            JsonNode p = sample.json().path("protocolSection");
            assertThat(rs.getIdElement().getIdPart()).isEqualTo(sample.nctId());
            assertThat(rs.getIdentifierFirstRep().getValue()).isEqualTo(sample.nctId());
            assertThat(rs.getTitle())
                    .isEqualTo(p.at("/identificationModule/briefTitle").asText());
            assertThat(rs.getStatus())
                    .isEqualTo(FhirResearchStudyFormat.status(
                            OverallStatus.valueOf(
                                    p.at("/statusModule/overallStatus").asText()),
                            null));
            // every contained reference resolves
            for (Reference site : rs.getSite()) {
                assertThat(contained(rs, site)).isInstanceOf(Location.class);
            }
            assertThat(rs.getSite())
                    .hasSize(p.at("/contactsLocationsModule/locations").size());
            assertThat(rs.getArm())
                    .hasSize(p.at("/armsInterventionsModule/armGroups").size());
            JsonNode phases = p.at("/designModule/phases");
            if (phases.isEmpty()) {
                assertThat(rs.hasPhase()).as(sample.nctId()).isFalse();
            } else {
                assertThat(rs.getPhase().getText()).as(sample.nctId()).isEqualTo(ExpectedCsv.joinTexts(phases, "|"));
                assertThat(rs.getPhase().getCodingFirstRep().getCode())
                        .as(sample.nctId())
                        .isEqualTo(code(phasesOf(phases)));
            }
        }
    }

    private static String code(List<String> phases) {
        return FhirResearchStudyFormat.phaseCode(
                phases.stream().map(Phase::valueOf).toList());
    }

    private static List<String> phasesOf(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(p -> out.add(p.asText()));
        return out;
    }

    private static Resource contained(ResearchStudy rs, Reference reference) {
        String ref = reference.getReference();
        assertThat(ref).startsWith("#");
        return rs.getContained().stream()
                .filter(r -> r.getIdElement().getIdPart().equals(ref.substring(1))
                        || r.getId().equals(ref))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no contained " + ref));
    }
}
