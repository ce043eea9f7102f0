package org.trialfinder.eligibility.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item texts of real records (repository sample and the labelled set), each classified by hand: procedural
 * (for the trial team to settle with the patient) or about the patient's medical facts.
 */
class ProceduralCriteriaTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Fully informed and willing to provide written informed consent for the trial.",
                "Signed informed consent form",
                "Willing to comply with study visits",
                "Able to read and write English",
                "Ability to understand and the willingness to sign a written informed consent document.",
                "Participants who are unable to attend follow-up visits",
                "Lives within 50 miles of the study site",
                "Has access to a smartphone with internet",
                "Employees of the sponsor or of the investigator's site",
                "Subjects who cannot communicate reliably with the investigator",
                "Able to complete the study questionnaires",
                "Patients who are legally detained in an official institution"
            })
    void proceduralTexts(String text) {
        assertThat(ProceduralCriteria.proceduralText(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Any condition that in the opinion of the investigator would interfere",
                "The investigator considers that the subject is not suitable to participate in this clinical study"
                        + " due to any clinical or laboratory abnormalities or compliance problems.",
                "Willing to provide archival tumour tissue or a fresh biopsy",
                "Unable to comply with the protocol because of a psychiatric illness",
                "Pathological confirmed or MRI/ enhanced CT confirmed pelvic recurrence.",
                "Serious electrolyte abnormalities.",
                "Able to swallow oral medication",
                "Must agree to use effective contraception",
                "Participation in another clinical trial with an investigational agent within 30 days",
                "Suspected allergic to any drugs used in the trial.",
                "Measurable disease per RECIST 1.1",
                "Men and women aged 18 to 75 who live in the community",
                "",
            })
    void medicalOrNotAStepTexts(String text) {
        assertThat(ProceduralCriteria.proceduralText(text)).isFalse();
    }
}
