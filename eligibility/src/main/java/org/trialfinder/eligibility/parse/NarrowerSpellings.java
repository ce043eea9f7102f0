package org.trialfinder.eligibility.parse;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spellings the vocabulary reads as a term broader than they are: "heart transplant" as
 * {@code organ_transplant}, "alcoholism" as {@code substance_abuse}. Read as the term alone, an exclusion of
 * heart transplant recipients would exclude a kidney recipient, one of alcoholism a patient with an opioid
 * use disorder: stronger than the text. So such a spelling becomes the term and an unread part ({@code
 * and(therapy(organ_transplant), not_computable)}): a patient without any transplant is still decided, one
 * with another organ's is left to the trial team, whichever section the item stands in.
 */
final class NarrowerSpellings {
    private static final Map<String, Pattern> NARROWER = Map.of(
            "organ_transplant",
            Pattern.compile("(?i)(?:liver|kidney|renal|heart|lung)\\s+transplant(?:ation|s)?"),
            "substance_abuse",
            Pattern.compile("(?i)alcohol(?:ism|ics?)?(?:\\s+(?:abuse|dependence|addiction|use\\s+disorder))?"
                    + "|drug\\s+(?:abuse|dependence|addiction|use\\s+disorder|addicts?)"));

    private NarrowerSpellings() {}

    /** True when {@code name}, found as {@code term}, names only part of what the term covers. */
    static boolean narrower(String term, String name) {
        Pattern p = NARROWER.get(term);
        return p != null && p.matcher(name.strip()).matches();
    }
}
