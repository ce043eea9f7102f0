package org.trialfinder.eligibility.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** Items that are no criterion whatever words they hold: blank, a sentence left unfinished, a permission. */
final class ItemGate {

    private ItemGate() {}

    /**
     * "Female patients who:", "Subjects with:": a sentence left unfinished, whose statement follows in lines
     * or sub-items of its own; what it names ("female") is only who the statement is about, never the item.
     */
    private static final Pattern UNFINISHED =
            Pattern.compile("(?i)\\b(?:who|whom|whose|that|which|with|without|have|has|must|should|are|is)\\s*:?\\s*$");

    /**
     * "Pregnant and nursing people are eligible to participate", "Patients who have previously received venetoclax
     * … can be eligible for this sub-study": a permission, in whatever list it stands. Read as a criterion it
     * would exclude (or require) the very patients it lets in.
     */
    private static final Pattern PERMISSION =
            Pattern.compile("(?i)\\b(?:are|is|be|remain|remains)\\s+(?:also\\s+)?(?:eligible|allowed|permitted)\\b"
                    + "|\\b(?:can|may)\\s+(?:also\\s+)?(?:participate|be\\s+(?:enrolled|included|eligible))\\b");

    /** Why the item is not to be read at all; empty when it is to be read. */
    static Optional<UnreadReason> refuse(String text) {
        if (text.isBlank()) {
            return Optional.of(UnreadReason.EMPTY);
        }
        if (UNFINISHED.matcher(text).find()) {
            return Optional.of(UnreadReason.UNFINISHED_SENTENCE);
        }
        if (PERMISSION.matcher(text).find()) {
            return Optional.of(UnreadReason.PERMISSION);
        }
        return Optional.empty();
    }
}
