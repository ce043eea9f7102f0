package org.trialfinder.search.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.StandardAge;

class FieldCatalogTest {

    private final FieldCatalog catalog = FieldCatalog.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NCTId,                 protocolSection.identificationModule.nctId,                          TEXT,      ",
        "Condition,             protocolSection.conditionsModule.conditions[],                       TEXT,      Condition",
        "LocationCity,          protocolSection.contactsLocationsModule.locations[].city,            TEXT,      Location",
        "LocationGeoPoint,      protocolSection.contactsLocationsModule.locations[].geoPoint,        GEO_POINT, Location",
        "MinimumAge,            protocolSection.eligibilityModule.minimumAge,                        AGE,       ",
        "Phase,                 protocolSection.designModule.phases[],                               ENUM,      Phase",
        "OverallStatus,         protocolSection.statusModule.overallStatus,                          ENUM,      ",
        "LastUpdatePostDate,    protocolSection.statusModule.lastUpdatePostDateStruct.date,          DATE,      ",
        "LeadSponsorName,       protocolSection.sponsorCollaboratorsModule.leadSponsor.name,         TEXT,      ",
        "InterventionName,      protocolSection.armsInterventionsModule.interventions[].name,        TEXT,      Intervention",
        "ConditionMeshTerm,     derivedSection.conditionBrowseModule.meshes[].term,                  TEXT,      ConditionMesh",
        "ConditionAncestorTerm, derivedSection.conditionBrowseModule.ancestors[].term,               TEXT,      ConditionAncestor",
        "StdAge,                protocolSection.eligibilityModule.stdAges[],                         ENUM,      StdAge",
        "HealthyVolunteers,     protocolSection.eligibilityModule.healthyVolunteers,                 BOOLEAN,   ",
        "EnrollmentCount,       protocolSection.designModule.enrollmentInfo.count,                   INTEGER,   ",
        "LocationContactName,   protocolSection.contactsLocationsModule.locations[].contacts[].name,  TEXT,      LocationContact",
        "HasResults,            hasResults,                                                          BOOLEAN,   ",
    })
    void piecesMapToPathsAndTypes(String piece, String path, FieldType type, String listAncestor) {
        FieldDef f = catalog.byPiece(piece).orElseThrow();
        assertThat(f.piece()).isEqualTo(piece);
        assertThat(f.path()).isEqualTo(path);
        assertThat(f.type()).isEqualTo(type);
        if (listAncestor == null) {
            assertThat(f.listAncestor()).isEmpty();
            assertThat(f.isRepeated()).isFalse();
        } else {
            assertThat(f.listAncestor()).map(FieldDef::piece).contains(listAncestor);
            assertThat(f.isRepeated()).isTrue();
        }
        assertThat(catalog.byPiece(piece.toLowerCase())).containsSame(f);
        assertThat(catalog.byPiece(piece.toUpperCase())).containsSame(f);
        assertThat(catalog.byPath(path)).containsSame(f);
        assertThat(catalog.byPath(path.replace("[]", ""))).containsSame(f);
        assertThat(catalog.byPath(f.dottedPath().toUpperCase())).containsSame(f);
    }

    @Test
    void lookupIsCaseInsensitiveAndTakesAlternateNames() {
        assertThat(catalog.byPiece("locationcity")).map(FieldDef::piece).contains("LocationCity");
        assertThat(catalog.byPiece(" nctid ")).map(FieldDef::piece).contains("NCTId");
        assertThat(catalog.byPiece("NCT-ID")).map(FieldDef::piece).contains("NCTId");
        assertThat(catalog.byPiece("gender")).map(FieldDef::piece).contains("Sex");
        assertThat(catalog.byPiece("nope")).isEmpty();
        assertThat(catalog.byPath("protocolSection.identificationModule.briefTitle"))
                .map(FieldDef::piece)
                .contains("BriefTitle");
        assertThat(catalog.resolve("protocolSection.statusModule.overallStatus"))
                .map(FieldDef::piece)
                .contains("OverallStatus");
        assertThat(catalog.resolve("Overall-Status")).map(FieldDef::piece).contains("OverallStatus");
    }

    @Test
    void enumPiecesCarryTheirVocabulary() {
        FieldDef status = catalog.byPiece("OverallStatus").orElseThrow();
        assertThat(status.enumType()).isEqualTo("Status");
        assertThat(status.enumClass()).contains(OverallStatus.class);
        assertThat(status.enumValues())
                .contains("RECRUITING", "NOT_YET_RECRUITING", "UNKNOWN")
                .hasSize(14);
        assertThat(status.typeName()).isEqualTo("Status");
        FieldDef phase = catalog.byPiece("Phase").orElseThrow();
        assertThat(phase.enumClass()).contains(Phase.class);
        assertThat(phase.typeName()).isEqualTo("Phase[]");
        assertThat(phase.isList()).isTrue();
        assertThat(catalog.byPiece("StdAge").orElseThrow().enumClass()).contains(StandardAge.class);
        FieldDef paramType = catalog.byPiece("BaselineMeasureParamType").orElseThrow();
        assertThat(paramType.isEnum()).isTrue();
        assertThat(paramType.enumClass()).isEmpty();
        assertThat(paramType.enumValues()).contains("MEAN", "COUNT_OF_PARTICIPANTS");
    }

    @Test
    void branchesReturnTheirDescendants() {
        FieldDef protocol = catalog.byPiece("ProtocolSection").orElseThrow();
        assertThat(protocol.isBranch()).isTrue();
        assertThat(protocol.path()).isEqualTo("protocolSection");
        FieldDef identification = catalog.byPiece("identificationmodule").orElseThrow();
        assertThat(identification.path()).isEqualTo("protocolSection.identificationModule");
        assertThat(identification.parent()).isSameAs(protocol);
        assertThat(identification.descendants())
                .extracting(FieldDef::piece)
                .contains(
                        "NCTId",
                        "BriefTitle",
                        "OfficialTitle",
                        "Acronym",
                        "OrgStudyIdInfo",
                        "OrgStudyId",
                        "OrgFullName");
        FieldDef eligibility = catalog.byPiece("EligibilityModule").orElseThrow();
        assertThat(eligibility.leaves())
                .extracting(FieldDef::piece)
                .containsExactly(
                        "EligibilityCriteria",
                        "HealthyVolunteers",
                        "Sex",
                        "GenderBased",
                        "GenderDescription",
                        "MinimumAge",
                        "MaximumAge",
                        "StdAge",
                        "StudyPopulation",
                        "SamplingMethod");
        FieldDef location = catalog.byPiece("Location").orElseThrow();
        assertThat(location.isList()).isTrue();
        assertThat(location.path()).isEqualTo("protocolSection.contactsLocationsModule.locations[]");
        assertThat(location.typeName()).isEqualTo("Location[]");
        assertThat(location.descendants())
                .extracting(FieldDef::piece)
                .contains(
                        "LocationFacility",
                        "LocationCity",
                        "LocationState",
                        "LocationZip",
                        "LocationCountry",
                        "LocationStatus",
                        "LocationGeoPoint",
                        "LocationContact",
                        "LocationContactName");
        assertThat(location.contains(catalog.byPiece("LocationContactEMail").orElseThrow()))
                .isTrue();
        assertThat(protocol.contains(catalog.byPiece("ConditionMeshTerm").orElseThrow()))
                .isFalse();
        assertThat(catalog.roots())
                .extracting(FieldDef::name)
                .containsExactly(
                        "protocolSection",
                        "resultsSection",
                        "annotationSection",
                        "documentSection",
                        "derivedSection",
                        "hasResults");
    }

    @Test
    void piecesArePascalCaseAndUnique() {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (FieldDef f : catalog.all()) {
            assertThat(seen.add(f.piece())).as(f.piece()).isTrue();
            assertThat(f.piece()).as(f.path()).matches("[A-Z][A-Za-z0-9]*");
            assertThat(f.isBranch() == !f.children().isEmpty()).as(f.path()).isTrue();
        }
        assertThat(catalog.leaves().size()).isGreaterThan(300);
    }

    @Test
    void suggestsClosePieces() {
        assertThat(catalog.suggestions("LocationCty", 3)).startsWith("LocationCity");
        assertThat(catalog.suggestions("BriefTitel", 3)).contains("BriefTitle");
        assertThat(catalog.suggestions("zzzzzzzzzzzz", 3)).isEmpty();
    }

    /** Every leaf value of every real v2 record lies at a catalog path, and extraction finds it. */
    @Test
    void everyFieldOfTheSampleIsReachableByAPiece() {
        Map<String, Integer> uncovered = new TreeMap<>();
        int studies = 0;
        for (JsonNode study : Samples.v2()) {
            studies++;
            Map<String, Integer> counts = new TreeMap<>();
            walk(study, "", counts);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String path = e.getKey();
                if (path.startsWith("protocolSection.contactsLocationsModule.locations_nested")) {
                    continue; // not a v2 field: some exporters add it (see the model's ContactsLocationsModule)
                }
                FieldDef f = catalog.covering(path).orElse(null);
                boolean leaf = f != null && f.isLeaf() && (f.path().equals(path) || f.type() == FieldType.GEO_POINT);
                if (!leaf) {
                    uncovered.merge(path, 1, Integer::sum);
                    continue;
                }
                if (f.type() != FieldType.GEO_POINT) {
                    assertThat(FieldValues.extract(study, f)).as(path).hasSize(e.getValue());
                }
            }
        }
        assertThat(studies).isEqualTo(1492);
        assertThat(uncovered).isEmpty();
    }

    private static void walk(JsonNode node, String path, Map<String, Integer> counts) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), counts);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) walk(element, path + "[]", counts);
        } else if (!node.isNull()) {
            counts.merge(path, 1, Integer::sum);
        }
    }
}
