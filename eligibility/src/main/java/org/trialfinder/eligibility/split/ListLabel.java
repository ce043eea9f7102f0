package org.trialfinder.eligibility.split;

import java.util.regex.Pattern;

/**
 * A short unmarked label that heads the bulleted items after it, as ClinicalTrials.gov's older (PDQ) layout
 * writes its sub-headings without a colon:
 *
 * <pre>
 *   PRIOR CONCURRENT THERAPY:
 *
 *   Chemotherapy
 *
 *   * At least 4 weeks since prior chemotherapy
 * </pre>
 *
 * The splitter keeps "Chemotherapy" as an item of its own (a paragraph, then a list at the same indent); read
 * as a criterion it would require chemotherapy of every patient. A label is one to four words of letters with
 * no colon, no sentence punctuation and no number, not itself a list item, with no sub-items or notes, and the
 * next item is a list item: then it names the items below and says nothing of the patient.
 */
public final class ListLabel {
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}'’/-]*(?:\\s+[\\p{L}'’/-]+){0,3}");

    private ListLabel() {}

    /** True when {@code item} is a label heading {@code next}, the item after it (null when it is the last). */
    public static boolean heads(CriterionItem item, CriterionItem next) {
        return next != null
                && item.marker().isEmpty()
                && item.children().isEmpty()
                && item.notes().isEmpty()
                && !next.marker().isEmpty()
                && next.section() == item.section()
                && LABEL.matcher(item.text().strip()).matches();
    }
}
