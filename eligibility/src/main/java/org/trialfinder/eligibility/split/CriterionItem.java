package org.trialfinder.eligibility.split;

import java.util.List;
import org.trialfinder.model.text.TextSpan;

/**
 * One criterion item as written: one bullet or numbered entry (or one paragraph when there is no list).
 *
 * @param section the list it stands in
 * @param index its path: the written number or letter ("3", "3.b") or, for bullets, its position
 * @param marker the list marker as written ("1.", "*", "(a)"), empty for a paragraph
 * @param text the item's own text (sub-items and notes excluded), markdown escapes removed, whitespace
 *     collapsed to single spaces
 * @param span where the item (its own lines, notes and sub-items included) is in the original field
 * @param notes "Note: …" paragraphs that belong to this item, in their own words
 * @param children sub-items, which belong to this item (e.g. the thresholds of "adequate organ function:")
 * @param sourceMap for each character of {@code text}, its offset in the original field
 */
public record CriterionItem(
        Section section,
        String index,
        String marker,
        String text,
        TextSpan span,
        List<String> notes,
        List<CriterionItem> children,
        SourceMap sourceMap) {

    public CriterionItem {
        notes = List.copyOf(notes);
        children = List.copyOf(children);
    }

    /** The span in the original field of the characters {@code [start, end)} of {@link #text()}. */
    public TextSpan sourceSpan(int start, int end) {
        return sourceMap.span(start, end);
    }

    /** This item or a descendant with this section and index path, or null. */
    public CriterionItem find(Section wanted, String path) {
        if (section == wanted && index.equals(path)) {
            return this;
        }
        for (CriterionItem child : children) {
            CriterionItem hit = child.find(wanted, path);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
