package org.trialfinder.eligibility.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.SexCheck;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * "Females must …", "Women of childbearing potential must …", "For men: …": a statement about a group of
 * patients, {@code if(sex = female, …)}. A shape the facade tries before reading the item left to right: empty
 * when the item is not of this shape or its statement is not read.
 */
final class SubjectShape {

    private SubjectShape() {}

    static Optional<Criterion> read(String text, Section section) {
        return Optional.ofNullable(subjectConditional(text, 0, section));
    }

    private static final Pattern SUBJECT = Pattern.compile(
            "(?i)^\\s*(?:(?:for|all)\\s+)?(?:"
                    + "(?<cbp>(?:(?:women|woman|females?|participants|subjects|patients)\\s+(?:of|with)\\s+)?(?:child[\\s-]?bearing|reproductive)\\s+potential(?:\\s*\\(WOCBP\\))?|WOCBP)"
                    + "|(?<f>females?|women|woman)(?:\\s+(?:participants?|subjects?|patients?))?"
                    + "|(?<m>males?|men|man)(?:\\s+(?:participants?|subjects?|patients?))?)"
                    + "\\s*(?::|must|should|need\\s+to|needs\\s+to|shall|are\\s+required\\s+to|is\\s+required\\s+to|will\\s+need\\s+to)\\s*");

    /**
     * The statement about a subject from {@code from}: to the end of the text, or to the end of its sentence when
     * the next sentence names a subject of its own ("WOCBP must have a negative pregnancy test. Women must not be
     * breastfeeding."): the first subject's condition does not reach into it.
     */
    private static Criterion subjectConditional(String text, int from, Section section) {
        Matcher m = SUBJECT.matcher(text).region(from, text.length());
        if (!m.lookingAt() || m.end() >= text.length()) {
            return null;
        }
        // "Women of childbearing potential: …" only when what follows is about them, not a list lead-in.
        TextSpan condSpan = new TextSpan(m.start(), m.end());
        Criterion condition = m.group("cbp") != null
                ? new ReproductiveCheck(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, condSpan)
                : new SexCheck(m.group("f") != null ? SexCheck.Sex.FEMALE : SexCheck.Sex.MALE, condSpan);
        Matcher next = NEXT_SENTENCE.matcher(text).region(m.end(), text.length());
        while (next.find()) {
            Criterion second = subjectConditional(text, next.end(), section);
            if (second == null) {
                continue;
            }
            Criterion then =
                    StretchReader.read(text, m.end(), next.start() + 1, section).treeOrNull();
            if (then == null || !then.computable()) {
                return null;
            }
            Criterion first = stated(m, condition, then, new TextSpan(from, next.start() + 1), section);
            return Trees.join(
                    List.of(first, second),
                    section == Section.EXCLUSION ? Joint.OR : Joint.AND,
                    new TextSpan(from, text.length()));
        }
        Criterion then =
                StretchReader.read(text, m.end(), text.length(), section).treeOrNull();
        if (then == null || !then.computable()) {
            return null;
        }
        return stated(m, condition, then, new TextSpan(from, text.length()), section);
    }

    /**
     * What the statement says of its subject: {@code if(subject, then)}; under an exclusion heading a requirement
     * ("must", "should") is excluded when not met ({@link ExclusionRequirement}).
     */
    private static Criterion stated(Matcher m, Criterion subject, Criterion then, TextSpan span, Section section) {
        if (section == Section.EXCLUSION && ExclusionRequirement.requires(m.group())) {
            return ExclusionRequirement.breach(subject, then, span);
        }
        return new Conditional(subject, then, span);
    }

    /** A sentence's end: its full stop and the spaces before the next one, which starts with a capital. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("\\.\\s+(?=\\p{Lu})");
}
