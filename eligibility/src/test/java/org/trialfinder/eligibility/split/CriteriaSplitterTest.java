package org.trialfinder.eligibility.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CriteriaSplitterTest {

    @Test
    void numberedItemsUnderHeadingsWithEscapesRemovedAndSpansKept() {
        String text = "Inclusion Criteria:\n\n1. Patient is 18-75 years old.\n2. ECOG performance status 0-1.\n\n"
                + "Exclusion Criteria:\n\n1. Neutrophil \\< 1.5×10^9/L, PLT \\< 75×10^9/L.\n2. TBIL \\> 1.5 ULN.\n";
        SplitCriteria split = CriteriaSplitter.split(text);
        assertThat(split.headings())
                .extracting(CriteriaHeading::section)
                .containsExactly(Section.INCLUSION, Section.EXCLUSION);
        assertThat(split.items(Section.INCLUSION))
                .extracting(CriterionItem::index, CriterionItem::text)
                .containsExactly(
                        Tuple.tuple("1", "Patient is 18-75 years old."),
                        Tuple.tuple("2", "ECOG performance status 0-1."));
        CriterionItem neutrophil = split.find(Section.EXCLUSION, "1");
        assertThat(neutrophil.text()).isEqualTo("Neutrophil < 1.5×10^9/L, PLT < 75×10^9/L.");
        assertThat(neutrophil.span().of(text)).isEqualTo("1. Neutrophil \\< 1.5×10^9/L, PLT \\< 75×10^9/L.");
        int lt = neutrophil.text().indexOf('<');
        assertThat(neutrophil.sourceSpan(lt, lt + 5).of(text)).isEqualTo("\\< 1.5");
    }

    @Test
    void headingSpellings() {
        for (String heading : List.of(
                "Inclusion Criteria:",
                "INCLUSION CRITERIA",
                "Key Inclusion Criteria:",
                "Main inclusion criteria",
                "Criteria for inclusion:",
                "Inclusion:",
                "**Inclusion Criteria:**",
                "Inclusion criteria were as follows:",
                "Patients will be included if they meet all of the following:",
                // spellings the trial page's own splitter knew (the page now uses this one)
                "Inclusion Criteria for Part A:",
                "### Inclusion Criteria",
                "Main inclusion criterion:",
                "INCLUSION CRITERIA - PART 1",
                "Inclusion criteria (all participants)",
                "Inclusion Criteria for the extension phase")) {
            SplitCriteria split = CriteriaSplitter.split(heading + "\n\n* Age 18 or older");
            assertThat(split.headings()).as(heading).hasSize(1);
            assertThat(split.items())
                    .as(heading)
                    .singleElement()
                    .extracting(CriterionItem::section)
                    .isEqualTo(Section.INCLUSION);
        }
        for (String heading : List.of(
                "Exclusion Criteria:",
                "EXCLUSION CRITERIA:",
                "Key Exclusion Criteria",
                "Exclusion:",
                "Non-inclusion Criteria:",
                "Patients will be excluded if they have any of the following:",
                "Other exclusion criteria:",
                "Criteria for exclusion",
                "Exclusion Criteria for cohort B:",
                "Exclusion Criteria (Cohort 2)")) {
            SplitCriteria split =
                    CriteriaSplitter.split("Inclusion Criteria:\n* Adults\n\n" + heading + "\n\n* Pregnancy");
            assertThat(split.items(Section.EXCLUSION))
                    .as(heading)
                    .extracting(CriterionItem::text)
                    .containsExactly("Pregnancy");
        }
    }

    @Test
    void sentencesMentioningCriteriaAreItemsNotHeadings() {
        SplitCriteria split =
                CriteriaSplitter.split("Inclusion Criteria:\n\n* Patient meets the inclusion criteria for trial entry\n"
                        + "* Other inclusion and exclusion criteria may apply.\n"
                        + "* Exclusion of other cancers\n"
                        + "* Inclusion in another trial\n"
                        + "* Inclusion (see protocol) of minors\n"
                        + "* Exclusion criteria for the parent study must be met\n"
                        + "* Patients meeting any exclusion criteria of the parent study will be excluded from this "
                        + "study because of safety");
        assertThat(split.headings()).hasSize(1);
        assertThat(split.items(Section.INCLUSION)).hasSize(7);
    }

    @Test
    void nestedListsAreChildrenAndNotesAttach() {
        String text =
                "Inclusion Criteria:\n\n* Adequate organ function:\n  * ANC ≥ 1.5 x 10^9/L\n  * Platelets ≥ 100 x 10^9/L\n"
                        + "* Measurable disease\n\nNote: per RECIST 1.1\n\nExclusion Criteria:\n\n1. Cardiac disease, any of:\n"
                        + "   a. MI within 6 months\n   b. NYHA class III or IV\n2. HIV";
        SplitCriteria split = CriteriaSplitter.split(text);
        List<CriterionItem> inclusion = split.items(Section.INCLUSION);
        assertThat(inclusion)
                .extracting(CriterionItem::text)
                .containsExactly("Adequate organ function:", "Measurable disease");
        assertThat(inclusion.get(0).children())
                .extracting(CriterionItem::index, CriterionItem::text)
                .containsExactly(
                        Tuple.tuple("1.1", "ANC ≥ 1.5 x 10^9/L"), Tuple.tuple("1.2", "Platelets ≥ 100 x 10^9/L"));
        assertThat(inclusion.get(1).notes()).containsExactly("Note: per RECIST 1.1");
        assertThat(split.find(Section.EXCLUSION, "1.b").text()).isEqualTo("NYHA class III or IV");
        assertThat(split.find(Section.EXCLUSION, "2").text()).isEqualTo("HIV");
    }

    @Test
    void leadInFollowedByOtherMarkerKindAtSameIndentIsAParent() {
        String text =
                "Inclusion Criteria:\n1. Adequate bone marrow function:\na. ANC >= 1500/mm3\nb. Platelets >= 100000/mm3\n2. Age >= 18";
        SplitCriteria split = CriteriaSplitter.split(text);
        assertThat(split.items()).extracting(CriterionItem::index).containsExactly("1", "2");
        assertThat(split.find(Section.INCLUSION, "1.a").text()).isEqualTo("ANC >= 1500/mm3");
    }

    @Test
    void bulletKindsAndParenthesisedNumbers() {
        String text = "Inclusion Criteria:\n- first\n• second\n· third\n(4) fourth\n5) fifth";
        assertThat(CriteriaSplitter.split(text).items())
                .extracting(CriterionItem::index, CriterionItem::text)
                .containsExactly(
                        Tuple.tuple("1", "first"),
                        Tuple.tuple("2", "second"),
                        Tuple.tuple("3", "third"),
                        Tuple.tuple("4", "fourth"),
                        Tuple.tuple("5", "fifth"));
    }

    @Test
    void noHeadingsAtAllIsUnspecified() {
        SplitCriteria split = CriteriaSplitter.split("Adults aged 18 or older\nWilling to sign consent");
        assertThat(split.items()).extracting(CriterionItem::section).containsOnly(Section.UNSPECIFIED);
        assertThat(split.items()).hasSize(2);
    }

    @Test
    void headingWithInlineFirstItem() {
        SplitCriteria split =
                CriteriaSplitter.split("Inclusion Criteria: adults over 18\n\nExclusion Criteria: pregnancy");
        assertThat(split.items(Section.INCLUSION))
                .extracting(CriterionItem::text)
                .containsExactly("adults over 18");
        assertThat(split.items(Section.EXCLUSION))
                .extracting(CriterionItem::text)
                .containsExactly("pregnancy");
    }

    @Test
    void legacyWrappedIndentedText() {
        String text =
                "\r\n        Inclusion Criteria:\r\n\r\n          -  Pregnant mothers of the Phillips neighborhood in Minneapolis, Minnesota. Subject\r\n"
                        + "             recruitment will take place in local clinics\r\n\r\n          -  Second item\r\n\r\n"
                        + "        Exclusion Criteria:\r\n\r\n          -  None\r\n      ";
        SplitCriteria split = CriteriaSplitter.split(text);
        assertThat(split.items(Section.INCLUSION))
                .extracting(CriterionItem::text)
                .containsExactly(
                        "Pregnant mothers of the Phillips neighborhood in Minneapolis, Minnesota. Subject recruitment will take place in local clinics",
                        "Second item");
        assertThat(split.items(Section.EXCLUSION))
                .extracting(CriterionItem::text)
                .containsExactly("None");
    }

    @Test
    void emptyAndNull() {
        assertThat(CriteriaSplitter.split(null).items()).isEmpty();
        assertThat(CriteriaSplitter.split("  \n ").items()).isEmpty();
    }
}
