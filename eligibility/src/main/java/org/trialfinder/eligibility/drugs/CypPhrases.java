package org.trialfinder.eligibility.drugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.model.text.TextSpan;

/**
 * CYP3A inhibitors and inducers as criteria write them ("strong CYP3A4 inhibitors or inducers", "potent
 * inducers and inhibitors of CYP3A4", "strong cytochrome P-450 (CYP) 3A inhibitors", "moderate or strong
 * CYP3A inducers"), read as the MeSH classes Cytochrome P-450 CYP3A Inhibitors ({@code class:D065692}) and
 * Inducers ({@code class:D065701}), as the labelled set writes them (notation-12 §2).
 *
 * <p>The MeSH classes hold the drugs MeSH lists as CYP3A inhibitors or inducers, whatever their strength.
 * "Strong CYP3A4 inhibitors" (the FDA's list, which the shared tables do not have) is read as a part of the
 * class: the strength is the reading's not-computable part, {@code and(therapy(class:…), not_computable)}, as
 * a dose beside a class is, so a patient on a drug of the class is unknown, never excluded by a drug the text
 * may not mean, and a patient on none of them is decided. What the reading cannot see is a strong inhibitor
 * MeSH does not list in the class; the tables are the limit, as for every class. A second target ("CYP3A4/P-gp
 * inhibitors", "CYP3A4 and P-gp inhibitors") names a class the tables lack: left unread. Its own phrase reader,
 * not class synonyms, because the enzyme and the role are written in either order and share one strength.
 */
public final class CypPhrases {

    private CypPhrases() {}

    static final String INHIBITORS = "MESH:D065692";
    static final String INDUCERS = "MESH:D065701";

    private static final String ENZYME = "(?:cyp\\s*-?\\s*3a(?:4(?:\\s*/\\s*5)?|5)?"
            + "|(?:cytochrome\\s+)?p[\\s-]*450\\s*(?:\\(cyp\\)\\s*)?3a(?:4(?:\\s*/\\s*5)?)?(?:\\s*\\(cyp\\s*3a4?(?:\\s*/\\s*5)?\\))?)";
    private static final String SECOND_TARGET = "(?:\\s*(?:/|and|or|and/or)\\s*(?:p[\\s-]*gp|p[\\s-]*glycoprotein))";
    private static final String STRENGTH = "(?:strong(?:ly)?|potent|moderate(?:ly)?|weak)";
    private static final String STRENGTH_LIST =
            "(?:" + STRENGTH + "(?:\\s*(?:,|/|or|and|and/or|to)\\s*" + STRENGTH + ")*)";
    private static final String STRENGTHS = "(?:" + STRENGTH_LIST + "\\s+)";
    private static final String ROLE = "(?:inhibitors?|inducers?)";
    private static final String ROLES = ROLE + "(?:\\s*(?:,|/|or|and|and/or)\\s*" + ROLE + ")?";

    /** "strong CYP3A4 inhibitors or inducers": enzyme first. */
    private static final Pattern ENZYME_FIRST = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + STRENGTHS + ")?" + ENZYME
            + "(" + SECOND_TARGET + ")?[\\s-]+(" + ROLES + ")(?![\\p{L}\\d])");

    /** "potent inducers and inhibitors of CYP3A4": role first. */
    private static final Pattern ROLE_FIRST = Pattern.compile("(?i)(?<![\\p{L}\\d])(" + STRENGTHS + ")?(" + ROLES
            + ")\\s+of\\s+(?:the\\s+)?" + ENZYME + "(" + SECOND_TARGET + ")?(?![\\p{L}\\d])");

    /** What a phrase's not-computable part holds: its strength, nothing else. */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\s*" + STRENGTH_LIST + "\\s*");

    /**
     * Whether {@code text}, the unread part beside {@code check}, is the strength of a CYP3A phrase ("strong",
     * "potent", "moderate or strong"): the part narrows the class, so {@code
     * and(check, not_computable)} is never stronger than the text (as a dose beside a class is).
     */
    public static boolean isQualifierOf(Criterion check, String text) {
        Criterion c = check instanceof Within w ? w.part() : check;
        return c instanceof PriorTherapyCheck p
                && (p.therapy().equals(notationId(INHIBITORS)) || p.therapy().equals(notationId(INDUCERS)))
                && QUALIFIER.matcher(text).matches();
    }

    private static String notationId(String classId) {
        return DrugClassTables.drugClass(classId).orElseThrow().notationId();
    }

    /** The CYP3A phrases of a text, left to right, not overlapping. */
    static List<ClassPhrases.Hit> find(String text) {
        List<ClassPhrases.Hit> hits = new ArrayList<>();
        if (!text.toLowerCase(Locale.ROOT).matches("(?s).*(?:cyp|p[\\s-]*450).*")) {
            return hits;
        }
        for (Pattern p : List.of(ENZYME_FIRST, ROLE_FIRST)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (overlaps(hits, m.start(), m.end())) {
                    continue;
                }
                String roles = p == ENZYME_FIRST ? m.group(3) : m.group(2);
                boolean secondTarget = (p == ENZYME_FIRST ? m.group(2) : m.group(3)) != null;
                if (secondTarget) {
                    // "CYP3A4/P-gp inhibitors" (inhibitors of either, wider than the class) or "CYP3A4 and P-gp
                    // inhibitors" (of both): a class the tables lack, left unread
                    TextSpan all = new TextSpan(m.start(), m.end());
                    hits.add(new ClassPhrases.Hit(m.start(), m.end(), new NotComputable(m.group(), all), null));
                    continue;
                }
                // the strength is the phrase's unread part, as a dose is ("strong", "potent or moderate"),
                // so a window after the class ("… within 14 days") is the class's
                int classStart = m.group(1) == null ? m.start() : m.end(1);
                TextSpan span = new TextSpan(classStart, m.end());
                NotComputable strength = m.group(1) == null
                        ? null
                        : new NotComputable(
                                m.group(1).strip(),
                                new TextSpan(
                                        m.start(1),
                                        m.start(1) + m.group(1).strip().length()));
                hits.add(new ClassPhrases.Hit(classStart, m.end(), reading(roles, span), strength));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    private static Criterion reading(String roles, TextSpan span) {
        String lower = roles.toLowerCase(Locale.ROOT);
        List<Criterion> parts = new ArrayList<>();
        if (lower.contains("inhibitor")) {
            parts.add(new PriorTherapyCheck(notationId(INHIBITORS), span));
        }
        if (lower.contains("inducer")) {
            parts.add(new PriorTherapyCheck(notationId(INDUCERS), span));
        }
        return parts.size() == 1 ? parts.getFirst() : new Or(parts, span);
    }

    private static boolean overlaps(List<ClassPhrases.Hit> hits, int start, int end) {
        for (ClassPhrases.Hit h : hits) {
            if (start < h.end() && h.start() < end) {
                return true;
            }
        }
        return false;
    }
}
