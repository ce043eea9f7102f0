package org.trialfinder.api.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.eligibility.intake.ExtractedNotes;
import org.trialfinder.eligibility.intake.FhirBundleReader;
import org.trialfinder.eligibility.intake.NoteExtractor;
import org.trialfinder.eligibility.intake.NoteReading;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.intake.ProfileException;
import org.trialfinder.eligibility.intake.ProfileReading;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * A patient as a request carries one: a JSON profile, an HL7 FHIR R4 Bundle (JSON with a
 * {@code resourceType}) or a free-text note ({@code text/plain}). Whatever was wrong with it becomes
 * a {@link BadRequestException} naming the field; nothing is kept after the request.
 */
public final class PatientInput {
    /** Bodies above this are refused: a profile or a Bundle of one patient is far smaller. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** What kind of document the patient came as. */
    public enum Kind {
        PROFILE("profile"),
        FHIR("FHIR Bundle"),
        NOTE("note");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * The patient read: the profile, the condition phrases (the profile's conditions, or what the note's
     * reading found), what the reader warns about, the kind of document, and the phrases to search for:
     * the conditions, or a note's fallback words when it named no condition the reader recognises.
     */
    public record Reading(
            PatientProfile profile,
            List<String> conditions,
            List<String> warnings,
            Kind kind,
            List<String> searchPhrases) {
        public Reading {
            conditions = List.copyOf(conditions);
            warnings = List.copyOf(warnings);
            searchPhrases = List.copyOf(searchPhrases);
        }

        /** A reading that searches for its conditions. */
        public Reading(PatientProfile profile, List<String> conditions, List<String> warnings, Kind kind) {
            this(profile, conditions, warnings, kind, conditions);
        }

        /** True when no condition was read and the search phrases are a note's fallback words. */
        public boolean searchesFallbackWords() {
            return conditions.isEmpty() && !searchPhrases.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PatientProfileReader profiles;
    private final FhirBundleReader fhir;
    private final ExtractedNotes notes;

    public PatientInput(Clock clock) {
        this.profiles = new PatientProfileReader(clock);
        this.fhir = new FhirBundleReader(clock);
        this.notes = new ExtractedNotes(new NoteExtractor(MeshThesaurus.loadDefault(), clock));
    }

    /** How notes are read (the rule-based note extractor), for callers that match from a note. */
    public ExtractedNotes notes() {
        return notes;
    }

    /** Reads a request body by its content type (JSON when none is given). */
    public Reading read(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new BadRequestException(
                    "the request has no body: send the patient as a JSON profile (application/json), "
                            + "an HL7 FHIR R4 Bundle (application/fhir+json) or a note (text/plain)");
        }
        if (body.length > MAX_BYTES) {
            throw new BadRequestException(
                    "the patient document is " + body.length + " bytes; at most " + MAX_BYTES + " are read");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("text/plain")) {
            return note(text);
        }
        if (!type.isEmpty() && !type.contains("json")) {
            throw new BadRequestException(
                    "Content-Type " + contentType + " is not read here: send application/json (a profile), "
                            + "application/fhir+json (a FHIR R4 Bundle) or text/plain (a note)");
        }
        return json(text);
    }

    /** A JSON document: a FHIR resource when it names its {@code resourceType}, else a profile. */
    public Reading json(String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // the profile reader words JSON syntax errors with their line and column
            return profile(text);
        }
        try {
            if (tree != null && tree.isObject() && tree.has("resourceType")) {
                ProfileReading r = fhir.read(text);
                return new Reading(r.profile(), r.profile().conditions(), r.warnings(), Kind.FHIR);
            }
            return profile(text);
        } catch (ProfileException e) {
            throw new BadRequestException("the FHIR Bundle cannot be read: " + e.getMessage());
        }
    }

    private Reading profile(String text) {
        try {
            ProfileReading r = profiles.read(text);
            return new Reading(r.profile(), r.profile().conditions(), r.warnings(), Kind.PROFILE);
        } catch (ProfileException e) {
            throw new BadRequestException("the patient profile cannot be read: " + e.getMessage());
        }
    }

    /** A free-text note, read with rules into a profile and condition phrases. */
    public Reading note(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(
                    "the note is empty: describe the patient (age, sex, conditions, labs, treatments)");
        }
        if (text.length() > 20_000) {
            throw new BadRequestException("the note has " + text.length() + " characters; at most 20,000 are read");
        }
        NoteReading r = notes.read(text);
        return new Reading(r.profile(), r.conditions(), List.of(), Kind.NOTE, r.searchPhrases());
    }
}
