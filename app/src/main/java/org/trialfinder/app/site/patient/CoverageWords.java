package org.trialfinder.app.site.patient;

import org.trialfinder.eligibility.screen.Coverage;

/**
 * How much of a trial's criteria was decided, in a sentence a patient or a nurse reads next to the verdict,
 * so "possibly eligible" says what is left and "eligible" says that everything medical was checked.
 */
final class CoverageWords {

    private CoverageWords() {}

    static String of(Coverage c) {
        StringBuilder s = new StringBuilder();
        s.append("Decided ")
                .append(c.decided())
                .append(" of ")
                .append(c.medical())
                .append(c.medical() == 1 ? " criterion" : " criteria")
                .append(" about the patient's medical facts (")
                .append(Math.round(c.decidedShare() * 100))
                .append(" %)");
        if (c.unknown() > 0) {
            s.append("; ").append(c.unknown()).append(c.unknown() == 1 ? " needs" : " need");
            s.append(" facts the profile lacks");
        }
        if (c.notRead() > 0) {
            s.append("; ").append(c.notRead()).append(" not read, left to the trial team");
        }
        if (c.procedural() > 0) {
            s.append("; ")
                    .append(c.procedural())
                    .append(c.procedural() == 1 ? " procedural criterion" : " procedural criteria")
                    .append(" (consent, willingness, availability …) for the trial team");
        }
        return s.append('.').toString();
    }
}
