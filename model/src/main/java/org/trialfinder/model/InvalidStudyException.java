package org.trialfinder.model;

/**
 * A study record that cannot be read: not JSON, a value of the wrong type, an unknown enum value,
 * or no valid NCT number.
 *
 * <p>Unchecked, because the usual caller reads many records in a loop or stream and decides per
 * record whether to skip or stop; a checked exception would only be wrapped on the way. The
 * message is meant for a person: it names the JSON path and the problem, e.g. {@code
 * protocolSection.statusModule.overallStatus: unknown value "RECRUITNG" (allowed: ...)}.
 */
public class InvalidStudyException extends RuntimeException {

    private final String path;
    private final String problem;

    /**
     * @param path dotted JSON path of the offending value, e.g. {@code
     *     protocolSection.contactsLocationsModule.locations[2].status}; empty for the whole record
     * @param problem what is wrong there, without the path
     */
    public InvalidStudyException(String path, String problem, Throwable cause) {
        this(path.isEmpty() ? problem : path + ": " + problem, path, problem, cause);
    }

    public InvalidStudyException(String path, String problem) {
        this(path, problem, null);
    }

    private InvalidStudyException(String message, String path, String problem, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.problem = problem;
    }

    /** A required value is absent; the message reads {@code missing <path>}. */
    public static InvalidStudyException missing(String path) {
        return new InvalidStudyException("missing " + path, path, "missing", null);
    }

    /** Dotted JSON path of the offending value; empty when the problem is the record as a whole. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
