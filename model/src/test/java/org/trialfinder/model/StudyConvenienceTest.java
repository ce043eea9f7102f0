package org.trialfinder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.StudyType;

/** The shortcuts the rest of Trialfinder calls, on a full record and on a bare one. */
class StudyConvenienceTest {

    private static Study sample(String nctId) {
        return StudyJson.parse(SampleRoundTripTest.sample(nctId));
    }

    @Test
    void shortcutsReadTheRightModules() {
        Study study = sample("NCT00867815");

        assertThat(study.nctId()).isEqualTo("NCT00867815");
        assertThat(study.briefTitle())
                .isEqualTo("PDE5 Inhibitor Use and Non-arteritic Anterior Ischemic Optic Neuropathy (NAION)");
        assertThat(study.overallStatus()).isEqualTo(OverallStatus.TERMINATED);
        assertThat(study.studyType()).isEqualTo(StudyType.INTERVENTIONAL);
        assertThat(study.phases()).containsExactly(Phase.PHASE4);
        assertThat(study.conditions()).containsExactly("Anterior Ischemic Optic Neuropathy");
        assertThat(study.lastUpdatePostDate()).contains(LocalDate.of(2019, 1, 23));
        assertThat(study.locations()).hasSize(13);
    }

    @Test
    void countriesAreDistinctInOrderOfFirstSite() {
        assertThat(sample("NCT00867815").countries()).containsExactly("United States", "Australia", "Canada");
    }

    @Test
    void aliasesAreListed() {
        Study study = sample("NCT00470873");

        assertThat(study.nctIdAliases()).isNotEmpty().allMatch(NctId::isCanonical);
    }

    @Test
    void partialLastUpdateDateMeansTheFirstDayOfTheMonth() {
        Study study = StudyJson.parse("""
        {"protocolSection":{"identificationModule":{"nctId":"NCT01234567"},
         "statusModule":{"lastUpdatePostDateStruct":{"date":"2024-12","type":"ACTUAL"}}}}""");

        assertThat(study.lastUpdatePostDate()).contains(LocalDate.of(2024, 12, 1));
    }

    @Test
    void bareRecordGivesEmptyAnswersNotNulls() {
        Study study = StudyJson.parse("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"}}}");

        assertThat(study.nctIdAliases()).isEmpty();
        assertThat(study.phases()).isEmpty();
        assertThat(study.locations()).isEmpty();
        assertThat(study.countries()).isEmpty();
        assertThat(study.conditions()).isEmpty();
        assertThat(study.lastUpdatePostDate()).isEmpty();
        assertThat(study.overallStatus()).isNull();
        assertThat(study.studyType()).isNull();
        assertThat(study.briefTitle()).isNull();
    }

    @Test
    void recordBuiltWithoutProtocolSectionStillAnswers() {
        Study study = new Study(null, null, null, null, null, null, Map.of());

        assertThat(study.nctId()).isNull();
        assertThat(study.phases()).isEmpty();
        assertThat(study.countries()).isEmpty();
    }

    @Test
    void unparseableLastUpdateDateIsEmptyRatherThanAnError() {
        Study study = StudyJson.parse("""
        {"protocolSection":{"identificationModule":{"nctId":"NCT01234567"},
         "statusModule":{"lastUpdatePostDateStruct":{"date":"December 2024"}}}}""");

        assertThat(study.lastUpdatePostDate()).isEmpty();
    }
}
