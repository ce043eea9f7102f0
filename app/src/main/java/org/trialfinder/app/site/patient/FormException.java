package org.trialfinder.app.site.patient;

/** What was typed into a patient form cannot be used: the message names the field, shown beside the form. */
final class FormException extends RuntimeException {
    FormException(String message) {
        super(message);
    }
}
