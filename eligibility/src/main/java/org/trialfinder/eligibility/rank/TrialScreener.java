package org.trialfinder.eligibility.rank;

import org.trialfinder.eligibility.patient.PatientProfile;
import org.trialfinder.model.Study;

/** Pre-screens one patient against one trial and sums the result up (the Prescreener, summed up). */
@FunctionalInterface
public interface TrialScreener {
    VerdictSummary screen(PatientProfile patient, Study trial);
}
