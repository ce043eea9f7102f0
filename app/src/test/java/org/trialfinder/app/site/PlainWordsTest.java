package org.trialfinder.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.protocol.EnrollmentInfo;
import org.trialfinder.model.protocol.MaskingInfo;
import org.trialfinder.model.vocab.AgencyClass;
import org.trialfinder.model.vocab.ArmGroupType;
import org.trialfinder.model.vocab.DesignAllocation;
import org.trialfinder.model.vocab.DesignMasking;
import org.trialfinder.model.vocab.EnrollmentType;
import org.trialfinder.model.vocab.InterventionType;
import org.trialfinder.model.vocab.InterventionalAssignment;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.PrimaryPurpose;
import org.trialfinder.model.vocab.RecruitmentStatus;
import org.trialfinder.model.vocab.Sex;
import org.trialfinder.model.vocab.StudyType;
import org.trialfinder.model.vocab.WhoMasked;

class PlainWordsTest {

    @Test
    void statusesInTheReferenceWords() {
        assertThat(PlainWords.status(OverallStatus.RECRUITING)).isEqualTo("Enrolling");
        assertThat(PlainWords.status(OverallStatus.NOT_YET_RECRUITING)).isEqualTo("Not yet enrolling");
        assertThat(PlainWords.status(OverallStatus.ENROLLING_BY_INVITATION)).isEqualTo("Enrolling by invitation");
        assertThat(PlainWords.status(OverallStatus.ACTIVE_NOT_RECRUITING)).isEqualTo("Active, not enrolling");
        assertThat(PlainWords.status(OverallStatus.COMPLETED)).isEqualTo("Completed");
        assertThat(PlainWords.status(OverallStatus.UNKNOWN)).isEqualTo("Status unknown");
        assertThat(PlainWords.status(OverallStatus.NO_LONGER_AVAILABLE)).isEqualTo("No longer available");
        assertThat(PlainWords.status(RecruitmentStatus.RECRUITING)).isEqualTo("Enrolling");
        for (OverallStatus s : OverallStatus.values()) {
            assertThat(PlainWords.status(s)).doesNotContain("_").isNotBlank();
        }
    }

    @Test
    void phasesTreatmentsAndGroups() {
        assertThat(PlainWords.phases(List.of(Phase.PHASE2))).isEqualTo("Phase 2");
        assertThat(PlainWords.phases(List.of(Phase.PHASE1, Phase.PHASE2))).isEqualTo("Phase 1/Phase 2");
        assertThat(PlainWords.phases(List.of(Phase.EARLY_PHASE1))).isEqualTo("Early Phase 1");
        assertThat(PlainWords.phases(List.of(Phase.NA))).isNull();
        assertThat(PlainWords.phases(null)).isNull();
        assertThat(PlainWords.treatment(InterventionType.DRUG, "Oxaliplatin")).isEqualTo("Drug: Oxaliplatin");
        assertThat(PlainWords.interventionType(InterventionType.DIETARY_SUPPLEMENT))
                .isEqualTo("Dietary Supplement");
        assertThat(PlainWords.interventionType(InterventionType.COMBINATION_PRODUCT))
                .isEqualTo("Combination Product");
        assertThat(PlainWords.interventionType(InterventionType.DIAGNOSTIC_TEST))
                .isEqualTo("Diagnostic Test");
        assertThat(PlainWords.groupType(ArmGroupType.EXPERIMENTAL)).isEqualTo("Experimental group");
        assertThat(PlainWords.groupType(ArmGroupType.ACTIVE_COMPARATOR)).isEqualTo("Active comparator group");
        assertThat(PlainWords.groupType(ArmGroupType.NO_INTERVENTION)).isEqualTo("No intervention group");
    }

    @Test
    void designWords() {
        assertThat(PlainWords.allocation(DesignAllocation.NA)).isEqualTo("N/A");
        assertThat(PlainWords.allocation(DesignAllocation.NON_RANDOMIZED)).isEqualTo("Non-Randomized");
        assertThat(PlainWords.interventionModel(InterventionalAssignment.SINGLE_GROUP))
                .isEqualTo("Single Group Assignment");
        assertThat(PlainWords.interventionModel(InterventionalAssignment.CROSSOVER))
                .isEqualTo("Crossover Assignment");
        assertThat(PlainWords.masking(new MaskingInfo(DesignMasking.NONE, null, null, Map.of())))
                .isEqualTo("None (Open label)");
        assertThat(PlainWords.masking(new MaskingInfo(
                        DesignMasking.DOUBLE,
                        null,
                        List.of(WhoMasked.PARTICIPANT, WhoMasked.OUTCOMES_ASSESSOR),
                        Map.of())))
                .isEqualTo("Double (Participant, Outcomes assessor)");
        assertThat(PlainWords.masking(new MaskingInfo(DesignMasking.SINGLE, null, null, Map.of())))
                .isEqualTo("Single");
        assertThat(PlainWords.primaryPurpose(PrimaryPurpose.SUPPORTIVE_CARE)).isEqualTo("Supportive Care");
        assertThat(PlainWords.primaryPurpose(PrimaryPurpose.ECT)).isEqualTo("Educational/Counseling/Training");
        assertThat(PlainWords.studyType(StudyType.OBSERVATIONAL, true)).isEqualTo("Observational (patient registry)");
        assertThat(PlainWords.studyType(StudyType.EXPANDED_ACCESS, null)).isEqualTo("Expanded access");
    }

    @Test
    void fundersSexVolunteers() {
        assertThat(PlainWords.funderType(AgencyClass.NIH)).isEqualTo("Government (NIH)");
        assertThat(PlainWords.funderType(AgencyClass.FED)).isEqualTo("Government (other federal)");
        assertThat(PlainWords.funderType(AgencyClass.INDUSTRY)).isEqualTo("Industry");
        assertThat(PlainWords.funderTypes(List.of(AgencyClass.OTHER, AgencyClass.INDUSTRY, AgencyClass.OTHER)))
                .containsExactly("Other", "Industry");
        assertThat(PlainWords.sex(Sex.ALL)).isEqualTo("All");
        assertThat(PlainWords.sex(Sex.FEMALE)).isEqualTo("Female");
        assertThat(PlainWords.healthyVolunteers(false)).isEqualTo("No Healthy Volunteers");
        assertThat(PlainWords.healthyVolunteers(true)).isEqualTo("Accepts Healthy Volunteers");
        assertThat(PlainWords.healthyVolunteers(null)).isNull();
    }

    @Test
    void agesWithTheirUnits() {
        assertThat(PlainWords.ages("18 Years", "75 Years")).isEqualTo("18 to 75 years old");
        assertThat(PlainWords.ages("18 Years", null)).isEqualTo("18+ years old");
        assertThat(PlainWords.ages(null, "17 Years")).isEqualTo("up to 17 years old");
        assertThat(PlainWords.ages("6 Months", "17 Years")).isEqualTo("6 months to 17 years old");
        assertThat(PlainWords.ages("1 Year", null)).isEqualTo("1+ year old");
        assertThat(PlainWords.ages(null, "28 Days")).isEqualTo("up to 28 days old");
        assertThat(PlainWords.ages("2 Weeks", "1 Year")).isEqualTo("2 weeks to 1 year old");
        assertThat(PlainWords.ages(null, null)).isEqualTo("Any age");
        assertThat(PlainWords.ages("N/A", null)).isEqualTo("from N/A");
    }

    @Test
    void enrollmentAndGroups() {
        EnrollmentInfo estimated = new EnrollmentInfo(44, EnrollmentType.ESTIMATED, Map.of());
        assertThat(PlainWords.enrollment(estimated)).isEqualTo("44 estimated patients");
        assertThat(PlainWords.enrollment(new EnrollmentInfo(120, EnrollmentType.ACTUAL, Map.of())))
                .isEqualTo("120 patients enrolled");
        assertThat(PlainWords.enrollment(new EnrollmentInfo(1, EnrollmentType.ACTUAL, Map.of())))
                .isEqualTo("1 patient enrolled");
        assertThat(PlainWords.enrollment(new EnrollmentInfo(null, null, Map.of())))
                .isNull();
        assertThat(PlainWords.participantsInGroups(estimated, 1)).isEqualTo("44 participants in 1 patient group");
        assertThat(PlainWords.participantsInGroups(estimated, 3)).isEqualTo("44 participants in 3 patient groups");
        assertThat(PlainWords.participantsInGroups(null, 2)).isEqualTo("2 patient groups");
    }
}
