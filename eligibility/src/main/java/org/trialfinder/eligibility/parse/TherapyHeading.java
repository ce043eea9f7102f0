package org.trialfinder.eligibility.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Chemotherapy: At least 30 days since chemotherapy": the older (PDQ) layout heads an item about prior therapy
 * with the therapy's name and a colon. The heading only says what the item is about; read as a check, it would
 * require every patient to have had the therapy ({@code and(therapy(chemotherapy), not(within(30 d, …)))}). It is
 * blanked (spaces of its length, so every span still points into the text as given) before the item is read.
 */
final class TherapyHeading {

    private TherapyHeading() {}

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^\\s*(?:prior\\s+)?(?:chemotherapy|radiotherapy|radiation\\s+therapy|surgery|endocrine\\s+therapy"
                    + "|hormonal\\s+therapy|hormone\\s+therapy|biologic(?:al)?\\s+therapy|immunotherapy)\\s*:");

    /** The text with a therapy heading before a colon blanked; the text itself when it has none. */
    static String blank(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = HEADING.matcher(text);
        if (!m.lookingAt()
                || m.end() >= text.length()
                || text.substring(m.end()).isBlank()) {
            return text;
        }
        return " ".repeat(m.end()) + text.substring(m.end());
    }
}
