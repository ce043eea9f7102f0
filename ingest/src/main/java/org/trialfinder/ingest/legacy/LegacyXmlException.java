package org.trialfinder.ingest.legacy;

/**
 * A legacy ClinicalTrials.gov XML document could not be converted. The message always starts with the
 * source name (for example the zip entry name) and says what was wrong: malformed XML (with line and
 * column), a missing {@code <clinical_study>} root, a missing {@code <nct_id>}, or a value the converter
 * does not know how to map (the value is quoted; the converter never guesses).
 */
public class LegacyXmlException extends Exception {
    private final String sourceName;

    public LegacyXmlException(String sourceName, String problem) {
        super(sourceName + ": " + problem);
        this.sourceName = sourceName;
    }

    public LegacyXmlException(String sourceName, String problem, Throwable cause) {
        super(sourceName + ": " + problem, cause);
        this.sourceName = sourceName;
    }

    /** The source name given to {@link LegacyXmlConverter#convert}. */
    public String sourceName() {
        return sourceName;
    }
}
