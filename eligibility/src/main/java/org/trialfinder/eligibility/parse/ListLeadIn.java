package org.trialfinder.eligibility.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that introduce a list ("Adequate organ function as defined by:", "Any of the following:",
 * "Hematological:", "The main organ functions meet the following criteria within 7 days before
 * treatment:"), read only when they add nothing to the parts but how they join: all of them, any of them,
 * none of them. A lead-in that says more (a population: "For patients with liver metastases:", "Cohort
 * A:"; a condition; a name the notation would have to read) is unsafe, and the list is left unread.
 *
 * @param join how the parts join; {@link Join#DEFAULT} when the words do not say (the section decides)
 * @param window the lead-in says when the values are taken ("within 14 days before enrollment"): harmless
 *     for lab values, a restriction for events, so the reader accepts it only over lab parts
 * @param examples the parts are examples ("…, including:"): each one implies the whole, so they may decide
 *     an exclusion (any of them), never an inclusion
 */
record ListLeadIn(Join join, boolean window, boolean examples) {

    /** How the parts of a list join. */
    enum Join {
        /** Not said: all parts for an inclusion, any part for an exclusion (the notation's bare list). */
        DEFAULT,
        ALL,
        ANY,
        /** "None of the following:": not(or(parts)). */
        NONE
    }

    static final ListLeadIn NONE_GIVEN = new ListLeadIn(Join.DEFAULT, false, false);

    private static final Pattern ANY_OF =
            Pattern.compile("(?i)\\b(?:any|one|either|at\\s+least\\s+one)\\s+(?:or\\s+more\\s+)?of\\b");
    private static final Pattern ALL_OF =
            Pattern.compile("(?i)\\b(?:all|both|each|every)\\s+(?:of\\b|the\\s+following\\b)");
    private static final Pattern NEGATED = Pattern.compile(
            "(?i)^\\s*(?:no|none|without|absence\\s+of|free\\s+of|(?:must|should|do|does)\\s+not\\s+have)\\b");
    private static final Pattern WINDOW = Pattern.compile(
            "(?i)\\b(?:within|prior|before|days?|weeks?|hours?|months?|registration|enrol+ment|randomi[sz]ation"
                    + "|c1d1|cycle)\\b");
    private static final Pattern INTRODUCES = Pattern.compile(
            "(?i)(?:following|follows|below|defined\\s+(?:as|by)|evidenced\\s+by|demonstrated\\s+by|indicated\\s+by"
                    + "|shown\\s+by|as\\s+defined|criteria|parameters|values)\\s*[:;,.-]*\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /** Words that only introduce or name a kind of list, never narrow what its parts say. */
    private static final Set<String> SAFE = Set.of(
            // what the list is about
            "adequate",
            "sufficient",
            "satisfactory",
            "good",
            "normal",
            "proper",
            "organ",
            "organs",
            "function",
            "functions",
            "functioning",
            "bone",
            "marrow",
            "reserve",
            "hepatic",
            "liver",
            "renal",
            "kidney",
            "kidneys",
            "hematologic",
            "haematologic",
            "hematological",
            "haematological",
            "hematology",
            "haematology",
            "hematopoietic",
            "haematopoietic",
            "hemopoietic",
            "blood",
            "routine",
            "count",
            "counts",
            "biochemistry",
            "biochemical",
            "chemistry",
            "chemistries",
            "serum",
            "coagulation",
            "clotting",
            "laboratory",
            "laboratories",
            "lab",
            "labs",
            "values",
            "value",
            "parameters",
            "parameter",
            "tests",
            "test",
            "results",
            "result",
            "indices",
            "index",
            "levels",
            "level",
            "cardiac",
            "cardiovascular",
            "heart",
            "pulmonary",
            "lung",
            "main",
            "vital",
            "major",
            "important",
            "key",
            "basic",
            "baseline",
            "screening",
            "status",
            "abnormalities",
            "abnormality",
            "abnormal",
            "inadequate",
            "insufficient",
            "impaired",
            "poor",
            "dysfunction",
            // how it is introduced
            "defined",
            "define",
            "as",
            "follows",
            "follow",
            "following",
            "by",
            "the",
            "of",
            "and",
            "or",
            "any",
            "all",
            "one",
            "both",
            "either",
            "each",
            "every",
            "more",
            "least",
            "must",
            "have",
            "has",
            "had",
            "meet",
            "meets",
            "meeting",
            "met",
            "fulfil",
            "fulfill",
            "fulfils",
            "fulfills",
            "fulfilling",
            "satisfy",
            "satisfies",
            "criteria",
            "criterion",
            "requirements",
            "requirement",
            "required",
            "patients",
            "patient",
            "participants",
            "participant",
            "subjects",
            "subject",
            "with",
            "at",
            "are",
            "is",
            "be",
            "should",
            "shall",
            "a",
            "an",
            "evidenced",
            "demonstrated",
            "demonstrate",
            "indicated",
            "shown",
            "documented",
            "determined",
            "measured",
            "assessed",
            "obtained",
            "performed",
            "below",
            "listed",
            "these",
            "those",
            "in",
            "per",
            "to",
            "that",
            "which",
            "who",
            "show",
            "shows",
            "showing",
            "presence",
            "evidence",
            "history",
            "known",
            "conditions",
            "condition",
            "diseases",
            "disease",
            "significant",
            "clinically",
            "no",
            "none",
            "without",
            "absence",
            "free",
            "not",
            "do",
            "does",
            "detailed",
            "specified",
            "specific",
            "within",
            "day",
            "days",
            "week",
            "weeks",
            "hour",
            "hours",
            "month",
            "months",
            "prior",
            "before",
            "enrollment",
            "enrolment",
            "registration",
            "randomization",
            "randomisation",
            "treatment",
            "first",
            "dose",
            "study",
            "drug",
            "start",
            "starting",
            "initiation",
            "c1d1",
            "cycle",
            "period");

    private static final Set<String> EXAMPLES = Set.of("include", "includes", "including", "e.g", "eg", "such");

    /** The lead-in read from its words, or null when it says more than how the parts join. */
    static ListLeadIn of(String words) {
        if (words == null || words.isBlank()) {
            return NONE_GIVEN;
        }
        String t = words.strip();
        Matcher m = WORD.matcher(t);
        boolean window = false;
        boolean examples = false;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (EXAMPLES.contains(w)) {
                examples = true;
                continue;
            }
            if (w.chars().allMatch(Character::isDigit)) {
                // a number only as the length of a window ("within 14 days")
                window = true;
                continue;
            }
            if (!SAFE.contains(w)) {
                return null;
            }
        }
        if (t.replaceAll("[\\p{L}\\p{N}\\s'’(),:;.\\-/]", "").length() > 0) {
            return null;
        }
        window |= WINDOW.matcher(t).find();
        boolean any = ANY_OF.matcher(t).find();
        boolean all = ALL_OF.matcher(t).find();
        boolean negated = NEGATED.matcher(t).find();
        if (any && all) {
            return null;
        }
        if (negated) {
            return examples ? null : new ListLeadIn(Join.NONE, window, false);
        }
        if (!negated && t.toLowerCase(Locale.ROOT).matches(".*\\b(?:no|none|without|absence|free|not)\\b.*")) {
            // a negation inside the lead-in ("patients who do not have …") is not a plain "none of"
            return null;
        }
        if (examples && all) {
            return null;
        }
        return new ListLeadIn(any || examples ? Join.ANY : all ? Join.ALL : Join.DEFAULT, window, examples);
    }

    /** Whether the words end by announcing what follows ("… as evidenced by the following", "… defined as"). */
    static boolean introduces(String words) {
        return INTRODUCES.matcher(words).find();
    }
}
