package org.trialfinder.eligibility.split;

import java.util.ArrayList;
import java.util.List;

/**
 * A criteria field split into its headings and its top-level items (sub-items are the items'
 * children), in the order they are written.
 */
public record SplitCriteria(String original, List<CriteriaHeading> headings, List<CriterionItem> items) {
    public SplitCriteria {
        headings = List.copyOf(headings);
        items = List.copyOf(items);
    }

    /** Top-level items of one section. */
    public List<CriterionItem> items(Section section) {
        List<CriterionItem> out = new ArrayList<>();
        for (CriterionItem item : items) {
            if (item.section() == section) {
                out.add(item);
            }
        }
        return out;
    }

    /** The item with this section and index path ("3", "3.b"), or null. */
    public CriterionItem find(Section section, String index) {
        for (CriterionItem item : items) {
            CriterionItem hit = item.find(section, index);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
