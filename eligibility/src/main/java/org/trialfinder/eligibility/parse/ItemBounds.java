package org.trialfinder.eligibility.parse;

import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.model.text.TextSpan;

/**
 * How much text one criterion item may hold to be read: more than any real item (the longest of the
 * repository's records has under 3,000 characters), so that hostile or broken text (a 100 kB item, 10,000
 * list parts) costs bounded work and gives a bounded result instead of a reading whose cost grows with it.
 */
final class ItemBounds {

    /** The longest item read. */
    static final int MAX_CHARS = 6_000;

    private ItemBounds() {}

    /** A whole item too long to read: not computable, its span the whole text. */
    static NotComputable tooLong(String text) {
        return new NotComputable(text, new TextSpan(0, text.length()), UnreadReason.ITEM_TOO_LONG);
    }
}
