package org.trialfinder.eligibility.parse;

import java.util.List;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.model.text.TextSpan;

/**
 * Replaces each time window in a clause's groups by the checks it applies to: "within" to the events before it
 * in its group and in the groups joined to it by "or" ("arterial or venous thrombosis within 6 months", "A, B, or C
 * within 6 months"), or to
 * the events after it when nothing comes before; "since" (at least N weeks since X) to the next event. After a
 * lab, a window only says when it is drawn: dropped. A window with nothing to apply to is an unread part
 * ({@link UnreadReason#WINDOW_WITHOUT_EVENT}).
 */
final class WindowPlacement {

    private WindowPlacement() {}

    /**
     * Places the windows of the groups, in place; {@code joints.get(h)} joins group h to group h + 1. Returns
     * false when a group is left empty: a window standing alone between connectors, a shape this cannot place.
     */
    static boolean apply(List<Group> groups, List<Joint> joints, String text) {
        for (int g = 0; g < groups.size(); g++) {
            List<Group.Member> grp = groups.get(g).members();
            for (int k = 0; k < grp.size(); k++) {
                if (!(grp.get(k) instanceof Group.Member.Window time)) {
                    continue;
                }
                Token.Time t = time.token();
                boolean placed = false;
                if (t.since()) {
                    placed = wrapFirstEventAfter(groups, g, k, t);
                } else {
                    for (int b = k - 1; b >= 0; b--) {
                        if (grp.get(b) instanceof Group.Member.Check c && CheckKinds.isEvent(c.c())) {
                            grp.set(b, new Group.Member.Check(within(t, c.c(), false)));
                            placed = true;
                        }
                    }
                    // after a lab or a pregnancy test, a window only says when it is drawn
                    boolean labs = grp.stream()
                            .anyMatch(o -> o instanceof Group.Member.Check c
                                    && (CheckKinds.isLab(c.c()) || CheckKinds.isPregnancyTest(c.c())));
                    if (!placed && labs) {
                        grp.remove(k);
                        k--;
                        continue;
                    }
                    // "stroke, myocardial infarction, or coronary artery disease within the past 6 months": the
                    // commas of a list closed by "or" offer alternatives as the "or" does
                    boolean orList = g > 0 && joints.get(g - 1) == Joint.OR;
                    // "heart failure of NYHA class III or IV, or NYHA class II within six months": a window beside
                    // a read check that is no event is that check's own, not the alternatives' before it
                    boolean ownStateCheck = !placed
                            && grp.stream()
                                    .anyMatch(o -> o instanceof Group.Member.Check c
                                            && c.c().computable()
                                            && !CheckKinds.isEvent(c.c()));
                    boolean commaList = joints.contains(Joint.COMMA);
                    for (int h = g - 1;
                            !ownStateCheck
                                    && h >= 0
                                    && (joints.get(h) == Joint.OR
                                                    // "second primary malignancy, or other malignancies within 5
                                                    // years": ", or" between two alone may join two sentences
                                                    && (commaList || !commaBetween(groups, h, text))
                                            || orList && joints.get(h) == Joint.COMMA);
                            h--) {
                        placed |= wrapEvents(groups.get(h).members(), t);
                    }
                    if (!placed && g == 0 && k == 0) {
                        for (Group next : groups) {
                            placed |= wrapEvents(next.members(), t);
                        }
                    }
                }
                grp.set(
                        k,
                        placed
                                ? new Group.Member.Placed()
                                : new Group.Member.Check(new NotComputable(
                                        text.substring(t.start(), t.end()),
                                        new TextSpan(t.start(), t.end()),
                                        UnreadReason.WINDOW_WITHOUT_EVENT)));
            }
            grp.removeIf(o -> o instanceof Group.Member.Placed);
            if (grp.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma stands between group h and the group after it. */
    private static boolean commaBetween(List<Group> groups, int h, String text) {
        int from = edge(groups.get(h), false);
        int to = edge(groups.get(h + 1), true);
        return from >= 0
                && to > from
                && to <= text.length()
                && text.substring(from, to).contains(",");
    }

    /** Where a group's first member starts or its last one ends (-1 when unknown). */
    private static int edge(Group group, boolean start) {
        int at = start ? Integer.MAX_VALUE : -1;
        for (Group.Member m : group.members()) {
            TextSpan s = switch (m) {
                case Group.Member.Check c -> c.c().span();
                case Group.Member.Window w ->
                    new TextSpan(w.token().start(), w.token().end());
                case Group.Member.Placed p -> TextSpan.NONE;
            };
            if (s.known()) {
                at = start ? Math.min(at, s.start()) : Math.max(at, s.end());
            }
        }
        return at == Integer.MAX_VALUE ? -1 : at;
    }

    /** Wraps every event of a group in the window; whether there was one. */
    private static boolean wrapEvents(List<Group.Member> members, Token.Time t) {
        boolean placed = false;
        for (int b = 0; b < members.size(); b++) {
            if (members.get(b) instanceof Group.Member.Check c && CheckKinds.isEvent(c.c())) {
                members.set(b, new Group.Member.Check(within(t, c.c(), false)));
                placed = true;
            }
        }
        return placed;
    }

    private static boolean wrapFirstEventAfter(List<Group> groups, int g, int k, Token.Time t) {
        for (int h = g; h < groups.size(); h++) {
            List<Group.Member> grp = groups.get(h).members();
            for (int b = h == g ? k + 1 : 0; b < grp.size(); b++) {
                if (grp.get(b) instanceof Group.Member.Check c && CheckKinds.isEvent(c.c())) {
                    grp.set(b, new Group.Member.Check(within(t, c.c(), true)));
                    return true;
                }
            }
        }
        return false;
    }

    static Criterion within(Token.Time t, Criterion c, boolean negated) {
        TextSpan span = c.span().cover(new TextSpan(t.start(), t.end()));
        Criterion w = new Within(t.window(), c, span);
        return negated ? new Not(w, span) : w;
    }
}
