package org.trialfinder.eligibility.parse;

import java.util.List;
import java.util.function.Function;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.Window;
import org.trialfinder.eligibility.split.Section;

/**
 * Something recognised in an item's text, at {@code [start, end)}: an atomic check, a lab group, a
 * time window or a liver-metastasis condition.
 */
sealed interface Token {
    int start();

    int end();

    /** An atomic check (or a small fixed tree such as {@code not(pregnant)}). */
    record Atom(int start, int end, Criterion criterion) implements Token {}

    /**
     * Lab thresholds: every key against every threshold ("AST and ALT ≤ 2.5 × ULN"); keys are joined
     * as the section says (inclusion: each must hold; exclusion: any out of range). {@code bare} when the
     * keys were inherited from the group before ("(≤ 5 × ULN for …)"). {@code anyKey} when the keys are
     * offered as alternatives by "or" alone ("Serum lipase or serum amylase ≤ 1.5 × ULN"): any one within
     * the limit is what the text states, whatever the section.
     */
    record Labs(int start, int end, List<String> keys, List<LabCheck> thresholds, boolean bare, boolean anyKey)
            implements Token {}

    /**
     * "within 6 months", "in the past 5 years", "within 28 days prior to enrollment"; {@code since} for
     * "at least 4 weeks since …" (the event did not happen within the window).
     */
    record Time(int start, int end, Window window, boolean since) implements Token {}

    /**
     * A check whose tree depends on the list it stands in, as the notation's conventions write it: "QTc ≥ 450
     * (male)/470 (female)" is {@code and(if(sex = male, …), if(sex = female, …))} in an inclusion and {@code
     * or(and(sex = male, …), and(sex = female, …))} in an exclusion.
     */
    record BySection(int start, int end, Function<Section, Criterion> tree) implements Token {}

    /** "in patients with liver metastases" ({@code present}) or "… without liver metastases". */
    record LiverCondition(int start, int end, boolean present) implements Token {}

    /** Words that add nothing once the rest is read (a sex named again after the first mention). */
    record Filler(int start, int end) implements Token {}

    /** "except …", "unless …": restricts what precedes it in a way the notation cannot say. */
    record Unless(int start, int end) implements Token {}

    /** Examples after "such as", "e.g.", "including": illustrate what precedes, add nothing. */
    record Examples(int start, int end) implements Token {}
}
