package org.trialfinder.eligibility.intake;

/**
 * What a person sent about a patient (or where to look for trials) cannot be read: the message says
 * what and, where there is one, names the field. The API answers it with a 400 and the pages show it
 * beside the form, so both word a problem alike.
 */
public final class IntakeException extends IllegalArgumentException {
    public IntakeException(String message) {
        super(message);
    }
}
