package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * Lists inside items: the parts read one by one and joined as the text says, each with its own span; and
 * every shape where reading the parts apart could say more than the text, left unread.
 */
class ListReaderTest {
    private static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);

    private static void reads(String text, Section section, String expected) {
        Criterion parsed = CriterionParser.parse(text, section);
        assertThat(SAME.equivalent(parsed, Notation.parse(expected)))
                .as("%s%n  parsed   %s%n  expected %s", text, Notation.print(parsed), expected)
                .isTrue();
    }

    private static void unread(String text, Section section) {
        Criterion parsed = CriterionParser.parse(text, section);
        assertThat(parsed.computable())
                .as("%s%n  parsed %s", text, Notation.print(parsed))
                .isFalse();
    }

    // ---- fed by parts -----------------------------------------------------------------------------------

    @Test
    void subItemsJoinAsTheLeadInSaysWithTheUnreadPartKept() {
        List<String> texts =
                List.of("ANC ≥ 1.5 × 10^9/L", "platelets ≥ 100 × 10^9/L", "creatinine clearance by a formula");
        List<Criterion> parts = List.of(
                Notation.parse("lab(ANC) >= 1.5 10*9/L"),
                Notation.parse("lab(PLATELETS) >= 100 10*9/L"),
                new NotComputable(texts.get(2), TextSpan.NONE));
        TextSpan all = new TextSpan(0, 10);
        assertThat(Notation.print(ListReader.subItems(
                        "Adequate organ function within 14 days before enrollment:",
                        Section.INCLUSION,
                        texts,
                        parts,
                        all)))
                .isEqualTo("and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L, not_computable)");
        assertThat(Notation.print(ListReader.subItems(
                        "Any of the following laboratory values:", Section.INCLUSION, texts, parts, all)))
                .isEqualTo("or(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L, not_computable)");
        assertThat(Notation.print(ListReader.subItems("Hematology:", Section.EXCLUSION, texts, parts, all)))
                .as("an exclusion's bare list: any part")
                .startsWith("or(");
        assertThat(Notation.print(ListReader.subItems("None of the following:", Section.INCLUSION, texts, parts, all)))
                .startsWith("not(or(");
    }

    @Test
    void subItemsUnderALeadInThatNarrowsOrNamesATimeForEventsStayUnread() {
        List<String> texts = List.of("ANC ≥ 1.5", "platelets ≥ 100");
        List<Criterion> labs =
                List.of(Notation.parse("lab(ANC) >= 1.5 10*9/L"), Notation.parse("lab(PLATELETS) >= 100 10*9/L"));
        TextSpan all = new TextSpan(0, 10);
        assertThat(ListReader.subItems("For patients with liver metastases:", Section.INCLUSION, texts, labs, all))
                .isNull();
        assertThat(ListReader.subItems("Cohort A:", Section.INCLUSION, texts, labs, all))
                .isNull();
        List<Criterion> events =
                List.of(Notation.parse("diagnosis(myocardial_infarction)"), Notation.parse("diagnosis(stroke)"));
        assertThat(ListReader.subItems(
                        "Any of the following within 6 months:",
                        Section.EXCLUSION,
                        List.of("MI", "stroke"),
                        events,
                        all))
                .as("the window restricts the events: not read apart from them")
                .isNull();
        assertThat(ListReader.subItems("Including:", Section.INCLUSION, List.of("MI", "stroke"), events, all))
                .as("examples never decide an inclusion")
                .isNull();
    }

    @Test
    void theSameLabInTwoPartsIsAnExceptionNotTwoRequirements() {
        List<String> texts = List.of("AST ≤ 2.5 × ULN", "AST ≤ 5 × ULN for patients with liver metastases");
        List<Criterion> parts =
                List.of(Notation.parse("lab(AST) <= 2.5 ULN"), new NotComputable(texts.get(1), TextSpan.NONE));
        assertThat(ListReader.labsOnce(texts, parts)).isFalse();
        assertThat(ListReader.subItems("Hepatic:", Section.INCLUSION, texts, parts, new TextSpan(0, 1)))
                .isNull();
    }

    // ---- whole items ----------------------------------------------------------------------------------

    @Test
    void anOrganFunctionListIsReadPartByPartWithEachPartsSpan() {
        String text = "Adequate organ function: ANC ≥ 1.5×10^9/L; platelets ≥ 100×10^9/L; haemoglobin ≥ 9 g/dL;"
                + " creatinine clearance by Cockcroft-Gault ≥ 50 mL/min";
        Criterion c = CriterionParser.parse(text, Section.INCLUSION);
        assertThat(Notation.print(c))
                .isEqualTo("and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L, lab(HEMOGLOBIN) >= 9 g/dL,"
                        + " not_computable)");
        And and = (And) c;
        LabCheck platelets = (LabCheck) and.parts().get(1);
        assertThat(platelets.span().of(text)).isEqualTo("platelets ≥ 100×10^9/L");
        NotComputable unread = (NotComputable) and.parts().get(3);
        assertThat(unread.span().of(text)).isEqualTo("creatinine clearance by Cockcroft-Gault ≥ 50 mL/min");
        assertThat(c.span()).isEqualTo(new TextSpan(0, text.length()));
    }

    @Test
    void anyOfAllOfAndNestedLists() {
        reads(
                "Meet any of the following: 1. Hematological: ANC ≥ 1.5×10^9/L; platelets ≥ 100×10^9/L;"
                        + " 2. Hepatic: total bilirubin ≤ 1.5 × ULN",
                Section.INCLUSION,
                "or(and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L), lab(BILIRUBIN) <= 1.5 ULN)");
        reads(
                "All of the following: (a) ANC ≥ 1.5×10^9/L (b) platelets ≥ 100×10^9/L",
                Section.EXCLUSION,
                "and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L)");
        reads(
                "Abnormal laboratory values: 1. serum testosterone more than a quarter below normal 2. serum creatinine"
                        + " >3.0 mg/dl. 3. AST and/or ALT >3x the upper limit of normal.",
                Section.EXCLUSION,
                "or(lab(CREATININE) > 3 mg/dL, lab(AST) > 3 ULN, lab(ALT) > 3 ULN, not_computable)");
        reads(
                "Vital organ function within 7 days before enrollment meets the following criteria: i) ANC ≥ 1.5×10^9/L"
                        + " ii) platelets ≥ 100×10^9/L",
                Section.INCLUSION,
                "and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L)");
    }

    @Test
    void aContinuationIsReadWithThePartBeforeIt() {
        // "; or CrCl ≥ 60" is an alternative to creatinine only, never to the whole list
        reads(
                "Adequate organ function: platelets ≥ 100×10^9/L; creatinine ≤ 1.5 mg/dL; or creatinine clearance ≥ 60"
                        + " mL/min",
                Section.INCLUSION,
                "and(lab(PLATELETS) >= 100 10*9/L, or(lab(CREATININE) <= 1.5 mg/dL,"
                        + " lab(CREATININE_CLEARANCE) >= 60 mL/min))");
    }

    @Test
    void shapesWhereThePartsMayChangeOneAnotherStayUnread() {
        // an exception to another part
        unread(
                "Adequate organ function: AST ≤ 2.5 × ULN; AST ≤ 5 × ULN for patients with liver metastases;"
                        + " platelets ≥ 100×10^9/L",
                Section.INCLUSION);
        // an unread part relaxing the others
        unread(
                "Active hepatitis B or hepatitis C. Patients whose disease is controlled under antiviral therapy should"
                        + " not be excluded.",
                Section.EXCLUSION);
        unread(
                "Platelets ≥ 100×10^9/L; values below may be accepted at the investigator's discretion",
                Section.INCLUSION);
        // a requirement inside an exclusion list says the opposite there
        unread("Positive pregnancy test; females must not be pregnant at enrollment", Section.EXCLUSION);
        // a part introducing what the list does not hold
        unread(
                "A male participant must agree to use contraception as detailed in Appendix 3 of this protocol during"
                        + " the treatment period and refrain from donating sperm during this period. Female participants:",
                Section.INCLUSION);
        // a window closing the list may apply to every part
        unread(
                "Any of the following: myocardial infarction; frequent seizures of any kind; stroke within 6 months",
                Section.EXCLUSION);
        // a lead-in naming a population
        unread("Participants enrolled in the expansion part: AST ≤ 5 × ULN; ALT ≤ 5 × ULN", Section.INCLUSION);
        // without a heading the polarity is unknown
        unread("Known allergy to contrast material. Currently pregnant.", Section.UNSPECIFIED);
        // a definition the parts after it may belong to
        unread(
                "Unstable brain metastases, defined as CNS complications requiring urgent treatment; patients who"
                        + " received radiotherapy within 14 days",
                Section.EXCLUSION);
    }

    @Test
    void anItemReadWholeIsNotSplit() {
        // the whole reading stands: the list stage is only for items that cannot be read as a whole
        reads(
                "ANC ≥ 1.5×10^9/L; platelets ≥ 100×10^9/L",
                Section.INCLUSION,
                "and(lab(ANC) >= 1.5 10*9/L, lab(PLATELETS) >= 100 10*9/L)");
    }
}
