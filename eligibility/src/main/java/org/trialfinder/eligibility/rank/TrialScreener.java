package org.trialfinder.eligibility.rank;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.model.Study;

/** Pre-screens a patient against trials and sums each result up ({@link PrescreenerScreener}). */
@FunctionalInterface
public interface TrialScreener {
    VerdictSummary screen(PatientProfile patient, Study trial);

    /** One patient against many trials, in order; an implementation may index the patient once. */
    default List<VerdictSummary> screenAll(PatientProfile patient, List<Study> trials) {
        List<VerdictSummary> out = new ArrayList<>(trials.size());
        for (Study t : trials) {
            out.add(screen(patient, t));
        }
        return out;
    }
}
