package org.trialfinder.eligibility.intake;

import java.util.List;

/**
 * A profile as read, with what the reader kept but could not use (an unrecognised lab name, a FHIR
 * resource it does not read): the page or API shows the warnings so nothing is dropped silently.
 */
public record ProfileReading(PatientProfile profile, List<String> warnings) {
    public ProfileReading {
        warnings = List.copyOf(warnings);
    }
}
