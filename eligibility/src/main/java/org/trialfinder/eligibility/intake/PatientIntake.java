package org.trialfinder.eligibility.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * Where a patient comes in: a JSON profile, an HL7 FHIR R4 Bundle (JSON with a {@code resourceType})
 * or a free-text note ({@code text/plain}), each read into one {@link PatientReading}; or a profile
 * given fact by fact ({@link #fields()}, the site's form). Whatever is
 * wrong with the document becomes an {@link IntakeException} naming the field; nothing is kept.
 */
public final class PatientIntake {
    /** Bodies above this are refused: a profile or a Bundle of one patient is far smaller. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The longest note read. */
    public static final int MAX_NOTE_CHARS = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PatientProfileReader profiles;
    private final FhirBundleReader fhir;
    private final NoteReader notes;
    private final Clock clock;

    /**
     * @param mesh          names the conditions of notes
     * @param abbreviations the single-sense condition abbreviations notes use ("POAG", "T2DM")
     * @param clock         "today" for every reader (a profile's default asOf, ages)
     */
    public PatientIntake(MeshThesaurus mesh, Abbreviations abbreviations, Clock clock) {
        this.profiles = new PatientProfileReader(clock);
        this.fhir = new FhirBundleReader(clock);
        this.notes = new NoteReader(new NoteExtractor(mesh, abbreviations, clock));
        this.clock = clock;
    }

    /** How notes are read, for callers that rank from a note. */
    public NoteReader notes() {
        return notes;
    }

    /** Reads a request body by its content type (JSON when none is given). */
    public PatientReading read(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new IntakeException("the request has no body: send the patient as a JSON profile (application/json), "
                    + "an HL7 FHIR R4 Bundle (application/fhir+json) or a note (text/plain)");
        }
        if (body.length > MAX_BYTES) {
            throw new IntakeException(
                    "the patient document is " + body.length + " bytes; at most " + MAX_BYTES + " are read");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("text/plain")) {
            return note(text);
        }
        if (!type.isEmpty() && !type.contains("json")) {
            throw new IntakeException(
                    "Content-Type " + contentType + " is not read here: send application/json (a profile), "
                            + "application/fhir+json (a FHIR R4 Bundle) or text/plain (a note)");
        }
        return json(text);
    }

    /** A JSON document: a FHIR resource when it names its {@code resourceType}, else a profile. */
    public PatientReading json(String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // the profile reader words JSON syntax errors with their line and column
            return profile(text);
        }
        try {
            if (tree != null && tree.isObject() && tree.has("resourceType")) {
                return fhir.read(text);
            }
            return profile(text);
        } catch (ProfileException e) {
            throw new IntakeException("the FHIR Bundle cannot be read: " + e.getMessage());
        }
    }

    private PatientReading profile(String text) {
        try {
            return profiles.read(text);
        } catch (ProfileException e) {
            throw new IntakeException(profileProblem(e));
        }
    }

    /** How a profile's problems are said, whether it came as JSON or from a form. */
    public static String profileProblem(ProfileException e) {
        return "the patient profile cannot be read: " + e.getMessage();
    }

    /** A profile to be given fact by fact (the site's form), checked as a JSON profile is. */
    public ProfileFields fields() {
        return new ProfileFields(clock);
    }

    /** A free-text note, read with rules into a profile and condition phrases. */
    public PatientReading note(String text) {
        if (text == null || text.isBlank()) {
            throw new IntakeException(
                    "the note is empty: describe the patient (age, sex, conditions, labs, treatments)");
        }
        if (text.length() > MAX_NOTE_CHARS) {
            throw new IntakeException("the note has " + text.length() + " characters; at most 20,000 are read");
        }
        return notes.read(text);
    }
}
