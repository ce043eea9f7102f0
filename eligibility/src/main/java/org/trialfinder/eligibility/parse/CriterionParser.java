package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.trialfinder.eligibility.criteria.Section;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.MetastasisCheck;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.SexCheck;
import org.trialfinder.eligibility.criterion.Span;
import org.trialfinder.eligibility.criterion.Within;

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

    private CriterionParser() {
    }

    /** Parses an item whose list is not known (a bare list joins with "and"). */
    public static Criterion parse(String text) {
        return parse(text, Section.UNSPECIFIED);
    }

    /** Parses an item of the given list. Never throws on any text; unreadable text is {@link NotComputable}. */
    public static Criterion parse(String text, Section section) {
        String t = text == null ? "" : text;
        Span all = new Span(0, t.length());
        if (t.isBlank()) {
            return new NotComputable(t, all);
        }
        Criterion c = subjectConditional(t, section);
        if (c == null) {
            c = new Run(t, 0, t.length(), section).tree();
        }
        return c == null || !c.computable() ? new NotComputable(t, all) : c;
    }

    // ---- "Females must …", "Women of childbearing potential must …", "For men: …" ------------------------

    private static final Pattern SUBJECT = Pattern.compile("(?i)^\\s*(?:(?:for|all)\\s+)?(?:"
            + "(?<cbp>(?:(?:women|woman|females?|participants|subjects|patients)\\s+(?:of|with)\\s+)?(?:child[\\s-]?bearing|reproductive)\\s+potential(?:\\s*\\(WOCBP\\))?|WOCBP)"
            + "|(?<f>females?|women|woman)(?:\\s+(?:participants?|subjects?|patients?))?"
            + "|(?<m>males?|men|man)(?:\\s+(?:participants?|subjects?|patients?))?)"
            + "\\s*(?::|,|-|must|should|need\\s+to|needs\\s+to|shall|are\\s+required\\s+to|is\\s+required\\s+to|will\\s+need\\s+to)\\s*");

    private static Criterion subjectConditional(String text, Section section) {
        Matcher m = SUBJECT.matcher(text);
        if (!m.lookingAt() || m.end() >= text.length()) {
            return null;
        }
        // "Women of childbearing potential: …" only when what follows is about them, not a list lead-in.
        Span condSpan = new Span(m.start(), m.end());
        Criterion condition = m.group("cbp") != null
                ? new ReproductiveCheck(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, condSpan)
                : new SexCheck(m.group("f") != null ? SexCheck.Sex.FEMALE : SexCheck.Sex.MALE, condSpan);
        Criterion then = new Run(text, m.end(), text.length(), section).tree();
        if (then == null || !then.computable()) {
            return null;
        }
        return new Conditional(condition, then, new Span(0, text.length()));
    }

    // ---- one run over a stretch of text --------------------------------------------------------------------

    private enum Conn { OR, AND, COMMA, SEMI }

    /** An element of the item read left to right. */
    private sealed interface El {
        record Piece(Criterion c, int start, int end) implements El {
        }

        record Content(int start, int end) implements El {
        }

        record Connector(Conn conn) implements El {
        }

        record Negation(int start) implements El {
        }

        record Weak(int start) implements El {
        }

        record Time(Token.Time token) implements El {
        }

        record Liver(Token.LiverCondition token) implements El {
        }

        record Labs(Token.Labs token) implements El {
        }
    }

    private static final Pattern GAP_WORD = Pattern.compile("(?i)and\\s*/\\s*or|[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|[,;/]|\\.(?=\\s|$)|\\S");

    private static final java.util.Set<String> FILLER = java.util.Set.of(
            "a", "an", "the", "of", "with", "has", "have", "had", "having", "known", "documented", "confirmed", "history",
            "prior", "previous", "previously", "any", "current", "currently", "active", "at", "time", "screening", "baseline",
            "enrollment", "enrolment", "randomization", "randomisation", "signing", "informed", "consent", "form", "patient",
            "patients", "participant", "participants", "subject", "subjects", "people", "persons", "person", "individuals",
            "individual", "women", "woman", "men", "man", "female", "females", "male", "males", "adults", "adult", "who", "whom",
            "that", "is", "are", "was", "were", "be", "been", "being", "must", "should", "shall", "will", "would", "can", "need",
            "needs", "required", "to", "for", "in", "on", "by", "as", "per", "evidence", "diagnosis", "diagnosed", "presence",
            "present", "either", "both", "all", "etc", "etc.", "e.g.", "i.e.", "also", "study", "entry", "visit", "clinical",
            "there", "exists", "existing", "ongoing", "use", "used", "using", "receipt", "received", "receive", "receiving",
            "treatment", "treated", "administration", "taken", "taking", "undergone", "underwent", "infection", "infections",
            "status", "test", "result", "results", "aged", "age", "ages", "years", "year", "old", "inclusive", "included",
            "value", "values", "level", "levels", "count", "counts", "serum", "plasma", "total", "an", "includes", "include",
            "following", "criteria", "criterion", "eligible", "is", "it", "its", "their", "his", "her", "they", "he", "she",
            "defined", "define", "i", "ii", "had", "does", "do", "did", "or", "and", "positive", "serology", "serologic",
            "seropositive", "gender", "sex", "participate", "participation", "this", "trial", "shown", "demonstrated",
            "demonstrate", "show", "lab", "laboratory", "laboratories", "tests", "values", "measured", "measurement",
            "institutional", "institution", "local", "normal", "limit", "limits", "upper", "range", "uln", "disease",
            "diseases", "cancer", "tumor", "tumour", "history", "hx", "medical", "diagnoses", "diagnostic", "condition",
            "conditions", "significant");

    /** Words that restrict the neighbouring check without the notation being able to say how (kept as not computable). */
    private static final java.util.Set<String> NOT_FILLER_WHEN_ALONE = java.util.Set.of("disease", "diseases", "cancer", "tumor",
            "tumour", "condition", "conditions", "significant", "infection", "infections");

    private static final java.util.Set<String> NEGATION = java.util.Set.of("no", "not", "non", "non-", "without", "never",
            "negative", "absence", "absent", "free", "none", "neither", "unwilling", "unwillingness", "refuse", "refuses",
            "refusal", "inability", "unable", "lack", "lacking", "nor");

    private static final java.util.Set<String> WEAKENING = java.util.Set.of("suspected", "suspicion", "possible", "probable",
            "likely", "presumed");

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
            boolean hasAge = tokens.stream().anyMatch(t -> t instanceof Token.Atom a && (a.criterion() instanceof org.trialfinder.eligibility.criterion.AgeCheck
                    || a.criterion() instanceof And and && and.parts().get(0) instanceof org.trialfinder.eligibility.criterion.AgeCheck));
            int at = from;
            for (Token t : tokens) {
                gap(at, t.start(), hasAge);
                switch (t) {
                    case Token.Atom a -> els.add(new El.Piece(a.criterion(), a.start(), a.end()));
                    case Token.Labs l -> els.add(new El.Labs(l));
                    case Token.Time w -> els.add(new El.Time(w));
                    case Token.LiverCondition c -> els.add(new El.Liver(c));
                    case Token.Examples e -> { }
                    case Token.Filler f -> { }
                }
                at = Math.max(at, t.end());
            }
            gap(at, to, hasAge);
            if (els.stream().noneMatch(e -> e instanceof El.Piece || e instanceof El.Labs)) {
                return null;
            }
            if (!liver()) {
                return null;
            }
            labs();
            windows();
            return combine(els);
        }

        /** Words between tokens: connectors, negations, filler, content. */
        void gap(int start, int end, boolean hasAge) {
            if (end <= start) {
                return;
            }
            Matcher m = GAP_WORD.matcher(text).region(start, end);
            int contentStart = -1;
            int contentEnd = -1;
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                String bare = w.replaceAll("^[\\p{Punct}]+|[\\p{Punct}&&[^.]]+$", "");
                El conn = switch (w.replaceAll("\\s+", "")) {
                    case "or", "and/or", "/", "nor" -> new El.Connector(Conn.OR);
                    case "and", "plus", "&" -> new El.Connector(Conn.AND);
                    case "," -> new El.Connector(Conn.COMMA);
                    case ";" -> new El.Connector(Conn.SEMI);
                    case "." -> m.end() < end && text.substring(m.end(), end).strip().length() > 0 ? new El.Connector(Conn.SEMI) : null;
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
                boolean filler = w.matches("[\\p{Punct}–—:()\\[\\]\"'’“”]+") || FILLER.contains(bare) && !(NOT_FILLER_WHEN_ALONE.contains(bare))
                        || (bare.equals("age") || bare.equals("aged") || bare.equals("years") || bare.equals("old")) && hasAge;
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
            int s = ((El.Labs) els.stream().filter(e -> e instanceof El.Labs).findFirst().orElseThrow()).token().start();
            Span span = new Span(Math.min(s, start(els.get(first))), end(els.get(last)));
            List<Criterion> branches = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                Criterion labsTree = labsTree(groups.get(g));
                Criterion liver = new MetastasisCheck("liver", span);
                Criterion cond = present.get(g) ? liver : new Not(liver, span);
                branches.add(section == Section.EXCLUSION ? new And(List.of(cond, labsTree), span) : new Conditional(cond, labsTree, span));
            }
            Criterion construct = branches.size() == 1 ? branches.get(0)
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
                perKey.add(join(th, Conn.AND, new Span(l.start(), l.end())));
            }
            return join(perKey, section == Section.EXCLUSION ? Conn.OR : Conn.AND, new Span(l.start(), l.end()));
        }

        void labs() {
            for (int i = 0; i < els.size(); i++) {
                if (els.get(i) instanceof El.Labs l) {
                    els.set(i, new El.Piece(labTree(l.token()), l.token().start(), l.token().end()));
                }
            }
        }

        /**
         * A time window applies to the event just before it (a diagnosis, a therapy, and a run of
         * therapies joined by or/commas), or to every event after it when it comes first. After a lab it
         * only says when the lab is drawn, which the notation does not keep.
         */
        void windows() {
            for (int i = 0; i < els.size(); i++) {
                if (!(els.get(i) instanceof El.Time time)) {
                    continue;
                }
                int prev = i - 1;
                if (prev >= 0 && els.get(prev) instanceof El.Piece p) {
                    if (isLab(p.c())) {
                        els.remove(i);
                        i--;
                        continue;
                    }
                    if (isEvent(p.c())) {
                        els.set(prev, new El.Piece(within(time, p.c()), p.start(), Math.max(p.end(), time.token().end())));
                        els.remove(i);
                        i--;
                        // a run of therapies before it, joined by or/commas: "chemotherapy or radiotherapy within 4 weeks"
                        if (p.c() instanceof PriorTherapyCheck) {
                            int k = prev - 2;
                            while (k >= 0 && els.get(k + 1) instanceof El.Connector conn && conn.conn() != Conn.SEMI
                                    && els.get(k) instanceof El.Piece q && q.c() instanceof PriorTherapyCheck) {
                                els.set(k, new El.Piece(within(time, q.c()), q.start(), q.end()));
                                k -= 2;
                            }
                        }
                        continue;
                    }
                }
                if (prev < 0 || prev == 0 && els.get(0) instanceof El.Negation) {
                    // first: applies to every event after it
                    boolean any = false;
                    for (int k = i + 1; k < els.size(); k++) {
                        if (els.get(k) instanceof El.Piece q && isEvent(q.c())) {
                            els.set(k, new El.Piece(within(time, q.c()), q.start(), q.end()));
                            any = true;
                        }
                    }
                    if (any) {
                        els.remove(i);
                        i--;
                        continue;
                    }
                }
                // a window we cannot attach is content the notation cannot place
                els.set(i, new El.Content(time.token().start(), time.token().end()));
            }
        }

        static Criterion within(El.Time time, Criterion c) {
            return new Within(time.token().window(), c, c.span().cover(new Span(time.token().start(), time.token().end())));
        }

        static boolean isLab(Criterion c) {
            return switch (c) {
                case LabCheck l -> true;
                case And a -> a.parts().stream().allMatch(Run::isLab);
                case Or o -> o.parts().stream().allMatch(Run::isLab);
                default -> false;
            };
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
            return join(trees, join, spanOf(trees));
        }

        /** One clause: negation, qualifiers, then one kind of connector. */
        Criterion clause(List<El> in) {
            List<El> els = new ArrayList<>(in);
            // strip leading/trailing connectors
            while (!els.isEmpty() && els.get(0) instanceof El.Connector) {
                els.remove(0);
            }
            while (!els.isEmpty() && els.get(els.size() - 1) instanceof El.Connector) {
                els.remove(els.size() - 1);
            }
            if (els.isEmpty()) {
                return new NotComputable(text.substring(from, to), new Span(from, to));
            }
            boolean negateAll = false;
            if (els.get(0) instanceof El.Negation) {
                negateAll = true;
                els.remove(0);
            }
            // negation and weakening bind to the next item; content with no connector qualifies its neighbour
            List<Criterion> items = new ArrayList<>();
            List<Conn> conns = new ArrayList<>();
            List<Criterion> group = new ArrayList<>();
            boolean negateNext = false;
            boolean weakenNext = false;
            boolean weakGroup = false;
            for (El e : els) {
                switch (e) {
                    case El.Connector c -> {
                        if (negateNext || weakenNext) {
                            return null;
                        }
                        if (group.isEmpty()) {
                            continue;
                        }
                        items.add(qualified(group, weakGroup));
                        group = new ArrayList<>();
                        weakGroup = false;
                        conns.add(c.conn());
                    }
                    case El.Negation n -> negateNext = true;
                    case El.Weak w -> weakenNext = true;
                    case El.Piece p -> {
                        Criterion c = p.c();
                        if (negateNext) {
                            c = new Not(c, c.span());
                            negateNext = false;
                        }
                        weakGroup |= weakenNext;
                        weakenNext = false;
                        group.add(c);
                    }
                    case El.Content c -> {
                        if (negateNext) {
                            negateNext = false;
                        }
                        weakGroup |= weakenNext;
                        weakenNext = false;
                        group.add(new NotComputable(text.substring(c.start(), c.end()), new Span(c.start(), c.end())));
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (negateNext && group.isEmpty()) {
                return null;
            }
            if (!group.isEmpty()) {
                items.add(qualified(group, weakGroup));
            }
            if (items.isEmpty()) {
                return null;
            }
            boolean or = conns.contains(Conn.OR);
            boolean and = conns.contains(Conn.AND);
            if (or && and) {
                return null;
            }
            Conn join = or ? Conn.OR : and ? Conn.AND : section == Section.EXCLUSION ? Conn.OR : Conn.AND;
            Criterion tree = join(dedupe(items), join, spanOf(items));
            return negateAll ? new Not(tree, tree.span()) : tree;
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

    private static Span spanOf(List<Criterion> parts) {
        Span s = Span.NONE;
        for (Criterion c : parts) {
            s = s.cover(c.span());
        }
        return s;
    }

    /** and/or of parts, flattened, one not_computable at most, single part unwrapped. */
    private static Criterion join(List<Criterion> parts, Conn conn, Span span) {
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
        if (flat.size() == 1) {
            return flat.get(0);
        }
        return conn == Conn.OR ? new Or(flat, span) : new And(flat, span);
    }

    /** Drops repeated parts (same notation) and merges not_computable parts into one. */
    private static List<Criterion> dedupe(List<Criterion> parts) {
        List<Criterion> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        NotComputable nc = null;
        for (Criterion p : parts) {
            if (p instanceof NotComputable n) {
                nc = nc == null ? n : new NotComputable(nc.text(), nc.span().cover(n.span()));
                continue;
            }
            String key = Notation.print(p);
            if (!seen.contains(key)) {
                seen.add(key);
                out.add(p);
            }
        }
        if (nc != null) {
            out.add(nc);
        }
        return out;
    }
}
