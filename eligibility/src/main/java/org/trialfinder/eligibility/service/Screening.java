package org.trialfinder.eligibility.service;

import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.model.Study;

/** One trial's screening for one patient, with what was read of the patient. */
public record Screening(Study study, PatientReading patient, ScreeningResult result) {}
