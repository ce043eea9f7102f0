package org.trialfinder.eligibility.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The parser's vocabulary offered to the pre-screener, so a patient's words ("HIV infection", "prior
 * FOLFOX chemotherapy", "whole-brain radiotherapy") are matched to the notation's terms the same way
 * criteria are.
 */
public final class Terms {

    private Terms() {}

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    /** Whether the text names the diagnosis TERM ("hiv", "hepatitis_b", …). */
    public static boolean namesDiagnosis(String term, String text) {
        String regex = Vocabulary.DIAGNOSES.get(term);
        return regex != null
                && text != null
                && CACHE.computeIfAbsent("d:" + term, k -> Vocabulary.words(regex))
                        .matcher(text)
                        .find();
    }

    /** Whether the text names the prior-therapy CLASS ("chemotherapy", "radiotherapy", …). */
    public static boolean namesTherapy(String therapyClass, String text) {
        String regex = Vocabulary.THERAPIES.get(therapyClass);
        return regex != null
                && text != null
                && CACHE.computeIfAbsent("t:" + therapyClass, k -> Vocabulary.words(regex))
                        .matcher(text)
                        .find();
    }
}
