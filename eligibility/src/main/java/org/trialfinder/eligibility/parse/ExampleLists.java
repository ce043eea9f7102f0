package org.trialfinder.eligibility.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.NotComputable;

/**
 * "Arterial thrombosis within 6 months, such as cerebrovascular accidents, pulmonary embolism": a list of
 * examples under a head the notation names adds nothing (the notation's convention); under a head without a
 * term it stays unread.
 */
final class ExampleLists {

    private ExampleLists() {}

    /** Words and numbers that make an example list say more than examples (a purpose, a time, a condition). */
    private static final Pattern NOT_A_PLAIN_LIST = Pattern.compile(
            "(?i)\\d|\\b(?:for|during|within|since|prior|before|after|that|which|who|whom|requiring|requires?|unless|except|if|when|while|in|other|any|all|not|no|without)\\b");

    private static final Pattern OPEN_EXAMPLES_TEXT =
            Pattern.compile("(?i)^[,\\s]*(?:such\\s+as|e\\.\\s?g\\.?|eg\\.?|for\\s+example|including)\\b");

    /** Drops, in place, the unread example lists (and the commas before them) that follow an event read. */
    static void apply(List<Element> els) {
        for (int i = 1; i < els.size(); i++) {
            if (!(els.get(i) instanceof Element.Piece p
                    && p.c() instanceof NotComputable nc
                    && OPEN_EXAMPLES_TEXT.matcher(nc.text()).find()
                    && !NOT_A_PLAIN_LIST.matcher(nc.text()).find())) {
                continue;
            }
            int before = i - 1;
            while (before >= 0
                    && (els.get(before) instanceof Element.Connector c && c.joint() == Joint.COMMA
                            || els.get(before) instanceof Element.Time)) {
                before--;
            }
            if (before >= 0 && els.get(before) instanceof Element.Piece head && CheckKinds.isEvent(head.c())) {
                els.remove(i);
                while (i - 1 >= 0 && els.get(i - 1) instanceof Element.Connector c && c.joint() == Joint.COMMA) {
                    els.remove(i - 1);
                    i--;
                }
                i--;
            }
        }
    }
}
