package org.trialfinder.eligibility.parse;

import java.util.List;
import org.trialfinder.model.text.TextSpan;

/**
 * A list found inside one criterion item's text: the words that introduce it ("Adequate organ function as
 * defined by:") and its parts, each a span of the item text (markers and separators excluded).
 *
 * @param leadIn the introducing words, {@link TextSpan#NONE} when the list has none
 * @param parts the parts in order; at least one
 * @param kind how the parts were told apart
 */
record ItemList(TextSpan leadIn, List<TextSpan> parts, Kind kind) {

    /** How the parts of a list are marked in the text. */
    enum Kind {
        /** "(1) … (2) …", "a) … b) …", "i. … ii. …": an inline numbered or lettered list. */
        MARKERS,
        /** "ANC ≥ 1.5; platelets ≥ 100; …". */
        SEMICOLONS,
        /** "… standard method. Serum total bilirubin ≤ 1.5 × ULN": sentences of one item. */
        SENTENCES,
        /** A lead-in and one part ("Adequate organ function: ANC ≥ 1.5, platelets ≥ 100"). */
        LEAD_IN
    }

    ItemList {
        parts = List.copyOf(parts);
    }
}
