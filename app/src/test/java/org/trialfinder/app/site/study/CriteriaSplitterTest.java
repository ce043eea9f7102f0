package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.site.study.CriteriaSection.Kind;

class CriteriaSplitterTest {

    @Test
    void splitsAtTheUsualHeadings() {
        List<CriteriaSection> s =
                CriteriaSplitter.split("Inclusion Criteria:\n\n* adult\n\nExclusion Criteria:\n\n* pregnant\n");
        assertThat(s).extracting(CriteriaSection::kind).containsExactly(Kind.INCLUSION, Kind.EXCLUSION);
        assertThat(s.get(0).markdown()).isEqualTo("* adult");
        assertThat(s.get(1).markdown()).isEqualTo("* pregnant");
        assertThat(s).noneMatch(CriteriaSection::headingSaysMore);
    }

    @Test
    void recognisesTheSpellingsRecordsUse() {
        for (String heading : List.of(
                "INCLUSION CRITERIA",
                "Inclusion criteria",
                "Key Inclusion Criteria:",
                "**Inclusion Criteria:**",
                "Inclusion Criteria for Part A:",
                "inclusion:",
                "### Inclusion Criteria",
                "Main inclusion criterion:",
                "INCLUSION CRITERIA - PART 1",
                "Inclusion criteria (all participants)",
                "Inclusion Criteria for the extension phase")) {
            assertThat(CriteriaSplitter.headingKind(heading)).as(heading).isEqualTo(Kind.INCLUSION);
        }
        for (String heading : List.of(
                "EXCLUSION CRITERIA:",
                "Exclusion criteria",
                "Key Exclusion Criteria:",
                "Exclusion Criteria for cohort B:",
                "Exclusion Criteria (Cohort 2)")) {
            assertThat(CriteriaSplitter.headingKind(heading)).as(heading).isEqualTo(Kind.EXCLUSION);
        }
        for (String item : List.of(
                "* Exclusion of other cancers",
                "Inclusion in another trial",
                "Exclusion of patients with HIV",
                "Inclusion (see protocol) of minors",
                "1. Exclusion criteria apply to all arms.",
                "Patients meeting any exclusion criteria of the parent study will be excluded from this study because of safety")) {
            assertThat(CriteriaSplitter.headingKind(item)).as(item).isNull();
        }
    }

    @Test
    void keepsTextBeforeAndBetweenHeadingsAndQualifiedHeadings() {
        String text =
                "Participants of study X.\n\nInclusion Criteria for Part A:\n\n1. age 18+\n\nNote for all parts.\n\n"
                        + "Exclusion Criteria:\n\n1. allergy\n";
        List<CriteriaSection> s = CriteriaSplitter.split(text);
        assertThat(s).extracting(CriteriaSection::kind).containsExactly(Kind.GENERAL, Kind.INCLUSION, Kind.EXCLUSION);
        assertThat(s.get(0).markdown()).isEqualTo("Participants of study X.");
        assertThat(s.get(1).markdown()).isEqualTo("1. age 18+\n\nNote for all parts.");
        assertThat(s.get(1).headingSaysMore()).isTrue();
        assertThat(s.get(1).heading()).isEqualTo("Inclusion Criteria for Part A:");
        assertThat(s.get(2).headingSaysMore()).isFalse();
    }

    @Test
    void aTextWithoutHeadingsIsOneGeneralSection() {
        List<CriteriaSection> s = CriteriaSplitter.split("* Women aged 40 to 70\n* Able to walk");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).kind()).isEqualTo(Kind.GENERAL);
        assertThat(s.get(0).heading()).isNull();
        assertThat(s.get(0).markdown()).isEqualTo("* Women aged 40 to 70\n* Able to walk");
        assertThat(CriteriaSplitter.split(null)).isEmpty();
        assertThat(CriteriaSplitter.split("  \n")).isEmpty();
    }
}
