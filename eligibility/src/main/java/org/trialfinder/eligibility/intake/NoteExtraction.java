package org.trialfinder.eligibility.intake;

import java.util.List;

/**
 * What {@link NoteExtractor} read from a free-text patient note: the profile, every condition phrase it
 * found (the patient's own, and those it set aside as negated or a relative's, so a page can show why),
 * the evidence span of each fact, and what it saw but did not use.
 */
public record NoteExtraction(
        PatientProfile profile,
        List<ConditionPhrase> conditionPhrases,
        List<Evidence> evidence,
        List<String> warnings) {

    public NoteExtraction {
        conditionPhrases = List.copyOf(conditionPhrases);
        evidence = List.copyOf(evidence);
        warnings = List.copyOf(warnings);
    }

    /** Whose a condition mention is. */
    public enum Status {
        /** The patient has or had it. */
        PRESENT,
        /** Denied or ruled out ("denies chest pain", "no history of diabetes"). */
        NEGATED,
        /** A relative's ("family history of heart disease", "her father has hypertension"). */
        FAMILY
    }

    /**
     * A condition named in the note.
     *
     * @param text the phrase as written
     * @param meshId the MeSH descriptor id it names
     * @param meshName the descriptor's name
     * @param start offset of the phrase in the note
     * @param end offset just after it
     * @param status the patient's, negated, or a relative's
     * @param history written as past ("history of", "h/o", "s/p")
     */
    public record ConditionPhrase(
            String text, String meshId, String meshName, int start, int end, Status status, boolean history) {}

    /**
     * The text a fact was read from.
     *
     * @param fact what was read: "age", "sex", "pregnant", "performanceStatus", "lab", "condition",
     *     "metastasis", "treatment"
     * @param value the value as the profile holds it ("58", "FEMALE", "ANC 1500 /uL", "liver")
     * @param start offset of the span in the note
     * @param end offset just after it
     */
    public record Evidence(String fact, String value, int start, int end, String text) {}

    /** The phrases of the patient's own conditions, for relevance ranking. */
    public List<String> patientConditionTexts() {
        return conditionPhrases.stream()
                .filter(c -> c.status() == Status.PRESENT)
                .map(ConditionPhrase::text)
                .distinct()
                .toList();
    }
}
