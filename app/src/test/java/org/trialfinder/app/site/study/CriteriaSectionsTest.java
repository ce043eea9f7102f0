package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.site.study.CriteriaSection.Kind;

class CriteriaSectionsTest {

    @Test
    void splitsAtTheUsualHeadings() {
        List<CriteriaSection> s =
                CriteriaSections.of("Inclusion Criteria:\n\n* adult\n\nExclusion Criteria:\n\n* pregnant\n");
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
            assertThat(kinds("Intro.\n\n" + heading + "\n\n* x\n"))
                    .as(heading)
                    .containsExactly(Kind.GENERAL, Kind.INCLUSION);
        }
        for (String heading : List.of(
                "EXCLUSION CRITERIA:",
                "Exclusion criteria",
                "Key Exclusion Criteria:",
                "Exclusion Criteria for cohort B:",
                "Exclusion Criteria (Cohort 2)")) {
            assertThat(kinds("Intro.\n\n" + heading + "\n\n* x\n"))
                    .as(heading)
                    .containsExactly(Kind.GENERAL, Kind.EXCLUSION);
        }
        for (String item : List.of(
                "* Exclusion of other cancers",
                "Inclusion in another trial",
                "Exclusion of patients with HIV",
                "Inclusion (see protocol) of minors",
                "1. Exclusion criteria apply to all arms.",
                "Patients meeting any exclusion criteria of the parent study will be excluded from this study because of safety")) {
            assertThat(kinds("Inclusion Criteria:\n\n" + item + "\n")).as(item).containsExactly(Kind.INCLUSION);
        }
    }

    private static List<Kind> kinds(String criteria) {
        return CriteriaSections.of(criteria).stream().map(CriteriaSection::kind).toList();
    }

    @Test
    void keepsTextBeforeAndBetweenHeadingsAndQualifiedHeadings() {
        String text =
                "Participants of study X.\n\nInclusion Criteria for Part A:\n\n1. age 18+\n\nNote for all parts.\n\n"
                        + "Exclusion Criteria:\n\n1. allergy\n";
        List<CriteriaSection> s = CriteriaSections.of(text);
        assertThat(s).extracting(CriteriaSection::kind).containsExactly(Kind.GENERAL, Kind.INCLUSION, Kind.EXCLUSION);
        assertThat(s.get(0).markdown()).isEqualTo("Participants of study X.");
        assertThat(s.get(1).markdown()).isEqualTo("1. age 18+\n\nNote for all parts.");
        assertThat(s.get(1).headingSaysMore()).isTrue();
        assertThat(s.get(1).heading()).isEqualTo("Inclusion Criteria for Part A:");
        assertThat(s.get(2).headingSaysMore()).isFalse();
    }

    @Test
    void aHeadingFollowedByTheFirstCriterionOnItsLineKeepsTheCriterion() {
        List<CriteriaSection> s =
                CriteriaSections.of("Inclusion Criteria: age 18 or over\n\nExclusion Criteria:\n\n* pregnant");
        assertThat(s).extracting(CriteriaSection::kind).containsExactly(Kind.INCLUSION, Kind.EXCLUSION);
        assertThat(s.get(0).heading()).isEqualTo("Inclusion Criteria:");
        assertThat(s.get(0).markdown()).isEqualTo("age 18 or over");
    }

    @Test
    void aTextWithoutHeadingsIsOneGeneralSection() {
        List<CriteriaSection> s = CriteriaSections.of("* Women aged 40 to 70\n* Able to walk");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).kind()).isEqualTo(Kind.GENERAL);
        assertThat(s.get(0).heading()).isNull();
        assertThat(s.get(0).markdown()).isEqualTo("* Women aged 40 to 70\n* Able to walk");
        assertThat(CriteriaSections.of(null)).isEmpty();
        assertThat(CriteriaSections.of("  \n")).isEmpty();
    }
}
