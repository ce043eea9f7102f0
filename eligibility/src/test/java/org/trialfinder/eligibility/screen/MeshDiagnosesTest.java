package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.intake.PatientProfileReader;

/**
 * A diagnosis named by MeSH descriptors, decided by the MeSH tree. The expected answers come from the descriptors'
 * tree numbers: Bronchitis, Chronic (C08.381.495.389.500) is under Pulmonary Disease, Chronic Obstructive
 * (C08.381.495.389), Asthma (C08.381.495.108) is not; Diabetes Mellitus, Type 2 (C18.452.394.750.149) is under
 * Diabetes Mellitus (C18.452.394.750); Sleep Apnea, Obstructive (C10.886.425.800.750.800) is under Sleep Wake
 * Disorders (C10.886), and Sleep Initiation and Maintenance Disorders ("insomnia", C10.886.425.800.800) is too;
 * Hypertension (C14.907.489) is under neither; COVID-19 (D000086382) is newer than the tree the thesaurus carries.
 */
class MeshDiagnosesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);

    private static Evaluation evaluate(String criterion, String... conditions) {
        StringBuilder json = new StringBuilder("{\"age\":50");
        if (conditions.length > 0) {
            json.append(",\"conditions\":[");
            for (int i = 0; i < conditions.length; i++) {
                json.append(i == 0 ? "" : ",").append('"').append(conditions[i]).append('"');
            }
            json.append(']');
        }
        json.append('}');
        PatientFacts patient = new PatientFacts(
                new PatientProfileReader(CLOCK).read(json.toString()).profile(), LocalDate.of(2026, 11, 1));
        return new CriterionEvaluator(patient).evaluate(Notation.parse(criterion));
    }

    @Test
    void aConditionUnderTheDescriptorCounts() {
        Evaluation e = evaluate("diagnosis(MESH:D029424)", "hypertension", "chronic bronchitis");
        assertThat(e.truth()).isEqualTo(Truth.TRUE);
        assertThat(e.facts())
                .containsExactly("condition 'chronic bronchitis' counts as Pulmonary Disease, Chronic Obstructive"
                        + " (MeSH D029424)");
        assertThat(evaluate("diagnosis(MESH:D029424)", "COPD").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("diagnosis(MESH:D003920)", "type 2 diabetes").truth())
                .isEqualTo(Truth.TRUE);
        // an abbreviation of one sense is read as its condition
        assertThat(evaluate("diagnosis(MESH:D003920)", "T2DM").truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void aConditionOutsideTheDescriptorDoesNotCount() {
        Evaluation e = evaluate("diagnosis(MESH:D029424)", "asthma", "hypertension");
        assertThat(e.truth()).isEqualTo(Truth.FALSE);
        assertThat(e.facts())
                .containsExactly("Pulmonary Disease, Chronic Obstructive (MeSH D029424) not among the patient's"
                        + " conditions");
    }

    @Test
    void aDisorderOtherThanY() {
        String sleepDisorderOtherThanInsomnia = "diagnosis(MESH:D012893 other_than MESH:D007319)";
        assertThat(evaluate(sleepDisorderOtherThanInsomnia, "insomnia").truth()).isEqualTo(Truth.FALSE);
        assertThat(evaluate(sleepDisorderOtherThanInsomnia, "insomnia", "hypertension")
                        .truth())
                .isEqualTo(Truth.FALSE);
        Evaluation apnoea = evaluate(sleepDisorderOtherThanInsomnia, "insomnia", "obstructive sleep apnea");
        assertThat(apnoea.truth()).isEqualTo(Truth.TRUE);
        assertThat(apnoea.facts().get(0))
                .isEqualTo("condition 'obstructive sleep apnea' counts as Sleep Wake Disorders (MeSH D012893) other"
                        + " than Sleep Initiation and Maintenance Disorders (MeSH D007319)");

        String anyOtherThanAsthma = "diagnosis(any other_than MESH:D001249)";
        assertThat(evaluate(anyOtherThanAsthma, "asthma").truth()).isEqualTo(Truth.FALSE);
        // Status Asthmaticus (C08.381.495.108.500) is a kind of asthma
        assertThat(evaluate(anyOtherThanAsthma, "asthma", "status asthmaticus").truth())
                .isEqualTo(Truth.FALSE);
        assertThat(evaluate(anyOtherThanAsthma, "asthma", "hypertension").truth())
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void whatCannotBePlacedLeavesItUnknownNeverNotMet() {
        // no MeSH condition in the words
        Evaluation unread = evaluate("diagnosis(MESH:D029424)", "asthma", "s/p appendectomy");
        assertThat(unread.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(unread.missing())
                .containsExactly(
                        "whether 's/p appendectomy' is Pulmonary Disease, Chronic" + " Obstructive (MeSH D029424)");
        // a descriptor newer than the tree: where it sits is not known
        assertThat(evaluate("diagnosis(MESH:D012140)", "COVID-19").truth()).isEqualTo(Truth.UNKNOWN);
        // but it is itself
        assertThat(evaluate("diagnosis(MESH:D000086382)", "COVID-19").truth()).isEqualTo(Truth.TRUE);
        // no conditions given: nothing is known of the history
        assertThat(evaluate("diagnosis(MESH:D029424)").truth()).isEqualTo(Truth.UNKNOWN);
        // conditions carry no dates
        assertThat(evaluate("within(6 mo, diagnosis(MESH:D029424))", "COPD").truth())
                .isEqualTo(Truth.UNKNOWN);
        // an unread part never decides alone: absent condition, unread alternative
        assertThat(evaluate("or(diagnosis(MESH:D029424), not_computable)", "asthma")
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
    }
}
