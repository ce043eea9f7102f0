package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * One clause (the elements between ";" and sentence ends): negations and weakenings bound to the check after
 * them, the elements grouped by connectors ({@link Group}), time windows placed ({@link WindowPlacement}), then
 * the groups joined by their one kind of connector ({@link Alternatives} when "and" and "or" mix).
 */
final class ClauseReader {

    private ClauseReader() {}

    static Reading read(List<Element> in, Stretch stretch) {
        String text = stretch.text();
        Section section = stretch.section();
        List<Element> els = new ArrayList<>(in);
        while (!els.isEmpty() && els.get(0) instanceof Element.Connector) {
            els.remove(0);
        }
        while (!els.isEmpty() && els.get(els.size() - 1) instanceof Element.Connector) {
            els.remove(els.size() - 1);
        }
        if (els.isEmpty()) {
            return Reading.read(stretch.unread(UnreadReason.NO_RECOGNISED_TERM));
        }
        boolean negateAll = false;
        if (els.get(0) instanceof Element.Negation) {
            negateAll = true;
            els.remove(0);
        }
        // groups: what stands together without a connector; negation and weakening bind to the next check
        List<Group> groups = new ArrayList<>();
        List<Joint> joints = new ArrayList<>();
        List<Group.Member> group = new ArrayList<>();
        boolean weakGroup = false;
        boolean negateNext = false;
        int negationAt = -1;
        int lastCheckEnd = -1;
        boolean negationInContent = false;
        boolean weakenNext = false;
        for (Element e : els) {
            switch (e) {
                case Element.Connector c -> {
                    if (negateNext || weakenNext) {
                        return Reading.notRead(UnreadReason.DANGLING_NEGATION);
                    }
                    if (group.isEmpty()) {
                        // "A, B, or C": the word after the comma says how the last part joins
                        if (!joints.isEmpty()
                                && joints.get(joints.size() - 1) == Joint.COMMA
                                && (c.joint() == Joint.OR || c.joint() == Joint.AND)) {
                            joints.set(joints.size() - 1, c.joint());
                        }
                        continue;
                    }
                    groups.add(new Group(group, weakGroup));
                    negationInContent = false;
                    group = new ArrayList<>();
                    weakGroup = false;
                    joints.add(c.joint());
                }
                case Element.Negation n -> {
                    negateNext = true;
                    negationAt = n.start();
                }
                case Element.Weak w -> weakenNext = true;
                case Element.Piece p -> {
                    lastCheckEnd = p.end();
                    if (negationInContent) {
                        group.add(new Group.Member.Check(new NotComputable(
                                text.substring(p.start(), p.end()),
                                new TextSpan(p.start(), p.end()),
                                UnreadReason.DANGLING_NEGATION)));
                        continue;
                    }
                    Criterion c = p.c();
                    if (negateNext) {
                        // "without a negative pregnancy test" is not "pregnant": a negated negation is unread
                        c = c instanceof Not
                                ? new NotComputable(
                                        text.substring(p.start(), p.end()), c.span(), UnreadReason.NEGATED_NEGATION)
                                : new Not(c, c.span());
                        negateNext = false;
                    }
                    weakGroup |= weakenNext;
                    weakenNext = false;
                    group.add(new Group.Member.Check(c));
                }
                case Element.Content c -> {
                    // "unwilling to employ adequate contraception": words between a negation and a check leave
                    // unclear whether the negation reaches it
                    negationInContent |= negateNext;
                    negateNext = false;
                    weakGroup |= weakenNext;
                    weakenNext = false;
                    group.add(new Group.Member.Check(new NotComputable(
                            text.substring(c.start(), c.end()), new TextSpan(c.start(), c.end()), c.reason())));
                }
                case Element.Time t -> group.add(new Group.Member.Window(t.token()));
                // labs and liver conditions are trees by now (LabTrees, LiverMetastasisLimits)
                default -> {
                    return Reading.notRead(UnreadReason.LIVER_METASTASIS_LIMITS);
                }
            }
        }
        int closing = ExcludingSentence.closingStart(text);
        if (negateNext && !(closing >= 0 && negationAt >= closing) && !inNoteAfter(text, lastCheckEnd, negationAt)) {
            // "PDE5i were not taken one month before treatment": a negation after every check it could bind to
            // (unless it is in the closing words that say who is excluded, "… will not be included.", or in a note
            // in brackets after the checks, "(screening not required)")
            return Reading.notRead(UnreadReason.DANGLING_NEGATION);
        }
        if (!group.isEmpty()) {
            groups.add(new Group(group, weakGroup));
        }
        if (groups.isEmpty()) {
            return Reading.notRead(UnreadReason.DANGLING_NEGATION);
        }
        if (!WindowPlacement.apply(groups, joints, text)) {
            return Reading.notRead(UnreadReason.WINDOW_ALONE);
        }
        List<Criterion> items = new ArrayList<>();
        for (Group g : groups) {
            List<Criterion> parts = new ArrayList<>();
            for (Group.Member m : g.members()) {
                parts.add(((Group.Member.Check) m).c());
            }
            items.add(qualified(parts, g.weak()));
        }
        boolean or = joints.contains(Joint.OR) || joints.contains(Joint.SLASH);
        boolean and = joints.contains(Joint.AND);
        if (or && and) {
            Reading alternatives = Alternatives.andWithinOr(items, joints);
            if (!(alternatives instanceof Reading.Read read)) {
                return alternatives;
            }
            Criterion a = read.tree();
            return Reading.read(negateAll ? new Not(a, a.span()) : a);
        }
        Joint join = or ? Joint.OR : and ? Joint.AND : section == Section.EXCLUSION ? Joint.OR : Joint.AND;
        if (join == Joint.OR && items.size() > 1 && !Alternatives.unreadAreAlternatives(items, joints)) {
            // a comma or slash before an unread part may continue a sentence rather than offer an alternative
            return Reading.read(stretch.unread(UnreadReason.UNREAD_NOT_ALTERNATIVE));
        }
        if (join == Joint.AND && Alternatives.contradictoryAges(items)) {
            // "less than 18 years old and older than 70 years": either bound is the item
            join = Joint.OR;
        }
        if (join == Joint.AND && joints.contains(Joint.AND) && PregnancyStates.onlyPositiveStates(items)) {
            // "Pregnant and lactating women": two groups of women, one being pregnant or breastfeeding
            join = Joint.OR;
        }
        if (join == Joint.OR && !negateAll && PregnancyStates.negatedFirstOfStates(items)) {
            // "not pregnant, lactating, or of childbearing potential": none of the states
            List<Criterion> states = new ArrayList<>(items);
            states.set(0, ((Not) items.get(0)).part());
            Criterion any = Trees.join(states, Joint.OR, Trees.spanOf(items));
            return Reading.read(new Not(any, any.span()));
        }
        if (join == Joint.AND && section == Section.EXCLUSION && PositiveFindings.anyOf(items)) {
            // "positive for HBsAg, HCV antibody and HIV antibody": any one of the findings excludes
            join = Joint.OR;
        }
        Criterion tree = join == Joint.OR
                ? ChildbearingCondition.subjectOfAlternatives(items, text)
                        .orElseGet(() -> Trees.join(Trees.dedupe(items), Joint.OR, Trees.spanOf(items)))
                : Trees.join(Trees.dedupe(items), join, Trees.spanOf(items));
        if (join == Joint.AND && section != Section.EXCLUSION) {
            tree = ChildbearingCondition.apply(tree);
        }
        return Reading.read(negateAll ? new Not(tree, tree.span()) : tree);
    }

    /** Whether a bracket opened after the last check is still open at a position: a note on what was read. */
    private static boolean inNoteAfter(String text, int lastCheckEnd, int at) {
        if (lastCheckEnd < 0 || at < lastCheckEnd || at > text.length()) {
            return false;
        }
        int open = 0;
        for (int i = lastCheckEnd; i < at; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                open++;
            } else if ((c == ')' || c == ']') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** Checks and content standing together without a connector: all of them ("severe heart failure"); "suspected X" is weaker. */
    static Criterion qualified(List<Criterion> group, boolean weak) {
        List<Criterion> parts = Trees.dedupe(group);
        Criterion core = Trees.join(parts, Joint.AND, Trees.spanOf(parts));
        if (weak) {
            return Trees.join(
                    List.of(core, new NotComputable("", core.span(), UnreadReason.SUSPECTED)), Joint.OR, core.span());
        }
        return core;
    }
}
