package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.AgeCheck;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.text.TextSpan;

/**
 * The first stage of reading a stretch of an item: the {@link Recognizer}'s tokens in the stretch (and, in an
 * exclusion, the conditions {@link MeshConditions} names), and the words between them sorted into connectors
 * ({@link Joint}), negations, weakenings, filler (dropped) and content the notation cannot say, as a list of
 * {@link Element}s left to right.
 */
final class ElementReader {

    /**
     * "… who are not using contraception and females who are pregnant …": in an exclusion, "and" before
     * another group of people, named with what is said of them, adds the group: either group is excluded.
     */
    static final Pattern ANOTHER_GROUP = Pattern.compile(
            "(?i)\\s+(?:the\\s+|all\\s+|any\\s+)?(?:females?|women|woman|males?|men|man|patients?|subjects?|participants?|persons?|people|individuals?)\\s+(?:who|that|whose)\\b");

    static final Set<String> MEN = Set.of("men", "males", "male", "man");
    static final Pattern MEN_AND_WOMEN_OF_POTENTIAL = Pattern.compile(
            "(?i)\\s+and\\s+(?:females?|women|woman)\\s+(?:of|with)\\s+(?:child[\\s-]?bearing|reproductive)\\s+(?:potential|age)");

    /** "for (the) study disease", "for this cancer", "for their disease": a prior therapy's purpose in filler words. */
    static final Pattern THE_DISEASE = Pattern.compile(
            "(?i)\\s*for\\s+(?<words>(?:the|this|their|his|her|its)\\s+(?:(?:study|current|present|underlying|primary|target|same)\\s+)*"
                    + "|(?:the\\s+)?(?:study|current|present|underlying|primary|target|same)\\s+)"
                    + "(?:disease|cancer|tumou?r|malignancy|condition|indication)\\b");

    // Words keep inner periods ("1.5") but not a sentence's final one; common abbreviations keep theirs. A run of
    // word characters is one turn of the loop: one turn per character overflowed the stack on a 100 kB "word".
    static final Pattern GAP_WORD =
            Pattern.compile("(?i)and\\s*/\\s*or|e\\.\\s?g\\.|i\\.\\s?e\\.|etc\\.|vs\\.|approx\\.|incl\\."
                    + "|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’-]++|\\.(?=[\\p{L}\\p{N}]))*|[,;/]|\\.(?=\\s|$)|\\S");

    static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}]+|[\\p{Punct}]+$");
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}–—:()\\[\\]\"'’“”]+");

    static final Set<String> FILLER = Set.copyOf(List.of(
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
    static final Set<String> FILLER_WITH_WINDOW =
            Set.of("recent", "recently", "newly", "collected", "obtained", "drawn", "performed");

    /** Words that restrict the neighbouring check without the notation being able to say how (kept as not computable). */
    static final Set<String> NOT_FILLER_WHEN_ALONE = Set.of(
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

    static final Set<String> NEGATION = Set.of(
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

    /** "Weren't", "doesn't", "cannot": a negation contracted into its verb. */
    static boolean negation(String bare) {
        return NEGATION.contains(bare) || bare.endsWith("n't") || bare.endsWith("n’t") || bare.equals("cannot");
    }

    static final Set<String> WEAKENING = Set.of("suspected", "suspicion", "possible", "probable", "likely", "presumed");

    final String text;
    final int from;
    final int to;
    final Section section;
    final List<Element> els = new ArrayList<>();

    private ElementReader(String text, int from, int to, Section section) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.section = section;
    }

    /** The elements of {@code text} in {@code [from, to)}. */
    static List<Element> read(String text, int from, int to, Section section) {
        ElementReader r = new ElementReader(text, from, to, section);
        r.tokensAndGaps();
        return r.els;
    }

    /** Whether the stretch has nothing but filler and connectors. */
    static boolean fillerOnly(String text, int from, int to, Section section) {
        return new ElementReader(text, from, to, section).fillerOnly();
    }

    private void tokensAndGaps() {
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
                case Token.Atom a -> els.add(new Element.Piece(a.criterion(), a.start(), a.end()));
                case Token.Labs l -> els.add(new Element.Labs(l));
                case Token.BySection b -> els.add(new Element.Piece(b.tree().apply(section), b.start(), b.end()));
                case Token.Time w -> els.add(new Element.Time(w));
                case Token.LiverCondition c -> els.add(new Element.Liver(c));
                case Token.Examples e -> {}
                case Token.Unless x -> {
                    // an exception restricts what precedes it, whatever comma stands before it
                    while (!els.isEmpty() && els.get(els.size() - 1) instanceof Element.Connector) {
                        els.remove(els.size() - 1);
                    }
                    els.add(new Element.Content(x.start(), x.end(), UnreadReason.EXCEPTION));
                }
                case Token.Filler f -> {}
            }
            at = Math.max(at, t.end());
        }
        gap(at, to, hasAge, hasWindow);
    }

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
                .noneMatch(e ->
                        e instanceof Element.Content || e instanceof Element.Negation || e instanceof Element.Weak);
    }

    void gap(int start, int end, boolean hasAge, boolean hasWindow) {
        if (end <= start) {
            return;
        }
        if (!els.isEmpty()
                && els.get(els.size() - 1) instanceof Element.Piece p
                && p.c() instanceof PriorTherapyCheck) {
            // "radiotherapy for study disease": the purpose narrows the therapy, although its words are filler
            Matcher purpose = THE_DISEASE.matcher(text).region(start, end);
            if (purpose.lookingAt()) {
                els.add(new Element.Content(purpose.start("words"), purpose.end(), UnreadReason.UNREAD_WORDS));
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
                    els.add(new Element.Content(contentStart, contentEnd, UnreadReason.UNREAD_WORDS));
                    contentStart = -1;
                }
                // (blank: an alternative, never a qualifier of what follows)
                els.add(new Element.Piece(
                        new NotComputable("", new TextSpan(m.start(), m.end()), UnreadReason.GROUP_NOT_EXPRESSIBLE),
                        m.start(),
                        m.end()));
                afterMen = true;
                continue;
            }
            if (afterMen && bare.equals("and")) {
                els.add(new Element.Connector(Joint.OR));
                afterMen = false;
                continue;
            }
            afterMen = false;
            Element conn = switch (SPACES.matcher(w).replaceAll("")) {
                case "or", "and/or", "nor" -> new Element.Connector(Joint.OR);
                case "/" -> new Element.Connector(Joint.SLASH);
                case "and", "plus", "&" ->
                    new Element.Connector(
                            section == Section.EXCLUSION
                                            && ANOTHER_GROUP
                                                    .matcher(text)
                                                    .region(m.end(), to)
                                                    .lookingAt()
                                    ? Joint.OR
                                    : Joint.AND);
                case "," -> new Element.Connector(Joint.COMMA);
                case ";" -> new Element.Connector(depth(m.start()) > 0 ? Joint.COMMA : Joint.SEMI);
                // a full stop ends a sentence when words follow, in the gap or as the next token ("… or
                // lactating. Females of childbearing age must …")
                case "." ->
                    m.end() < end && text.substring(m.end(), end).strip().length() > 0 || end < to
                            ? new Element.Connector(Joint.SEMI)
                            : null;
                default -> null;
            };
            if (conn != null || negation(bare) || WEAKENING.contains(bare)) {
                if (contentStart >= 0) {
                    els.add(new Element.Content(contentStart, contentEnd, UnreadReason.UNREAD_WORDS));
                    contentStart = -1;
                }
                if (conn != null) {
                    if (!w.equals(".") || !(els.isEmpty() || els.get(els.size() - 1) instanceof Element.Connector)) {
                        els.add(conn);
                    }
                } else if (negation(bare)) {
                    els.add(new Element.Negation(m.start()));
                } else {
                    els.add(new Element.Weak(m.start()));
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
            els.add(new Element.Content(contentStart, contentEnd, UnreadReason.UNREAD_WORDS));
        }
    }
}
