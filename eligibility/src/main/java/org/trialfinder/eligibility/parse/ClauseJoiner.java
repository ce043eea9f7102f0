package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * Splits a stretch's elements into clauses at ";" and sentence ends, reads each ({@link ClauseReader}) and joins
 * them: by "or" when each later clause opens with "or" ("…; or …"), else as the section's bare list.
 */
final class ClauseJoiner {

    private ClauseJoiner() {}

    static Reading read(List<Element> in, Stretch stretch) {
        List<List<Element>> clauses = new ArrayList<>();
        List<Boolean> orClause = new ArrayList<>();
        List<Element> current = new ArrayList<>();
        boolean nextIsOr = false;
        for (int i = 0; i < in.size(); i++) {
            Element e = in.get(i);
            if (e instanceof Element.Connector c && c.joint() == Joint.SEMI) {
                if (!current.isEmpty()) {
                    clauses.add(current);
                    orClause.add(nextIsOr);
                }
                current = new ArrayList<>();
                nextIsOr = i + 1 < in.size() && in.get(i + 1) instanceof Element.Connector n && n.joint() == Joint.OR;
                if (nextIsOr) {
                    i++;
                }
                continue;
            }
            current.add(e);
        }
        if (!current.isEmpty()) {
            clauses.add(current);
            orClause.add(nextIsOr);
        }
        List<Criterion> trees = new ArrayList<>();
        boolean anyOr = false;
        boolean allOr = true;
        for (int i = 0; i < clauses.size(); i++) {
            Reading r = ClauseReader.read(clauses.get(i), stretch);
            if ((!(r instanceof Reading.Read read) || read.tree().partlyNotComputable()) && i > 0 && orClause.get(i)) {
                // "…; or the female participants … unwilling to …": an unread alternative
                r = Reading.read(stretch.unread(UnreadReason.UNREAD_ALTERNATIVE));
            }
            if (r instanceof Reading.Read read
                    && stretch.section() == Section.EXCLUSION
                    && ExclusionRequirement.unmetRequirement(
                            stretch.text(), start(clauses.get(i)), end(clauses.get(i)), read.tree())) {
                // "… Women of childbearing potential must use effective contraception": a requirement, not the
                // exclusion
                r = Reading.read(new NotComputable(
                        stretch.text().substring(start(clauses.get(i)), end(clauses.get(i))),
                        new TextSpan(start(clauses.get(i)), end(clauses.get(i))),
                        UnreadReason.REQUIREMENT_IN_EXCLUSION));
            }
            if (!(r instanceof Reading.Read read)) {
                return r;
            }
            trees.add(read.tree());
            if (i > 0) {
                anyOr |= orClause.get(i);
                allOr &= orClause.get(i);
            }
        }
        if (anyOr && !allOr) {
            return Reading.notRead(UnreadReason.MIXED_CLAUSE_JOINS);
        }
        Joint join = anyOr ? Joint.OR : stretch.section() == Section.EXCLUSION ? Joint.OR : Joint.AND;
        if (trees.size() > 1 && !anyOr && trees.stream().anyMatch(Criterion::partlyNotComputable)) {
            return Reading.notRead(Trees.firstReason(
                    trees.stream()
                            .filter(Criterion::partlyNotComputable)
                            .findFirst()
                            .orElseThrow(),
                    UnreadReason.UNREAD_WORDS));
        }
        Criterion joined = Trees.join(trees, join, Trees.spanOf(trees));
        return contradictory(joined) ? Reading.notRead(UnreadReason.CONTRADICTORY_ALTERNATIVES) : Reading.read(joined);
    }

    /** Where a clause's first positioned element starts (-1 when none has a position). */
    private static int start(List<Element> clause) {
        int s = Integer.MAX_VALUE;
        for (Element e : clause) {
            s = Math.min(s, position(e, true));
        }
        return s == Integer.MAX_VALUE ? -1 : s;
    }

    /** Where a clause's last positioned element ends (-1 when none has a position). */
    private static int end(List<Element> clause) {
        int s = -1;
        for (Element e : clause) {
            int p = position(e, false);
            if (p != Integer.MAX_VALUE) {
                s = Math.max(s, p);
            }
        }
        return s;
    }

    private static int position(Element e, boolean start) {
        return switch (e) {
            case Element.Piece p -> start ? p.start() : p.end();
            case Element.Content c -> start ? c.start() : c.end();
            case Element.Time t -> start ? t.token().start() : t.token().end();
            case Element.Labs l -> start ? l.token().start() : l.token().end();
            case Element.Liver l -> start ? l.token().start() : l.token().end();
            default -> Integer.MAX_VALUE;
        };
    }

    /** An or of a check and its negation ("positive pregnancy test; must not be pregnant"): a restatement misread. */
    static boolean contradictory(Criterion c) {
        if (!(c instanceof Or or)) {
            return false;
        }
        List<Criterion> parts =
                or.parts().stream().map(TestResultWords::asPregnancyState).toList();
        for (Criterion p : parts) {
            if (p instanceof Not n && parts.stream().anyMatch(q -> Trees.SAME.equivalent(q, n.part()))) {
                return true;
            }
        }
        return false;
    }
}
