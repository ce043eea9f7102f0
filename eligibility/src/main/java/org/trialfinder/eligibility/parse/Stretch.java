package org.trialfinder.eligibility.parse;

import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/** The stretch {@code [from, to)} of an item's text being read, and the list the item stands in. */
record Stretch(String text, int from, int to, Section section) {

    /** The whole stretch, unread for a reason. */
    NotComputable unread(UnreadReason reason) {
        return new NotComputable(text.substring(from, to), new TextSpan(from, to), reason);
    }
}
