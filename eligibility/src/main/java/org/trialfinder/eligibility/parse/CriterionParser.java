package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.CatalogUnits;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.Equivalence;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.MetastasisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.SexCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.Within;
import org.trialfinder.eligibility.drugs.CypPhrases;
import org.trialfinder.eligibility.drugs.DoseQualifier;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * Reads one criterion item's text into a {@link Criterion} tree, deterministically and without
 * guessing: what the notation can say exactly is read ({@link Recognizer}), the words between are
 * either filler ("patients with a history of"), connectors (or, and, commas), negations ("no", "non",
 * "negative") or content the notation cannot say, which becomes a {@link NotComputable} part under the
 * item's logic, so a partly read item is never stronger than its text. Ambiguous logic ("A and B or C")
 * makes the whole item not computable.
 *
 * <p>The tree says what the item states, whatever list it is in; the section only decides how a bare
 * list joins ("ANC ≥ 1.5, platelets ≥ 100" must all hold for an inclusion, and any one out of range is
 * the exclusion), and how "AST/ALT" joins.
 */
public final class CriterionParser {

    private CriterionParser() {}

    /** Parses an item whose list is not known (a bare list joins with "and"). */
    public static Criterion parse(String text) {
        return parse(text, Section.UNSPECIFIED);
    }

    /**
     * Parses an item of the given list. Never throws on any text; unreadable text is {@link NotComputable}.
     * An item too long for any real criterion is not read ({@link ItemBounds}); an item that cannot be read
     * as a whole but holds a list is read part by part ({@link ListReader}).
     */
    public static Criterion parse(String text, Section section) {
        if (text != null && text.length() > ItemBounds.MAX_CHARS) {
            return ItemBounds.tooLong(text);
        }
        Criterion whole = parseWhole(text, section);
        Criterion list = whole instanceof NotComputable && text != null ? ListReader.read(text, section) : null;
        return list != null ? list : whole;
    }

    /** Parses the item as a whole, without splitting a list it holds. */
    static Criterion parseWhole(String text, Section section) {
        // spans and unread texts of the tree point into the text as given, whatever spelling was read
        SpellingNormaliser.Normalised spelled = SpellingNormaliser.normalise(text);
        return spelled.original(parseSpelled(spelled.text(), section));
    }

    private static Criterion parseSpelled(String t, Section section) {
        TextSpan all = new TextSpan(0, t.length());
        if (t.isBlank() || UNFINISHED.matcher(t).find() || PERMISSION.matcher(t).find()) {
            return new NotComputable(t, all);
        }
        Criterion c = targetCondition(t, section);
        if (c == null) {
            c = subjectConditional(t, section);
        }
        if (c == null) {
            c = definedInParentheses(t, section);
        }
        if (c == null) {
            c = new Run(t, 0, t.length(), section).tree();
        }
        // Precision over coverage: an item with an unread part is not computable as a whole (a partial tree
        // is never stronger than the text, but how its parts join is where readings differ), except a list
        // of alternatives with some unread ("HIV infection or other immunodeficiency"): each read
        // alternative is exact, and one of them holding decides the item.
        if (c == null || !c.computable() || BracketQualifier.unreadConditionalAlternative(c, t)) {
            return new NotComputable(t, all);
        }
        if (c.partlyNotComputable()
                && !readAlternatives(c)
                && !qualifiedAlternatives(c, t)
                && !GilbertAllowance.onlyUnreadAllowances(c)) {
            return new NotComputable(t, all);
        }
        return c;
    }

    /**
     * "Female patients who:", "Subjects with:": a sentence left unfinished, whose statement follows in lines
     * or sub-items of its own; what it names ("female") is only who the statement is about, never the item.
     */
    private static final Pattern UNFINISHED =
            Pattern.compile("(?i)\\b(?:who|whom|whose|that|which|with|without|have|has|must|should|are|is)\\s*:?\\s*$");

    /**
     * "Pregnant and nursing people are eligible to participate", "Patients who have previously received venetoclax
     * … can be eligible for this sub-study": a permission, in whatever list it stands. Read as a criterion it
     * would exclude (or require) the very patients it lets in.
     */
    private static final Pattern PERMISSION =
            Pattern.compile("(?i)\\b(?:are|is|be|remain|remains)\\s+(?:also\\s+)?(?:eligible|allowed|permitted)\\b"
                    + "|\\b(?:can|may)\\s+(?:also\\s+)?(?:participate|be\\s+(?:enrolled|included|eligible))\\b");

    /**
     * Words that narrow the check they stand before without the notation being able to say how
     * ("uncontrolled hypertension", "serious mental illness", "major surgery"): by the notation's
     * conventions the check stays, with a not-computable part under the item's logic, so the reading is
     * never stronger than the text.
     */
    private static final Set<String> NARROWING = Set.of(
            "uncontrolled",
            "untreated",
            "severe",
            "serious",
            "symptomatic",
            "major",
            "allogeneic",
            "clinically",
            "significant",
            "poorly",
            "controlled",
            "concurrent");

    /**
     * "At least 4 weeks since radiotherapy, with full recovery": recovery is a further condition beside the
     * check (negated or not), unread; a narrowing word is not, as it belongs inside a negation.
     */
    private static final Set<String> RECOVERY =
            Set.of("full", "fully", "complete", "completely", "recovery", "recovered");

    /** "Prior chemotherapy for metastatic breast cancer": a prior therapy narrowed to the disease it was for. */
    private static final Pattern PURPOSE_BEFORE =
            Pattern.compile("(?is).*\\bfor\\s+(?:the\\s+|this\\s+|their\\s+|a\\s+)?$");

    /**
     * "… who are not using contraception and females who are pregnant …": in an exclusion, "and" before
     * another group of people, named with what is said of them, adds the group: either group is excluded.
     */
    private static final Pattern ANOTHER_GROUP = Pattern.compile(
            "(?i)\\s+(?:the\\s+|all\\s+|any\\s+)?(?:females?|women|woman|males?|men|man|patients?|subjects?|participants?|persons?|people|individuals?)\\s+(?:who|that|whose)\\b");

    private static final Set<String> MEN = Set.of("men", "males", "male", "man");
    private static final Pattern MEN_AND_WOMEN_OF_POTENTIAL = Pattern.compile(
            "(?i)\\s+and\\s+(?:females?|women|woman)\\s+(?:of|with)\\s+(?:child[\\s-]?bearing|reproductive)\\s+(?:potential|age)");

    /** "for (the) study disease", "for this cancer", "for their disease": a prior therapy's purpose in filler words. */
    private static final Pattern THE_DISEASE = Pattern.compile(
            "(?i)\\s*for\\s+(?<words>(?:the|this|their|his|her|its)\\s+(?:(?:study|current|present|underlying|primary|target|same)\\s+)*"
                    + "|(?:the\\s+)?(?:study|current|present|underlying|primary|target|same)\\s+)"
                    + "(?:disease|cancer|tumou?r|malignancy|condition|indication)\\b");

    private static final Pattern PURPOSE_AFTER =
            Pattern.compile("(?i)^\\s*(?:cancer|carcinoma|disease|malignancy|tumou?r|setting)?\\s*[.;]?\\s*$");
    private static final Pattern FEW_WORDS = Pattern.compile("(?i)^\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,2}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** An unread part that is only words of the set. */
    private static boolean only(Set<String> words, NotComputable nc) {
        Matcher m = WORD.matcher(nc.text());
        boolean any = false;
        while (m.find()) {
            if (!words.contains(m.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any && nc.text().replaceAll("[\\p{L}\\s,]", "").isEmpty();
    }

    /** Whether every unread part of the tree is a narrowing qualifier. */
    private static boolean negates(Criterion c) {
        return switch (c) {
            case Not n -> true;
            case And a -> a.parts().stream().anyMatch(CriterionParser::negates);
            case Or o -> o.parts().stream().anyMatch(CriterionParser::negates);
            case Conditional k -> true;
            case Within w -> negates(w.part());
            default -> false;
        };
    }

    /** The unread words are what a prior therapy was for: "… for (the) metastatic breast (cancer)" closing the item. */
    private static boolean purpose(Criterion check, NotComputable nc, String text) {
        TextSpan s = nc.span();
        if (!(check instanceof PriorTherapyCheck) || s.start() <= 0 || s.end() > text.length()) {
            return false;
        }
        return FEW_WORDS.matcher(nc.text().strip()).matches()
                && PURPOSE_BEFORE.matcher(text.substring(0, s.start())).matches()
                && PURPOSE_AFTER.matcher(text.substring(s.end())).matches();
    }

    private static boolean unreadOnlyNarrowing(Criterion c, String text) {
        return switch (c) {
            // a qualifier alone ("uncontrolled" before a word that is not a check) qualifies nothing read
            case NotComputable nc -> false;
            case And a ->
                a.parts().size() == 2
                                && a.parts().get(1) instanceof NotComputable nc
                                && !a.parts().get(0).partlyNotComputable()
                        ? only(RECOVERY, nc)
                                || !negates(a.parts().get(0))
                                        && (only(NARROWING, nc)
                                                || purpose(a.parts().get(0), nc, text)
                                                || DoseQualifier.isDoseOfTherapy(
                                                        a.parts().get(0), nc.text())
                                                || CypPhrases.isQualifierOf(
                                                        a.parts().get(0), nc.text()))
                        : a.parts().stream().allMatch(p -> unreadOnlyNarrowing(p, text));
            case Or o -> o.parts().stream().allMatch(p -> unreadOnlyNarrowing(p, text));
            case Not n -> unreadOnlyNarrowing(n.part(), text);
            case Conditional k -> unreadOnlyNarrowing(k.condition(), text) && unreadOnlyNarrowing(k.then(), text);
            case Within w -> unreadOnlyNarrowing(w.part(), text);
            default -> true;
        };
    }

    /**
     * Every unread part is a narrowing qualifier ("serious mental abnormalities"), or an or of
     * alternatives each read (possibly with such qualifiers) plus at most one unread alternative
     * ("severe heart failure, severe arrhythmia, etc").
     */
    private static boolean qualifiedAlternatives(Criterion c, String text) {
        if (unreadOnlyNarrowing(c, text)) {
            return true;
        }
        if (!(c instanceof Or or)) {
            return false;
        }
        long unread =
                or.parts().stream().filter(p -> p instanceof NotComputable).count();
        return unread == 1
                && or.parts().stream()
                        .filter(p -> !(p instanceof NotComputable))
                        .allMatch(p -> unreadOnlyNarrowing(p, text));
    }

    /** An or of a check and its negation ("positive pregnancy test; must not be pregnant"): a restatement misread. */
    private static boolean contradictory(Criterion c) {
        if (!(c instanceof Or or)) {
            return false;
        }
        List<Criterion> parts =
                or.parts().stream().map(TestResultWords::asPregnancyState).toList();
        for (Criterion p : parts) {
            if (p instanceof Not n && parts.stream().anyMatch(q -> SAME.equivalent(q, n.part()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code or(a, b, …, not_computable)} with every read alternative free of unread parts. */
    private static boolean readAlternatives(Criterion c) {
        if (!(c instanceof Or or)) {
            return false;
        }
        long unread =
                or.parts().stream().filter(p -> p instanceof NotComputable).count();
        return unread == 1
                && or.parts().stream()
                        .filter(p -> !(p instanceof NotComputable))
                        .noneMatch(Criterion::partlyNotComputable);
    }

    // ---- "Diagnosis of X", "Histologically confirmed X": the trial's own condition ------------------------

    private static final Pattern TARGET_CONDITION = Pattern.compile(
            "(?i)^\\s*(?:(?:patients?|participants?|subjects?)\\s+(?:must\\s+have\\s+|with\\s+)?(?:an?\\s+)?)?"
                    + "(?:(?:an?\\s+)?(?:(?:confirmed|documented|established|current|clinical|definite)\\s+)?diagnosis\\s+of|diagnosed\\s+with"
                    + "|(?:histologically|cytologically|pathologically)(?:\\s+(?:and|or|and/or)\\s+(?:histologically|cytologically|pathologically))?\\s+(?:confirmed|documented|proven)(?:\\s+diagnosis\\s+of)?)"
                    + "\\s+(?<condition>[\\p{L}][\\p{L}'’ -]{2,60}?)\\s*[.;]?\\s*$");
    /** "…, with a definite diagnosis of X", "… with pathologically confirmed X" closing an item whose start is read. */
    private static final Pattern TARGET_CONDITION_TAIL =
            Pattern.compile("(?i)(?:,\\s*|\\s+)(?:with|who\\s+have|having)\\s+(?:an?\\s+)?"
                    + "(?:(?:(?:definite|confirmed|documented|established|clinical)\\s+)?diagnosis\\s+of"
                    + "|(?:histologically|cytologically|pathologically)(?:\\s+(?:and|or|and/or)\\s+(?:histologically|cytologically|pathologically))?\\s+(?:confirmed|documented|proven)(?:\\s+diagnosis\\s+of)?)"
                    + "\\s+(?<condition>[\\p{L}][\\p{L}'’ -]{2,60}?)\\s*[.;]?\\s*$");

    private static final Pattern NOT_A_PLAIN_CONDITION = Pattern.compile(
            "(?i)\\b(?:or|and|according|based|defined|criteria|who|with|without|that|which|by|per|as|any|other|stage|grade|history|prior|previous|suspected|possible|probable)\\b");

    /**
     * An inclusion naming the trial's condition and nothing else ("Diagnosis of benign prostatic
     * hyperplasia", "Histologically confirmed adenocarcinoma of the breast") is {@code diagnosis(COND:…)}
     * in the record's words; anything more (a stage, a list, a qualifier) is left unread.
     */
    private static Criterion targetCondition(String text, Section section) {
        if (section == Section.EXCLUSION) {
            return null;
        }
        Matcher m = TARGET_CONDITION.matcher(text);
        if (!m.matches()) {
            return conditionAfterReadStart(text, section);
        }
        String condition = m.group("condition").strip();
        if (NOT_A_PLAIN_CONDITION.matcher(condition).find()) {
            return null;
        }
        return new DiagnosisCheck(
                DiagnosisCheck.CONDITION_PREFIX + condition, new TextSpan(m.start("condition"), m.end("condition")));
    }

    /**
     * "Females with pathologically confirmed adenocarcinoma of the breast", "Males, age 18 years and older,
     * with a definite diagnosis of multiple sclerosis": the trial's condition closing an item whose start is
     * wholly read; both hold.
     */
    private static final Pattern NAMED_DIAGNOSIS = Vocabulary.words(String.join("|", Vocabulary.DIAGNOSES.values()));

    private static Criterion conditionAfterReadStart(String text, Section section) {
        Matcher m = TARGET_CONDITION_TAIL.matcher(text);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String condition = m.group("condition").strip();
        // a condition the notation has a term for is read as that term, by the run
        if (NOT_A_PLAIN_CONDITION.matcher(condition).find()
                || NAMED_DIAGNOSIS.matcher(condition).find()) {
            return null;
        }
        Criterion start = new Run(text, 0, m.start(), section).tree();
        if (start == null || !start.computable() || start.partlyNotComputable() || start instanceof Or) {
            return null;
        }
        Criterion diagnosis = new DiagnosisCheck(
                DiagnosisCheck.CONDITION_PREFIX + condition, new TextSpan(m.start("condition"), m.end("condition")));
        return join(List.of(start, diagnosis), Conn.AND, new TextSpan(0, text.length()));
    }

    // ---- "Females must …", "Women of childbearing potential must …", "For men: …" ------------------------

    private static final Pattern SUBJECT = Pattern.compile(
            "(?i)^\\s*(?:(?:for|all)\\s+)?(?:"
                    + "(?<cbp>(?:(?:women|woman|females?|participants|subjects|patients)\\s+(?:of|with)\\s+)?(?:child[\\s-]?bearing|reproductive)\\s+potential(?:\\s*\\(WOCBP\\))?|WOCBP)"
                    + "|(?<f>females?|women|woman)(?:\\s+(?:participants?|subjects?|patients?))?"
                    + "|(?<m>males?|men|man)(?:\\s+(?:participants?|subjects?|patients?))?)"
                    + "\\s*(?::|must|should|need\\s+to|needs\\s+to|shall|are\\s+required\\s+to|is\\s+required\\s+to|will\\s+need\\s+to)\\s*");

    private static Criterion subjectConditional(String text, Section section) {
        return subjectConditional(text, 0, section);
    }

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
            Criterion then = new Run(text, m.end(), next.start() + 1, section).tree();
            if (then == null || !then.computable()) {
                return null;
            }
            Criterion first = new Conditional(condition, then, new TextSpan(from, next.start() + 1));
            return join(
                    List.of(first, second),
                    section == Section.EXCLUSION ? Conn.OR : Conn.AND,
                    new TextSpan(from, text.length()));
        }
        Criterion then = new Run(text, m.end(), text.length(), section).tree();
        if (then == null || !then.computable()) {
            return null;
        }
        return new Conditional(condition, then, new TextSpan(from, text.length()));
    }

    /** A sentence's end: its full stop and the spaces before the next one, which starts with a capital. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("\\.\\s+(?=\\p{Lu})");

    // ---- "Heart failure (LVEF ≤ 30%)": a name and its definition ----------------------------------------------

    private static final Pattern NAME_AND_DEFINITION = Pattern.compile(
            "^\\s*(?<name>[^()]{2,80}?)\\s*\\((?<def>[^()]*(?:\\([^()]*\\)[^()]*)*)\\)(?<rest>[^()]*)$");
    private static final Pattern PERMISSIVE = Pattern.compile(
            "(?i)\\b(?:unless|except|other\\s+than|allowed|permitted|eligible|may|can|if|provided|but|not|no|excluding|only|without|or)\\b");

    /**
     * An item written as a name with its definition in parentheses: the definition, when fully read,
     * says exactly what the name means ("Impaired kidney function (creatinine &gt; 2.5 mg/dL)"); a fully
     * read name stands when the parentheses only describe it ("Uncontrolled hypertension (systolic &gt; 150
     * mmHg …)"). Never when the parentheses restrict or permit ("unless", "except", "may").
     */
    private static Criterion definedInParentheses(String text, Section section) {
        Matcher m = NAME_AND_DEFINITION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Run rest = new Run(text, m.start("rest"), m.end("rest"), section);
        if (!rest.fillerOnly()) {
            return null;
        }
        Criterion def = new Run(text, m.start("def"), m.end("def"), section).tree();
        Criterion name = new Run(text, m.start("name"), m.end("name"), section).tree();
        // a name whose logic could not be read ("primary immunodeficiency or active HIV") is not a mere name
        boolean nameUnread = (name == null || !name.computable()) && readsAny(text, m.start("name"), m.end("name"));
        if (def != null
                && def.computable()
                && !def.partlyNotComputable()
                && !nameUnread
                && !BracketQualifier.negated(m.group("name"))
                && (name == null || !name.computable() || name instanceof DiagnosisCheck)) {
            return def;
        }
        if (name != null
                && name.computable()
                && !name.partlyNotComputable()
                && !BracketQualifier.narrows(name, m.group("def"))
                && !PERMISSIVE.matcher(m.group("def")).find()
                && (def == null || !def.computable())) {
            return name;
        }
        return null;
    }

    /** Whether any check is recognised in a stretch of the text. */
    private static boolean readsAny(String text, int from, int to) {
        return Recognizer.tokens(text).stream()
                .anyMatch(t -> t.start() >= from
                        && t.end() <= to
                        && (t instanceof Token.Atom a && a.criterion().computable() || t instanceof Token.Labs));
    }

    // ---- one run over a stretch of text --------------------------------------------------------------------

    /** Connectors; SLASH ("AST/ALT", "chemotherapy/adjuvant") joins as "or" but is no explicit alternative. */
    private enum Conn {
        OR,
        SLASH,
        AND,
        COMMA,
        SEMI
    }

    /** An element of the item read left to right. */
    private sealed interface El {
        record Piece(Criterion c, int start, int end) implements El {}

        record Content(int start, int end) implements El {}

        record Connector(Conn conn) implements El {}

        record Negation(int start) implements El {}

        record Weak(int start) implements El {}

        record Time(Token.Time token) implements El {}

        record Liver(Token.LiverCondition token) implements El {}

        record Labs(Token.Labs token) implements El {}
    }

    // Words keep inner periods ("1.5") but not a sentence's final one; common abbreviations keep theirs. A run of
    // word characters is one turn of the loop: one turn per character overflowed the stack on a 100 kB "word".
    private static final Pattern GAP_WORD =
            Pattern.compile("(?i)and\\s*/\\s*or|e\\.\\s?g\\.|i\\.\\s?e\\.|etc\\.|vs\\.|approx\\.|incl\\."
                    + "|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’-]++|\\.(?=[\\p{L}\\p{N}]))*|[,;/]|\\.(?=\\s|$)|\\S");

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}]+|[\\p{Punct}]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}–—:()\\[\\]\"'’“”]+");

    private static final Set<String> FILLER = Set.copyOf(List.of(
            "a",
            "an",
            "the",
            "of",
            "with",
            "has",
            "have",
            "had",
            "having",
            "known",
            "documented",
            "confirmed",
            "history",
            "prior",
            "previous",
            "previously",
            "any",
            "current",
            "currently",
            "active",
            "at",
            "time",
            "screening",
            "baseline",
            "enrollment",
            "enrolment",
            "randomization",
            "randomisation",
            "signing",
            "informed",
            "consent",
            "form",
            "patient",
            "patients",
            "participant",
            "participants",
            "subject",
            "subjects",
            "people",
            "persons",
            "person",
            "individuals",
            "individual",
            "women",
            "woman",
            "men",
            "man",
            "female",
            "females",
            "male",
            "males",
            "adults",
            "adult",
            "who",
            "whom",
            "that",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "must",
            "should",
            "shall",
            "will",
            "would",
            "can",
            "need",
            "needs",
            "required",
            "to",
            "for",
            "in",
            "on",
            "by",
            "as",
            "per",
            "evidence",
            "diagnosis",
            "diagnosed",
            "presence",
            "present",
            "either",
            "both",
            "all",
            "etc",
            "etc.",
            "e.g.",
            "i.e.",
            "also",
            "study",
            "entry",
            "visit",
            "clinical",
            "there",
            "exists",
            "existing",
            "ongoing",
            "use",
            "used",
            "using",
            "receipt",
            "received",
            "receive",
            "receiving",
            "treatment",
            "treated",
            "administration",
            "taken",
            "taking",
            "undergone",
            "underwent",
            "infection",
            "infections",
            "status",
            "test",
            "result",
            "results",
            "aged",
            "age",
            "ages",
            "years",
            "year",
            "old",
            "inclusive",
            "included",
            "value",
            "values",
            "level",
            "levels",
            "count",
            "counts",
            "serum",
            "plasma",
            "total",
            "an",
            "includes",
            "include",
            "following",
            "criteria",
            "criterion",
            "eligible",
            "is",
            "it",
            "its",
            "their",
            "his",
            "her",
            "they",
            "he",
            "she",
            "defined",
            "define",
            "i",
            "ii",
            "had",
            "does",
            "do",
            "did",
            "or",
            "and",
            "positive",
            "serology",
            "serologic",
            "seropositive",
            "gender",
            "sex",
            "participate",
            "participation",
            "this",
            "trial",
            "shown",
            "demonstrated",
            "demonstrate",
            "show",
            "lab",
            "laboratory",
            "laboratories",
            "tests",
            "values",
            "measured",
            "measurement",
            "institutional",
            "institution",
            "local",
            "normal",
            "limit",
            "limits",
            "upper",
            "range",
            "uln",
            "disease",
            "diseases",
            "cancer",
            "tumor",
            "tumour",
            "history",
            "hx",
            "medical",
            "diagnoses",
            "diagnostic",
            "condition",
            "conditions",
            "significant",
            "children",
            "child",
            "adolescents",
            "adolescent",
            "infants",
            "anticancer",
            "anti-cancer",
            "antineoplastic",
            "anti-neoplastic",
            "cytotoxic",
            "history",
            "hx",
            "day",
            "days",
            "clinically",
            "detectable",
            // "elevation of AST > 3 × ULN": the threshold says it
            "elevation",
            "elevated",
            "co-infection",
            "coinfection",
            "virus",
            "written",
            "enrolling",
            "sub-study",
            "substudy",
            "patient's",
            "participant's",
            "subject's",
            "patient’s",
            "participant’s",
            "subject’s"));

    /**
     * Words redundant when the item gives a time window ("recent stroke within the last 3 months", "ANC ≥ 1500/uL
     * (collected within 10 days prior to …)").
     */
    private static final Set<String> FILLER_WITH_WINDOW =
            Set.of("recent", "recently", "newly", "collected", "obtained", "drawn", "performed");

    /** Words that restrict the neighbouring check without the notation being able to say how (kept as not computable). */
    private static final Set<String> NOT_FILLER_WHEN_ALONE = Set.of(
            "disease",
            "diseases",
            "cancer",
            "tumor",
            "tumour",
            "condition",
            "conditions",
            "significant",
            "infection",
            "infections");

    private static final Set<String> NEGATION = Set.of(
            "no",
            "not",
            "non",
            "non-",
            "without",
            "never",
            "negative",
            "absence",
            "absent",
            "free",
            "none",
            "neither",
            "unwilling",
            "unwillingness",
            "refuse",
            "refuses",
            "refusal",
            "inability",
            "unable",
            "lack",
            "lacking",
            "nor");

    private static final Set<String> WEAKENING =
            Set.of("suspected", "suspicion", "possible", "probable", "likely", "presumed");

    private static final class Run {
        final String text;
        final int from;
        final int to;
        final Section section;
        final List<El> els = new ArrayList<>();

        Run(String text, int from, int to, Section section) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.section = section;
        }

        Criterion tree() {
            List<Token> tokens = new ArrayList<>();
            for (Token t : Recognizer.tokens(text)) {
                if (t.start() >= from && t.end() <= to) {
                    tokens.add(t);
                }
            }
            if (section == Section.EXCLUSION) {
                MeshConditions.addTo(text, from, to, tokens);
            }
            boolean hasWindow = tokens.stream().anyMatch(t -> t instanceof Token.Time);
            boolean hasAge = tokens.stream()
                    .anyMatch(t -> t instanceof Token.Atom a
                            && (a.criterion() instanceof AgeCheck
                                    || a.criterion() instanceof And and
                                            && and.parts().get(0) instanceof AgeCheck));
            int at = from;
            for (Token t : tokens) {
                gap(at, t.start(), hasAge, hasWindow);
                switch (t) {
                    case Token.Atom a -> els.add(new El.Piece(a.criterion(), a.start(), a.end()));
                    case Token.Labs l -> els.add(new El.Labs(l));
                    case Token.BySection b -> els.add(new El.Piece(b.tree().apply(section), b.start(), b.end()));
                    case Token.Time w -> els.add(new El.Time(w));
                    case Token.LiverCondition c -> els.add(new El.Liver(c));
                    case Token.Examples e -> {}
                    case Token.Unless x -> {
                        // an exception restricts what precedes it, whatever comma stands before it
                        while (!els.isEmpty() && els.get(els.size() - 1) instanceof El.Connector) {
                            els.remove(els.size() - 1);
                        }
                        els.add(new El.Content(x.start(), x.end()));
                    }
                    case Token.Filler f -> {}
                }
                at = Math.max(at, t.end());
            }
            gap(at, to, hasAge, hasWindow);
            if (els.stream().noneMatch(e -> e instanceof El.Piece || e instanceof El.Labs)) {
                return null;
            }
            if (!liver()) {
                return null;
            }
            examplesOfATerm();
            labs();
            return combine(els);
        }

        /** Words and numbers that make an example list say more than examples (a purpose, a time, a condition). */
        private static final Pattern NOT_A_PLAIN_LIST = Pattern.compile(
                "(?i)\\d|\\b(?:for|during|within|since|prior|before|after|that|which|who|whom|requiring|requires?|unless|except|if|when|while|in|other|any|all|not|no|without)\\b");

        private static final Pattern OPEN_EXAMPLES_TEXT =
                Pattern.compile("(?i)^[,\\s]*(?:such\\s+as|e\\.\\s?g\\.?|eg\\.?|for\\s+example|including)\\b");

        /**
         * "Arterial thrombosis within 6 months, such as cerebrovascular accidents, pulmonary embolism": a
         * list of examples under a head the notation names adds nothing (the notation's convention); under a
         * head without a term it stays unread.
         */
        void examplesOfATerm() {
            for (int i = 1; i < els.size(); i++) {
                if (!(els.get(i) instanceof El.Piece p
                        && p.c() instanceof NotComputable nc
                        && OPEN_EXAMPLES_TEXT.matcher(nc.text()).find()
                        && !NOT_A_PLAIN_LIST.matcher(nc.text()).find())) {
                    continue;
                }
                int before = i - 1;
                while (before >= 0
                        && (els.get(before) instanceof El.Connector c && c.conn() == Conn.COMMA
                                || els.get(before) instanceof El.Time)) {
                    before--;
                }
                if (before >= 0 && els.get(before) instanceof El.Piece head && isEvent(head.c())) {
                    els.remove(i);
                    while (i - 1 >= 0 && els.get(i - 1) instanceof El.Connector c && c.conn() == Conn.COMMA) {
                        els.remove(i - 1);
                        i--;
                    }
                    i--;
                }
            }
        }

        /** Words between tokens: connectors, negations, filler, content. */
        /** How many parentheses are open at a position of the text. */
        int depth(int at) {
            int d = 0;
            for (int i = from; i < at && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '[') {
                    d++;
                } else if ((c == ')' || c == ']') && d > 0) {
                    d--;
                }
            }
            return d;
        }

        /** Whether the stretch has nothing but filler and connectors. */
        boolean fillerOnly() {
            gap(from, to, false, false);
            return els.stream()
                    .noneMatch(e -> e instanceof El.Content || e instanceof El.Negation || e instanceof El.Weak);
        }

        void gap(int start, int end, boolean hasAge, boolean hasWindow) {
            if (end <= start) {
                return;
            }
            if (!els.isEmpty() && els.get(els.size() - 1) instanceof El.Piece p && p.c() instanceof PriorTherapyCheck) {
                // "radiotherapy for study disease": the purpose narrows the therapy, although its words are filler
                Matcher purpose = THE_DISEASE.matcher(text).region(start, end);
                if (purpose.lookingAt()) {
                    els.add(new El.Content(purpose.start("words"), purpose.end()));
                    start = purpose.end();
                }
            }
            Matcher m = GAP_WORD.matcher(text).region(start, end);
            int contentStart = -1;
            int contentEnd = -1;
            boolean afterMen = false;
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                String bare = EDGE_PUNCTUATION.matcher(w).replaceAll("");
                if (section == Section.EXCLUSION
                        && MEN.contains(bare)
                        && MEN_AND_WOMEN_OF_POTENTIAL
                                .matcher(text)
                                .region(m.end(), to)
                                .lookingAt()) {
                    // "Men and women of childbearing potential who …": the men are a group the notation cannot
                    // qualify (their fertility has no atom), kept as an unread alternative, never dropped as filler
                    if (contentStart >= 0) {
                        els.add(new El.Content(contentStart, contentEnd));
                        contentStart = -1;
                    }
                    // (blank: an alternative, never a qualifier of what follows)
                    els.add(new El.Piece(new NotComputable("", new TextSpan(m.start(), m.end())), m.start(), m.end()));
                    afterMen = true;
                    continue;
                }
                if (afterMen && bare.equals("and")) {
                    els.add(new El.Connector(Conn.OR));
                    afterMen = false;
                    continue;
                }
                afterMen = false;
                El conn = switch (SPACES.matcher(w).replaceAll("")) {
                    case "or", "and/or", "nor" -> new El.Connector(Conn.OR);
                    case "/" -> new El.Connector(Conn.SLASH);
                    case "and", "plus", "&" ->
                        new El.Connector(
                                section == Section.EXCLUSION
                                                && ANOTHER_GROUP
                                                        .matcher(text)
                                                        .region(m.end(), to)
                                                        .lookingAt()
                                        ? Conn.OR
                                        : Conn.AND);
                    case "," -> new El.Connector(Conn.COMMA);
                    case ";" -> new El.Connector(depth(m.start()) > 0 ? Conn.COMMA : Conn.SEMI);
                    case "." ->
                        m.end() < end && text.substring(m.end(), end).strip().length() > 0
                                ? new El.Connector(Conn.SEMI)
                                : null;
                    default -> null;
                };
                if (conn != null || NEGATION.contains(bare) || WEAKENING.contains(bare)) {
                    if (contentStart >= 0) {
                        els.add(new El.Content(contentStart, contentEnd));
                        contentStart = -1;
                    }
                    if (conn != null) {
                        if (!w.equals(".") || !(els.isEmpty() || els.get(els.size() - 1) instanceof El.Connector)) {
                            els.add(conn);
                        }
                    } else if (NEGATION.contains(bare)) {
                        els.add(new El.Negation(m.start()));
                    } else {
                        els.add(new El.Weak(m.start()));
                    }
                    continue;
                }
                boolean filler = PUNCTUATION.matcher(w).matches()
                        || FILLER.contains(bare) && !(NOT_FILLER_WHEN_ALONE.contains(bare))
                        || FILLER.contains(w)
                        || hasWindow && FILLER_WITH_WINDOW.contains(bare)
                        || (bare.equals("age") || bare.equals("aged") || bare.equals("years") || bare.equals("old"))
                                && hasAge;
                if (filler) {
                    continue;
                }
                if (contentStart < 0) {
                    contentStart = m.start();
                }
                contentEnd = m.end();
            }
            if (contentStart >= 0) {
                els.add(new El.Content(contentStart, contentEnd));
            }
        }

        /**
         * "≤ 2.5 × ULN (≤ 5 × ULN for patients with liver metastases)": the labs before the condition are
         * for patients without, those under it for patients with. Returns false when the shape is not one
         * this reads exactly.
         */
        boolean liver() {
            List<Integer> conditions = new ArrayList<>();
            for (int i = 0; i < els.size(); i++) {
                if (els.get(i) instanceof El.Liver) {
                    conditions.add(i);
                }
            }
            if (conditions.isEmpty()) {
                return true;
            }
            List<Integer> labs = new ArrayList<>();
            for (int i = 0; i < els.size(); i++) {
                if (els.get(i) instanceof El.Labs) {
                    labs.add(i);
                }
            }
            if (labs.isEmpty() || conditions.size() > 2) {
                return false;
            }
            // groups of labs each tied to a condition: a condition before its labs when it opens a clause
            // ("if there is no liver metastasis, ALT > 2.5 ULN; if there is, ALT > 5 ULN"), else after them.
            boolean prefix = conditions.get(0) < labs.get(0);
            List<List<Token.Labs>> groups = new ArrayList<>();
            List<Boolean> present = new ArrayList<>();
            List<Token.Labs> free = new ArrayList<>();
            int startIdx = 0;
            for (int ci = 0; ci < conditions.size(); ci++) {
                int c = conditions.get(ci);
                List<Token.Labs> group = new ArrayList<>();
                if (prefix) {
                    int next = ci + 1 < conditions.size() ? conditions.get(ci + 1) : els.size();
                    for (int i = c + 1; i < next; i++) {
                        if (els.get(i) instanceof El.Labs l) {
                            group.add(l.token());
                        }
                    }
                } else {
                    // the last lab group before the condition (and after the previous condition) is its group
                    int last = -1;
                    for (int i = startIdx; i < c; i++) {
                        if (els.get(i) instanceof El.Labs) {
                            last = i;
                        }
                    }
                    for (int i = startIdx; i < c; i++) {
                        if (els.get(i) instanceof El.Labs l) {
                            if (i == last || ci > 0) {
                                group.add(l.token());
                            } else {
                                free.add(l.token());
                            }
                        }
                    }
                    startIdx = c + 1;
                }
                if (group.isEmpty()) {
                    return false;
                }
                groups.add(group);
                present.add(((El.Liver) els.get(c)).token().present());
            }
            if (!prefix) {
                for (int i = startIdx; i < els.size(); i++) {
                    if (els.get(i) instanceof El.Labs) {
                        return false;
                    }
                }
            }
            // labs not tied to a condition apply to patients without liver metastases when the only
            // condition says "with" ("≤ 2.5 × ULN, or ≤ 5 × ULN in patients with liver metastases")
            if (!free.isEmpty()) {
                if (groups.size() != 1 || !present.get(0)) {
                    return false;
                }
                groups.add(0, free);
                present.add(0, false);
            }
            if (present.size() == 2 && present.get(0).equals(present.get(1))) {
                return false;
            }
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int i = 0; i < els.size(); i++) {
                if (els.get(i) instanceof El.Labs || els.get(i) instanceof El.Liver) {
                    first = Math.min(first, i);
                    last = i;
                }
            }
            // between first and last only connectors and the Gilbert-free words may stand
            for (int i = first; i <= last; i++) {
                El e = els.get(i);
                if (!(e instanceof El.Labs || e instanceof El.Liver || e instanceof El.Connector)) {
                    return false;
                }
            }
            int s = ((El.Labs) els.stream()
                            .filter(e -> e instanceof El.Labs)
                            .findFirst()
                            .orElseThrow())
                    .token()
                    .start();
            TextSpan span = new TextSpan(Math.min(s, start(els.get(first))), end(els.get(last)));
            List<Criterion> branches = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                Criterion labsTree = labsTree(groups.get(g));
                Criterion liver = new MetastasisCheck("liver", span);
                Criterion cond = present.get(g) ? liver : new Not(liver, span);
                branches.add(
                        section == Section.EXCLUSION
                                ? new And(List.of(cond, labsTree), span)
                                : new Conditional(cond, labsTree, span));
            }
            Criterion construct = branches.size() == 1
                    ? branches.get(0)
                    : section == Section.EXCLUSION ? new Or(branches, span) : new And(branches, span);
            List<El> rebuilt = new ArrayList<>(els.subList(0, first));
            rebuilt.add(new El.Piece(construct, span.start(), span.end()));
            rebuilt.addAll(els.subList(last + 1, els.size()));
            els.clear();
            els.addAll(rebuilt);
            return true;
        }

        int start(El e) {
            return switch (e) {
                case El.Piece p -> p.start();
                case El.Labs l -> l.token().start();
                case El.Liver l -> l.token().start();
                case El.Time t -> t.token().start();
                case El.Content c -> c.start();
                default -> -1;
            };
        }

        int end(El e) {
            return switch (e) {
                case El.Piece p -> p.end();
                case El.Labs l -> l.token().end();
                case El.Liver l -> l.token().end();
                case El.Time t -> t.token().end();
                case El.Content c -> c.end();
                default -> -1;
            };
        }

        /** All thresholds of a set of lab tokens. */
        Criterion labsTree(List<Token.Labs> group) {
            List<Criterion> parts = new ArrayList<>();
            for (Token.Labs l : group) {
                parts.add(labTree(l));
            }
            return join(parts, section == Section.EXCLUSION ? Conn.OR : Conn.AND, spanOf(parts));
        }

        /** One lab token: each key's thresholds all hold (a range); keys join by the section. */
        Criterion labTree(Token.Labs l) {
            List<Criterion> perKey = new ArrayList<>();
            for (String key : l.keys()) {
                List<Criterion> th = new ArrayList<>();
                for (LabCheck c : l.thresholds()) {
                    if (c.key().equals(key)) {
                        th.add(c);
                    }
                }
                perKey.add(join(th, Conn.AND, new TextSpan(l.start(), l.end())));
            }
            return join(
                    perKey,
                    section == Section.EXCLUSION || l.anyKey() ? Conn.OR : Conn.AND,
                    new TextSpan(l.start(), l.end()));
        }

        void labs() {
            for (int i = 0; i < els.size(); i++) {
                if (els.get(i) instanceof El.Labs l) {
                    els.set(
                            i,
                            new El.Piece(
                                    labTree(l.token()),
                                    l.token().start(),
                                    l.token().end()));
                }
            }
        }

        static Criterion within(Token.Time t, Criterion c, boolean negated) {
            TextSpan span = c.span().cover(new TextSpan(t.start(), t.end()));
            Criterion w = new Within(t.window(), c, span);
            return negated ? new Not(w, span) : w;
        }

        static boolean isLab(Criterion c) {
            return switch (c) {
                case LabCheck l -> true;
                case And a -> a.parts().stream().allMatch(Run::isLab);
                case Or o -> o.parts().stream().allMatch(Run::isLab);
                default -> false;
            };
        }

        /** "Negative pregnancy test", or any test result: a window after it only says when it is done. */
        static boolean isPregnancyTest(Criterion c) {
            return c instanceof TestResultCheck
                    || c instanceof Not n
                            && n.part() instanceof ReproductiveCheck r
                            && r.status() == ReproductiveCheck.Status.PREGNANT
                    || c instanceof ReproductiveCheck r2 && r2.status() == ReproductiveCheck.Status.PREGNANT;
        }

        static boolean isEvent(Criterion c) {
            return c instanceof DiagnosisCheck || c instanceof PriorTherapyCheck || c instanceof MetastasisCheck;
        }

        // ---- combination --------------------------------------------------------------------------------

        Criterion combine(List<El> in) {
            // clauses split at ';' and sentence ends
            List<List<El>> clauses = new ArrayList<>();
            List<Boolean> orClause = new ArrayList<>();
            List<El> current = new ArrayList<>();
            boolean nextIsOr = false;
            for (int i = 0; i < in.size(); i++) {
                El e = in.get(i);
                if (e instanceof El.Connector c && c.conn() == Conn.SEMI) {
                    if (!current.isEmpty()) {
                        clauses.add(current);
                        orClause.add(nextIsOr);
                    }
                    current = new ArrayList<>();
                    nextIsOr = i + 1 < in.size() && in.get(i + 1) instanceof El.Connector n && n.conn() == Conn.OR;
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
                Criterion c = clause(clauses.get(i));
                if ((c == null || c.partlyNotComputable()) && i > 0 && orClause.get(i)) {
                    // "…; or the female participants … unwilling to …": an unread alternative
                    c = new NotComputable(text.substring(from, to), new TextSpan(from, to));
                }
                if (c == null) {
                    return null;
                }
                trees.add(c);
                if (i > 0) {
                    anyOr |= orClause.get(i);
                    allOr &= orClause.get(i);
                }
            }
            if (anyOr && !allOr) {
                return null;
            }
            Conn join = anyOr ? Conn.OR : section == Section.EXCLUSION ? Conn.OR : Conn.AND;
            if (trees.size() > 1 && !anyOr && trees.stream().anyMatch(Criterion::partlyNotComputable)) {
                return null;
            }
            Criterion joined = join(trees, join, spanOf(trees));
            return contradictory(joined) ? null : joined;
        }

        /** One clause: negation, qualifiers, time windows, then one kind of connector. */
        Criterion clause(List<El> in) {
            List<El> els = new ArrayList<>(in);
            while (!els.isEmpty() && els.get(0) instanceof El.Connector) {
                els.remove(0);
            }
            while (!els.isEmpty() && els.get(els.size() - 1) instanceof El.Connector) {
                els.remove(els.size() - 1);
            }
            if (els.isEmpty()) {
                return new NotComputable(text.substring(from, to), new TextSpan(from, to));
            }
            boolean negateAll = false;
            if (els.get(0) instanceof El.Negation) {
                negateAll = true;
                els.remove(0);
            }
            // groups: what stands together without a connector; negation and weakening bind to the next check
            List<List<Object>> groups = new ArrayList<>();
            List<Boolean> weak = new ArrayList<>();
            List<Conn> conns = new ArrayList<>();
            List<Object> group = new ArrayList<>();
            boolean weakGroup = false;
            boolean negateNext = false;
            boolean weakenNext = false;
            for (El e : els) {
                switch (e) {
                    case El.Connector c -> {
                        if (negateNext || weakenNext) {
                            return null;
                        }
                        if (group.isEmpty()) {
                            continue;
                        }
                        groups.add(group);
                        weak.add(weakGroup);
                        group = new ArrayList<>();
                        weakGroup = false;
                        conns.add(c.conn());
                    }
                    case El.Negation n -> negateNext = true;
                    case El.Weak w -> weakenNext = true;
                    case El.Piece p -> {
                        Criterion c = p.c();
                        if (negateNext) {
                            // "without a negative pregnancy test" is not "pregnant": a negated negation is unread
                            c = c instanceof Not
                                    ? new NotComputable(text.substring(p.start(), p.end()), c.span())
                                    : new Not(c, c.span());
                            negateNext = false;
                        }
                        weakGroup |= weakenNext;
                        weakenNext = false;
                        group.add(c);
                    }
                    case El.Content c -> {
                        negateNext = false;
                        weakGroup |= weakenNext;
                        weakenNext = false;
                        group.add(new NotComputable(
                                text.substring(c.start(), c.end()), new TextSpan(c.start(), c.end())));
                    }
                    case El.Time t -> group.add(t);
                    default -> {
                        return null;
                    }
                }
            }
            if (negateNext && group.isEmpty()) {
                return null;
            }
            if (!group.isEmpty()) {
                groups.add(group);
                weak.add(weakGroup);
            }
            if (groups.isEmpty()) {
                return null;
            }
            if (!placeWindows(groups, conns)) {
                return null;
            }
            List<Criterion> items = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                List<Criterion> parts = new ArrayList<>();
                for (Object o : groups.get(g)) {
                    parts.add((Criterion) o);
                }
                items.add(qualified(parts, weak.get(g)));
            }
            boolean or = conns.contains(Conn.OR) || conns.contains(Conn.SLASH);
            boolean and = conns.contains(Conn.AND);
            if (or && and) {
                Criterion alternatives = andWithinOr(items, conns);
                if (alternatives == null) {
                    return null;
                }
                return negateAll ? new Not(alternatives, alternatives.span()) : alternatives;
            }
            Conn join = or ? Conn.OR : and ? Conn.AND : section == Section.EXCLUSION ? Conn.OR : Conn.AND;
            if (join == Conn.OR && items.size() > 1 && !unreadAreAlternatives(items, conns)) {
                // a comma or slash before an unread part may continue a sentence rather than offer an alternative
                return new NotComputable(text.substring(from, to), new TextSpan(from, to));
            }
            if (join == Conn.AND && contradictoryAges(items)) {
                // "less than 18 years old and older than 70 years": either bound is the item
                join = Conn.OR;
            }
            if (join == Conn.AND && conns.contains(Conn.AND) && PregnancyStates.onlyPositiveStates(items)) {
                // "Pregnant and lactating women": two groups of women, one being pregnant or breastfeeding
                join = Conn.OR;
            }
            Criterion tree = join(dedupe(items), join, spanOf(items));
            if (join == Conn.AND && section != Section.EXCLUSION) {
                tree = childbearingCondition(tree);
            }
            return negateAll ? new Not(tree, tree.span()) : tree;
        }

        /**
         * Replaces each time window in the groups by the checks it applies to: "within" to the events
         * before it in its group and in the groups joined to it by "or" ("arterial or venous thrombosis
         * within 6 months"), or to the events after it when nothing comes before; "since" (at least N
         * weeks since X) to the next event. After a lab, a window only says when it is drawn: dropped.
         * A window with nothing to apply to is content. Returns false for a shape it cannot place.
         */
        boolean placeWindows(List<List<Object>> groups, List<Conn> conns) {
            for (int g = 0; g < groups.size(); g++) {
                List<Object> grp = groups.get(g);
                for (int k = 0; k < grp.size(); k++) {
                    if (!(grp.get(k) instanceof El.Time time)) {
                        continue;
                    }
                    Token.Time t = time.token();
                    boolean placed = false;
                    if (t.since()) {
                        placed = wrapFirstEventAfter(groups, g, k, t);
                    } else {
                        for (int b = k - 1; b >= 0; b--) {
                            if (grp.get(b) instanceof Criterion c && isEvent(c)) {
                                grp.set(b, within(t, c, false));
                                placed = true;
                            }
                        }
                        // after a lab or a pregnancy test, a window only says when it is drawn
                        boolean labs = grp.stream()
                                .anyMatch(o -> o instanceof Criterion c && (isLab(c) || isPregnancyTest(c)));
                        if (!placed && labs) {
                            grp.remove(k);
                            k--;
                            continue;
                        }
                        for (int h = g - 1; h >= 0 && conns.get(h) == Conn.OR; h--) {
                            List<Object> prev = groups.get(h);
                            for (int b = 0; b < prev.size(); b++) {
                                if (prev.get(b) instanceof Criterion c && isEvent(c)) {
                                    prev.set(b, within(t, c, false));
                                    placed = true;
                                }
                            }
                        }
                        if (!placed && g == 0 && k == 0) {
                            for (int h = 0; h < groups.size(); h++) {
                                List<Object> next = groups.get(h);
                                for (int b = 0; b < next.size(); b++) {
                                    if (next.get(b) instanceof Criterion c && isEvent(c)) {
                                        next.set(b, within(t, c, false));
                                        placed = true;
                                    }
                                }
                            }
                        }
                    }
                    grp.set(
                            k,
                            placed
                                    ? null
                                    : new NotComputable(
                                            text.substring(t.start(), t.end()), new TextSpan(t.start(), t.end())));
                }
                grp.removeIf(o -> o == null);
                if (grp.isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        boolean wrapFirstEventAfter(List<List<Object>> groups, int g, int k, Token.Time t) {
            for (int h = g; h < groups.size(); h++) {
                List<Object> grp = groups.get(h);
                for (int b = h == g ? k + 1 : 0; b < grp.size(); b++) {
                    if (grp.get(b) instanceof Criterion c && isEvent(c)) {
                        grp.set(b, within(t, c, true));
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * "HIV, or hepatitis B and hepatitis C co-infection": "and" binds within an alternative. Only when
         * every alternative joined by "and" is fully read, and unread alternatives are offered by "or".
         */
        static Criterion andWithinOr(List<Criterion> items, List<Conn> conns) {
            List<Criterion> alternatives = new ArrayList<>();
            List<Conn> between = new ArrayList<>();
            List<Criterion> run = new ArrayList<>();
            run.add(items.get(0));
            for (int i = 1; i < items.size(); i++) {
                Conn c = conns.get(i - 1);
                if (c == Conn.AND) {
                    run.add(items.get(i));
                    continue;
                }
                if (c == Conn.SLASH) {
                    return null;
                }
                if (!closeRun(run, alternatives)) {
                    return null;
                }
                between.add(c);
                run = new ArrayList<>();
                run.add(items.get(i));
            }
            if (!closeRun(run, alternatives)
                    || !between.contains(Conn.OR)
                    || !unreadAreAlternatives(alternatives, between)) {
                return null;
            }
            return join(alternatives, Conn.OR, spanOf(alternatives));
        }

        private static boolean closeRun(List<Criterion> run, List<Criterion> alternatives) {
            if (run.size() > 1 && run.stream().anyMatch(Criterion::partlyNotComputable)) {
                return false;
            }
            alternatives.add(join(run, Conn.AND, spanOf(run)));
            return true;
        }

        /**
         * Every unread part is offered as an alternative: by an explicit "or" ("… or other
         * immunodeficiency"), or by a comma in a list whose last joint is "or" ("A, B or C"); never after a
         * lone comma or a slash, which may continue a sentence. An alternative with an unread part becomes
         * wholly unread (never stronger: one unread alternative leaves the list undecided unless another holds).
         */
        static boolean unreadAreAlternatives(List<Criterion> items, List<Conn> conns) {
            boolean orList = !conns.isEmpty()
                    && conns.get(conns.size() - 1) == Conn.OR
                    && conns.stream().allMatch(c -> c == Conn.OR || c == Conn.COMMA);
            // a leading qualifier may apply to every alternative ("uncontrolled A or B", "allergy to X or Y")
            if (!items.isEmpty()
                    && items.get(0).partlyNotComputable()
                    && !(items.get(0) instanceof NotComputable nc && nc.text().isEmpty())) {
                return false;
            }
            for (int g = 0; g < items.size(); g++) {
                if (!items.get(g).partlyNotComputable()) {
                    continue;
                }
                Conn joinedBy = g > 0 ? conns.get(g - 1) : conns.isEmpty() ? null : conns.get(0);
                if (joinedBy != Conn.OR && !(joinedBy == Conn.COMMA && orList)) {
                    return false;
                }
                if (!(items.get(g) instanceof NotComputable)) {
                    items.set(g, new NotComputable("", items.get(g).span()));
                }
            }
            return true;
        }

        static boolean contradictoryAges(List<Criterion> items) {
            Double upper = null;
            Double lower = null;
            for (Criterion c : items) {
                if (!(c instanceof AgeCheck a)) {
                    return false;
                }
                double days = a.value() * a.unit().days();
                if (a.comparison() == Comparison.LT || a.comparison() == Comparison.LE) {
                    upper = upper == null ? days : Math.min(upper, days);
                } else if (a.comparison() == Comparison.GT || a.comparison() == Comparison.GE) {
                    lower = lower == null ? days : Math.max(lower, days);
                }
            }
            return upper != null && lower != null && lower >= upper;
        }

        /**
         * "Negative pregnancy test for women of childbearing potential", "agrees to use contraception
         * (patients of childbearing potential)": an inclusion about reproduction stated for women who can
         * become pregnant applies to them only.
         */
        static Criterion childbearingCondition(Criterion tree) {
            if (!(tree instanceof And and)) {
                return tree;
            }
            Criterion cbp = null;
            List<Criterion> rest = new ArrayList<>();
            for (Criterion p : and.parts()) {
                if (p instanceof ReproductiveCheck r
                        && r.status() == ReproductiveCheck.Status.CHILDBEARING_POTENTIAL
                        && cbp == null) {
                    cbp = p;
                } else if (p instanceof ReproductiveCheck r && r.status() == ReproductiveCheck.Status.CONTRACEPTION
                        || p instanceof Not n && n.part() instanceof ReproductiveCheck
                        || TestResultWords.isPregnancyTest(p)) {
                    rest.add(p);
                } else {
                    return tree;
                }
            }
            if (cbp == null || rest.isEmpty()) {
                return tree;
            }
            Criterion then = rest.size() == 1 ? rest.get(0) : new And(rest, spanOf(rest));
            return new Conditional(cbp, then, tree.span());
        }

        /** Checks and content standing together without a connector: all of them ("severe heart failure"); "suspected X" is weaker. */
        Criterion qualified(List<Criterion> group, boolean weak) {
            List<Criterion> parts = dedupe(group);
            Criterion core = join(parts, Conn.AND, spanOf(parts));
            if (weak) {
                return join(List.of(core, new NotComputable("", core.span())), Conn.OR, core.span());
            }
            return core;
        }
    }

    // ---- tree helpers -----------------------------------------------------------------------------------

    private static TextSpan spanOf(List<Criterion> parts) {
        TextSpan s = TextSpan.NONE;
        for (Criterion c : parts) {
            s = s.cover(c.span());
        }
        return s;
    }

    /** and/or of parts, flattened, one not_computable at most, single part unwrapped. */
    private static Criterion join(List<Criterion> parts, Conn conn, TextSpan span) {
        List<Criterion> flat = new ArrayList<>();
        for (Criterion p : parts) {
            if (conn == Conn.OR && p instanceof Or o) {
                flat.addAll(o.parts());
            } else if (conn != Conn.OR && p instanceof And a) {
                flat.addAll(a.parts());
            } else {
                flat.add(p);
            }
        }
        flat = dedupe(flat);
        if (conn == Conn.OR) {
            // absorption: "p, or p and something unread" is p
            List<Criterion> kept = new ArrayList<>();
            List<Criterion> all = flat;
            for (Criterion p : all) {
                boolean absorbed = p instanceof And a
                        && a.parts().stream().anyMatch(q -> q instanceof NotComputable)
                        && a.parts().stream()
                                .filter(q -> !(q instanceof NotComputable))
                                .anyMatch(q -> all.stream().anyMatch(other -> other != p && SAME.equivalent(other, q)));
                if (!absorbed) {
                    kept.add(p);
                }
            }
            flat = kept;
        }
        if (flat.size() == 1) {
            return flat.get(0);
        }
        return conn == Conn.OR ? new Or(flat, span) : new And(flat, span);
    }

    private static final Equivalence SAME = new Equivalence(CatalogUnits.INSTANCE);

    /**
     * Drops repeated parts (the same check, also in another unit: "Hb &lt; 90 g/L (&lt; 9 g/dL)") and merges
     * not_computable parts into one.
     */
    private static String textOf(NotComputable nc) {
        return nc.text().isBlank() ? "(unread)" : nc.text();
    }

    private static List<Criterion> dedupe(List<Criterion> parts) {
        List<Criterion> out = new ArrayList<>();
        NotComputable nc = null;
        for (Criterion p : parts) {
            if (p instanceof NotComputable n) {
                // the merged part keeps every text (a blank one is an unread alternative, never a qualifier)
                nc = nc == null
                        ? n
                        : new NotComputable(
                                textOf(nc) + " " + textOf(n), nc.span().cover(n.span()));
                continue;
            }
            if (out.stream().noneMatch(q -> SAME.equivalent(q, p))) {
                out.add(p);
            }
        }
        if (nc != null) {
            out.add(nc);
        }
        return out;
    }
}
