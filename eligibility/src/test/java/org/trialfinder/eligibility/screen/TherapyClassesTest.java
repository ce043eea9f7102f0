package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A treatment's classes: the tables' classes with their ancestors (from drugs/classes.tsv), the notation's
 * own classes, and every membership of the hand list kept.
 */
class TherapyClassesTest {

    @Test
    void keepsEveryMembershipOfTheHandList() {
        for (Map.Entry<String, Set<String>> e : TherapyClasses.BY_DRUG.entrySet()) {
            assertThat(TherapyClasses.of(e.getKey())).as(e.getKey()).containsAll(e.getValue());
        }
    }

    @Test
    void aBrandNameHasItsGenericsClassesAndTheirAncestors() {
        // classes.tsv: CUR:EGFR_TKI → CUR:EGFR_TARGETED → MESH:D000970; → MESH:D000092004 (Tyrosine Kinase Inhibitors)
        assertThat(TherapyClasses.of("Tagrisso 80 mg daily"))
                .contains(
                        "drug:osimertinib",
                        "class:EGFR_TKI",
                        "class:EGFR_TARGETED",
                        "class:D000970",
                        "class:D000092004",
                        "targeted_therapy",
                        "systemic_therapy");
        assertThat(TherapyClasses.of("Keytruda"))
                .contains(
                        "drug:pembrolizumab",
                        "class:ANTI_PD1",
                        "class:ANTI_PD1_PDL1",
                        "anti_pd1",
                        "immune_checkpoint_inhibitor",
                        "immunotherapy",
                        "systemic_therapy")
                .doesNotContain("anti_pdl1", "chemotherapy");
        assertThat(TherapyClasses.of("Imfinzi")).contains("drug:durvalumab", "anti_pdl1", "class:ANTI_PD1_PDL1");
    }

    @Test
    void aBrandHasTheMembershipsOfItsGeneric() {
        // drug-classes.tsv: platinol → cisplatin (CUR:PLATINUM, from the MeSH tree); alimta → pemetrexed (hand list)
        assertThat(TherapyClasses.of("Platinol")).contains("drug:cisplatin", "class:PLATINUM", "chemotherapy");
        assertThat(TherapyClasses.of("Alimta 500 mg/m2")).contains("drug:pemetrexed", "chemotherapy");
        assertThat(TherapyClasses.of("Avastin")).contains("drug:bevacizumab", "targeted_therapy");
    }

    @Test
    void everyDrugOfACombinationCounts() {
        assertThat(TherapyClasses.of("carboplatin/pemetrexed"))
                .contains("drug:carboplatin", "drug:pemetrexed", "class:PLATINUM", "class:D005493", "chemotherapy");
        assertThat(TherapyClasses.of("FOLFOX + bevacizumab"))
                .contains(
                        "class:PLATINUM",
                        "class:FLUOROPYRIMIDINE",
                        "class:VEGF_TARGETED",
                        "chemotherapy",
                        "targeted_therapy");
    }

    @Test
    void theNotationsClassesComeFromTheCuratedLayerOnly() {
        // MeSH calls methotrexate an antineoplastic antimetabolite; a patient's RA methotrexate is not chemotherapy
        assertThat(TherapyClasses.of("methotrexate 15 mg weekly"))
                .contains("immunosuppressants", "class:D000964")
                .doesNotContain("chemotherapy", "systemic_therapy");
        assertThat(TherapyClasses.of("Xarelto 20 mg")).contains("drug:rivaroxaban", "class:DOAC", "anticoagulants");
        assertThat(TherapyClasses.of("Zostavax")).contains("live_vaccine", "class:LIVE_VACCINE");
        assertThat(TherapyClasses.of("Shingrix")).doesNotContain("live_vaccine");
        assertThat(TherapyClasses.of("sertraline")).contains("class:D017367", "class:D011619", "class:D000928");
    }

    @Test
    void aSteroidWithALocalRouteIsNotSystemic() {
        assertThat(TherapyClasses.of("prednisone 20 mg daily"))
                .contains("corticosteroids", "class:SYSTEMIC_CORTICOSTEROID", "class:D005938");
        assertThat(TherapyClasses.of("budesonide inhaler"))
                .contains("class:D005938")
                .doesNotContain("corticosteroids", "class:SYSTEMIC_CORTICOSTEROID");
        assertThat(TherapyClasses.of("hydrocortisone cream 1%")).doesNotContain("corticosteroids");
    }

    @Test
    void aDrugOfNoClassHasNone() {
        assertThat(TherapyClasses.of("Xyzzorimab 3 mg/kg")).isEmpty();
        assertThat(TherapyClasses.of("physiotherapy")).isEmpty();
    }

    @Test
    void theReasonNamesTheDrugAndTheClass() {
        assertThat(TherapyClasses.why("Tagrisso 80 mg daily", "class:EGFR_TKI"))
                .isEqualTo(" (osimertinib: EGFR tyrosine kinase inhibitor)");
        assertThat(TherapyClasses.why("carboplatin/pemetrexed", "class:PLATINUM"))
                .isEqualTo(" (carboplatin: platinum compound)");
        assertThat(TherapyClasses.why("Keytruda", "anti_pd1")).isEqualTo(" (pembrolizumab: anti pd1)");
        assertThat(TherapyClasses.describe("class:D011619")).isEqualTo("psychotropic drugs");
        assertThat(TherapyClasses.describe("class:D000067856")).isEqualTo("poly(ADP-ribose) polymerase inhibitors");
        assertThat(TherapyClasses.describe("class:EGFR_TKI")).isEqualTo("EGFR tyrosine kinase inhibitor");
    }
}
