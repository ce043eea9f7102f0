package org.trialfinder.eligibility.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trialfinder.eligibility.split.CriterionItem;
import org.trialfinder.eligibility.split.GroupLabel;
import org.trialfinder.eligibility.split.Section;

/**
 * While a trial's items are compiled in order: the group a heading line ("Group 1", "Cohort B:") opened, which
 * holds for the items below it until the next such line or the next section.
 */
final class GroupScope {
    private Section section;
    private List<String> heading = List.of();

    /** Whether the item is only a group's name: it then opens that group for the items below. */
    boolean heading(CriterionItem item) {
        enter(item.section());
        if (!item.children().isEmpty() || !item.notes().isEmpty()) {
            return false;
        }
        Optional<GroupLabel> line = GroupLabel.line(item.text());
        line.ifPresent(l -> heading = combine(heading, l.keys()));
        return line.isPresent();
    }

    /** Whether the item's sub-items are written per group ("a) Cohort 1: …"): each is then a criterion. */
    static boolean groupedChildren(CriterionItem item) {
        if (!item.notes().isEmpty()) {
            return false;
        }
        int labelled = 0;
        for (CriterionItem child : item.children()) {
            if (child.children().isEmpty() && GroupLabel.prefix(child.text()).isPresent()) {
                labelled++;
            }
        }
        return labelled > 0;
    }

    /** The group paths of an item: the heading's groups, each refined by the item's own label if it has one. */
    List<String> groups(CriterionItem item, Optional<GroupLabel> label) {
        enter(item.section());
        return combine(heading, label.map(GroupLabel::keys).orElse(List.of()));
    }

    /**
     * Groups named under a heading's groups: a group of another kind is inside them ("Group 2" then "Part 1":
     * "group 2/part 1"); one of a kind already in the path takes that kind's place ("Sub-study A" then
     * "Sub-study B": "sub-study B").
     */
    static List<String> combine(List<String> heading, List<String> named) {
        if (heading.isEmpty()) {
            return named;
        }
        if (named.isEmpty()) {
            return heading;
        }
        String kind = GroupLabel.kindOf(named.get(0));
        List<String> paths = new ArrayList<>();
        for (String h : heading) {
            StringBuilder prefix = new StringBuilder();
            for (String segment : h.split("/")) {
                if (GroupLabel.kindOf(segment).equals(kind)) {
                    break;
                }
                prefix.append(segment).append('/');
            }
            for (String n : named) {
                String path = prefix + n;
                if (!paths.contains(path)) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /** A new section closes the heading of the one before. */
    private void enter(Section itemSection) {
        if (itemSection != section) {
            section = itemSection;
            heading = List.of();
        }
    }
}
