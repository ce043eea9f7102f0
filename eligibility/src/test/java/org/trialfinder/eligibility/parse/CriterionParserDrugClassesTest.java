package org.trialfinder.eligibility.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Criteria naming a drug class (issue 12, point 5; notation-12 §2): the ids are those of
 * {@code ../shared/data/drugs/classes.tsv} without their prefix, the notation's own classes where it has one.
 * Expected trees written from the text and the class table, not from the parser.
 */
class CriterionParserDrugClassesTest extends CriterionParserHarness {

    static Stream<Arguments> inclusions() {
        return Stream.of(
                Arguments.of("No prior EGFR-TKI therapy", "not(therapy(class:EGFR_TKI))"),
                Arguments.of("Previous treatment with a platinum based chemotherapy", "therapy(class:PLATINUM)"),
                Arguments.of("No previous treatment with HDAC inhibitors", "not(therapy(class:D056572))"));
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of("Prior treatment with any EGFR tyrosine kinase inhibitor", "therapy(class:EGFR_TKI)"),
                Arguments.of("Previous therapy with any EGFR-TKI", "therapy(class:EGFR_TKI)"),
                Arguments.of("Previously treatment with any kind of EGFR TKI", "therapy(class:EGFR_TKI)"),
                Arguments.of("Prior treatment with HDAC inhibitors", "therapy(class:D056572)"),
                Arguments.of("Prior treatment with drugs targeting MET", "therapy(class:HGF_MET_TARGETED)"),
                Arguments.of("Prior c-MET inhibitors", "therapy(class:HGF_MET_TARGETED)"),
                Arguments.of("Prior anti-PD-1/PD-L1 therapy", "or(therapy(anti_pd1), therapy(anti_pdl1))"),
                Arguments.of("Prior treatment with a PD-1 inhibitor", "therapy(anti_pd1)"),
                Arguments.of("Prior platinum-based chemotherapy", "therapy(class:PLATINUM)"),
                Arguments.of("Prior taxane-based chemotherapy", "therapy(class:TAXANE)"),
                Arguments.of("Treatment with GLP-1 receptor agonists", "therapy(class:D000097789)"),
                Arguments.of("Use of GLP-1 RAs", "therapy(class:D000097789)"),
                Arguments.of("Use of SSRIs", "therapy(class:D017367)"),
                Arguments.of("Use of anti-depressants", "therapy(class:D000928)"),
                Arguments.of("Prior CDK4/6 inhibitor", "therapy(class:CDK46_INHIBITOR)"),
                Arguments.of("Prior treatment with a BTK inhibitor", "therapy(class:BTK_INHIBITOR)"),
                Arguments.of("Treatment with an EGFR-TKI within 7 days", "within(7 d, therapy(class:EGFR_TKI))"),
                Arguments.of("EGFR TKI within 8 days", "within(8 d, therapy(class:EGFR_TKI))"),
                Arguments.of(
                        "Use of any psychotropic drugs in the past 6 months", "within(6 mo, therapy(class:D011619))"),
                Arguments.of("Psychotropic medication started within 30 days", "within(30 d, therapy(class:D011619))"),
                Arguments.of("Systemic anti-tumour therapy within 3 weeks", "within(3 wk, therapy(systemic_therapy))"),
                Arguments.of("Live vaccine within 30 days", "within(30 d, therapy(live_vaccine))"),
                Arguments.of("Anticoagulants", "therapy(anticoagulants)"),
                Arguments.of(
                        "Systemic corticosteroids > 10 mg/day prednisone equivalent",
                        "and(therapy(corticosteroids), not_computable)"),
                Arguments.of(
                        "Use of systemic corticosteroids (> 10 mg/day of prednisone or equivalent) within 14 days",
                        "and(within(14 d, therapy(corticosteroids)), not_computable)"),
                Arguments.of("Treatment with a DOAC", "therapy(class:DOAC)"));
    }

    static Stream<String> unreadable() {
        return Stream.of(
                // a disease state or a test result, not a treatment
                "Platinum-resistant ovarian cancer",
                "Insulin resistance over 1.5 U/kg",
                "Antithrombin III deficiency",
                "EGFR TKI-naive disease",
                "History of hypersensitivity to ACE inhibitors or ARBs",
                "Patients to be treated with PD-1 / PD-L1 inhibitors",
                "Known hypersensitivity to selective serotonin reuptake inhibitors (SSRIs)",
                "Any history of allergic reaction to paclitaxel or other taxanes, or to carboplatin.",
                // the trial's own treatment, not a prior one
                "Fit for protocol platinum-based chemotherapy");
    }
}
