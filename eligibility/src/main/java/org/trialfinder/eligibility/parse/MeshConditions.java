package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.MeshTerm;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.model.text.TextSpan;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.Descriptor;
import org.trialfinder.search.terms.Match;
import org.trialfinder.search.terms.MeshThesaurus;

/**
 * Conditions an exclusion names that the notation has no fixed term for, read through MeSH as the search and the
 * note reader read them: "History of glaucoma" is {@code diagnosis(MESH:D005901)}, "known to have tested positive
 * for COVID-19" is {@code diagnosis(MESH:D000086382)}, and "respiratory disorder other than asthma" is
 * {@code diagnosis(MESH:D012140 other_than MESH:D001249)} (see {@link MeshTerm}): the descriptor hierarchy then
 * decides which of a patient's conditions count. A descriptor that is one of the notation's terms is written as that
 * term ("cardiac dysrhythmia" is {@code diagnosis(arrhythmia)}).
 *
 * <p>Only what is exact is read: a phrase equal to an entry term of one condition descriptor. Cancers are left to
 * the notation's own terms ({@code second_malignancy}, the trial's {@code COND:}), as are signs, symptoms and
 * pathological processes ("fever", "pain", "recurrence") and words too general to be a diagnosis ("disease",
 * "infection", "hypersensitivity"). A condition named as a relative's, as a risk, as what a treatment, a vaccine or a
 * test is for, or followed by "to" ("allergy to …") is not the patient's diagnosis and stays unread.
 *
 * <p>The thesaurus is the shipped one ({@link MeshThesaurus#loadDefault()}, shared with the rest of the program):
 * the parser is a function of the text alone, so that a compiled trial depends on nothing else.
 */
final class MeshConditions {

    private MeshConditions() {}

    private static final class Shipped {
        static final MeshThesaurus MESH = MeshThesaurus.loadDefault();
        static final Abbreviations ABBREVIATIONS = Abbreviations.loadDefault();
    }

    /** Descriptors the notation has a term for: read as the term, as the labelled set writes them. */
    static final Map<String, String> NOTATION_TERMS = Map.ofEntries(
            Map.entry("D015658", "hiv"),
            // AIDS is the disease of HIV infection: "HIV infection or AIDS" is diagnosis(hiv) by the conventions
            Map.entry("D000163", "hiv"),
            Map.entry("D006509", "hepatitis_b"),
            Map.entry("D006526", "hepatitis_c"),
            Map.entry("D014376", "tuberculosis"),
            Map.entry("D001327", "autoimmune_disease"),
            Map.entry("D015212", "ibd"),
            Map.entry("D017563", "interstitial_lung_disease"),
            Map.entry("D009203", "myocardial_infarction"),
            Map.entry("D000789", "unstable_angina"),
            Map.entry("D006333", "heart_failure"),
            Map.entry("D020521", "stroke"),
            Map.entry("D013927", "thrombosis"),
            Map.entry("D001145", "arrhythmia"),
            Map.entry("D003920", "diabetes"),
            Map.entry("D003922", "type1_diabetes"),
            Map.entry("D003924", "type2_diabetes"),
            Map.entry("D006474", "bleeding_disorder"),
            Map.entry("D012640", "seizure"),
            Map.entry("D004827", "seizure"),
            Map.entry("D003704", "dementia"),
            Map.entry("D001523", "psychiatric_disorder"),
            Map.entry("D019966", "substance_abuse"));

    /**
     * Words too general to be a diagnosis: Disease, Syndrome, Disease Attributes, Infections, Communicable Diseases,
     * Hypersensitivity, Drug Hypersensitivity, Wounds and Injuries, Coinfection ("hepatitis B and C co-infection"),
     * Pain (a symptom of many conditions: "… involvement of pain").
     */
    static final Set<String> TOO_GENERAL = Set.of(
            "D004194", "D013577", "D020969", "D007239", "D003141", "D006967", "D004342", "D014947", "D060085",
            "D010146");

    /** A condition the patient may have, read as a diagnosis: not a cancer, not only a sign or process. */
    static boolean readable(Descriptor d) {
        if (!d.isCondition() || TOO_GENERAL.contains(d.id())) {
            return false;
        }
        if (d.treeNumbers().stream().anyMatch(t -> t.startsWith("C04"))) {
            return false;
        }
        return d.treeNumbers().isEmpty() || d.treeNumbers().stream().anyMatch(t -> !t.startsWith("C23"));
    }

    /** What makes a named condition something else than the patient's diagnosis, when written before it. */
    private static final Pattern NOT_THE_PATIENTS_BEFORE = Pattern.compile(
            "(?i)\\b(?:family|relatives?|partners?|spouses?|mothers?|fathers?|parents?|siblings?|risk|prevent\\w*"
                    + "|prophyla\\w*|vaccin\\w*|immuni[sz]\\w*|screen\\w*|treat\\w*|therap\\w*|medications?|medicines?"
                    + "|drugs?|contraindicat\\w*|indicat\\w*|allerg\\w*|hypersensitiv\\w*|intoleran\\w*|exposure|exposed"
                    + "|contact|symptoms?\\s+of|signs?\\s+of|suspected|suspicion|possible|probable|except|unless"
                    + "|excluding|other\\s+than)\\b[^,;.()]*$");
    /** … or after it. */
    private static final Pattern NOT_THE_PATIENTS_AFTER = Pattern.compile(
            "(?i)^[\\s-]*(?:to|vaccin\\w*|immuni[sz]\\w*|therap\\w*|treatment|medications?|drugs?|screening|tests?"
                    + "|testing|prophylaxis|prevention|risk|free|negative)\\b");
    /** "(known to have) tested positive for X": the diagnosis, when X is a condition and not a serology. */
    private static final Pattern TESTED_POSITIVE_FOR =
            Pattern.compile("(?i)\\b(?:tested|tests?|testing)\\s+positive\\s+(?:for\\s+)?(?:the\\s+)?$");

    private static final Pattern OTHER_THAN = Pattern.compile("(?i)\\bother\\s+than\\s+(?:the\\s+|an?\\s+)?");
    /** "disease(s)", "disorder", "medical condition", "disease or disorder" before "other than": any condition. */
    private static final Pattern ANY_CONDITION_HEAD = Pattern.compile(
            "(?i)\\b(?:(?:diseases?|disorders?|conditions?|illness(?:es)?)\\s+(?:or|and/or)\\s+)?(?:(?:medical|health)\\s+)?"
                    + "(?:diseases?|disorders?|conditions?|illness(?:es)?|diagnos[ie]s)\\s*$");

    /** "sleep disorders diagnosis other than insomnia": the diagnosis word names no condition of its own. */
    private static final Pattern DIAGNOSIS_WORD = Pattern.compile("(?i)\\s+diagnos[ie]s$");
    /** Words the parser's run passes over as filler, that narrow a diagnosis ("clinically significant X"). */
    private static final Pattern SIGNIFICANT = Pattern.compile("(?i)\\b(?:clinically\\s+)?significant\\b");

    /**
     * How far around a condition its qualifiers are looked for (characters): a phrase's words, never the whole of
     * a hostile 100 kB item for each of its thousands of words.
     */
    private static final int REACH = 240;
    /** At most this many conditions are read in one stretch of an item. */
    private static final int MAX_NAMED = 40;
    /** At most this many "other than" per stretch are tried. */
    private static final int MAX_OTHER_THAN = 20;

    private static final Pattern OPENING_BRACKET = Pattern.compile("\\s*\\(");
    private static final Pattern EXAMPLES_AT_END = Pattern.compile(
            "(?i)\\s*\\(\\s*(?:e\\.\\s?g\\.?|eg\\.?|ex\\.?|such\\s+as|for\\s+example|including)[^()]*\\)$");
    private static final Pattern BRACKET_AFTER = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d-]{0,7}");
    /**
     * "Myopathy or rhabdomyolysis due to K-877", "… head trauma, infection … are suspected": a cause or a doubt later
     * in the clause may narrow every condition before it.
     */
    private static final Pattern LATER_QUALIFIER = Pattern.compile(
            "(?i)\\b(?:due\\s+to|caused\\s+by|induced\\s+by|related\\s+to|associated\\s+with|secondary\\s+to"
                    + "|attributed\\s+to|attributable\\s+to|because\\s+of|resulting\\s+from|following|suspected"
                    + "|suspicion|possible|probable|presumed|likely|ruled\\s+out|excluded)\\b");

    private static final Pattern LIST_SEPARATOR =
            Pattern.compile("(?i)\\s*(?:,\\s*(?:or\\s+|and/or\\s+)?|\\s+or\\s+|\\s+and/or\\s+)");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("^(?<name>.*?)\\s*\\((?<inner>[^()]*)\\)$");

    /**
     * Adds the conditions named in {@code [from, to)} of an exclusion's text to the tokens already recognised there
     * (which they never overlap, except an "other than …" exception that a condition list replaces), in text order.
     */
    static void addTo(String text, int from, int to, List<Token> tokens) {
        Matcher bracket = BRACKET_AFTER.matcher(text).region(to, Math.min(text.length(), to + REACH));
        if (OPENING_BRACKET.matcher(text).region(to, text.length()).lookingAt()
                && !(bracket.lookingAt()
                        && ABBREVIATION.matcher(bracket.group(1).strip()).matches())) {
            // the name of "name (definition)": the parser takes a read definition for the name only when the name
            // is no more than a diagnosis; a condition read here would only keep it from reading the definition
            return;
        }
        otherThan(text, from, to, tokens);
        named(text, from, to, tokens);
        tokens.sort(Comparator.comparingInt(Token::start));
    }

    // ---- "a disorder other than Y" ----------------------------------------------------------------------------

    private static void otherThan(String text, int from, int to, List<Token> tokens) {
        Matcher m = OTHER_THAN.matcher(text).region(from, to);
        for (int tried = 0; tried < MAX_OTHER_THAN && m.find(); tried++) {
            int at = m.start();
            int clauseStart = clauseStart(text, from, at);
            String before = text.substring(clauseStart, at).stripTrailing();
            int headEnd = clauseStart + before.length();
            Optional<String> head;
            int headStart;
            Matcher diagnosisWord = DIAGNOSIS_WORD.matcher(before);
            Match named = lastEndingAt(before, diagnosisWord.find() ? diagnosisWord.start() : headEnd - clauseStart);
            Matcher any = ANY_CONDITION_HEAD.matcher(before);
            Token.Atom termHead = termEndingAt(tokens, headEnd);
            if (termHead != null) {
                head = Optional.of(descriptorOf(((DiagnosisCheck) termHead.criterion()).term()));
                headStart = termHead.start();
            } else if (named != null) {
                head = Optional.of(named.descriptor().id());
                headStart = clauseStart + named.start();
            } else if (any.find()) {
                head = Optional.empty();
                headStart = clauseStart + any.start();
            } else {
                continue;
            }
            int end = clauseEnd(text, m.end());
            if (end < 0) {
                continue;
            }
            int clauseEnd = Math.min(to, end);
            String rest = text.substring(m.end(), clauseEnd);
            int restEnd = m.end() + rest.stripTrailing().length();
            // examples of what still counts add nothing: "other than insomnia (ex. obstructive sleep apnea, …)"
            Matcher examples = EXAMPLES_AT_END.matcher(text.substring(m.end(), restEnd));
            String list = examples.find()
                    ? text.substring(m.end(), m.end() + examples.start())
                    : text.substring(m.end(), restEnd);
            List<String> others = conditions(list);
            if (others.isEmpty() || head.isPresent() && others.contains(head.get())) {
                continue;
            }
            // the head must be free; only the exception's own tokens may lie in what the list replaces
            if (!free(tokens, headStart, at, termHead) || !exceptionOnly(tokens, at, clauseEnd)) {
                continue;
            }
            tokens.remove(termHead);
            tokens.removeIf(t -> t.start() >= at && t.end() <= Math.max(clauseEnd, restEnd) || t.start() == at);
            MeshTerm term = new MeshTerm(head, others);
            tokens.add(
                    new Token.Atom(headStart, restEnd, qualified(text, clauseStart, headStart, restEnd, term.print())));
        }
    }

    /** A diagnosis of the notation's terms that ends at {@code end} ("psychiatric disorder other than …"). */
    private static Token.Atom termEndingAt(List<Token> tokens, int end) {
        for (Token t : tokens) {
            if (t instanceof Token.Atom a
                    && a.end() == end
                    && a.criterion() instanceof DiagnosisCheck d
                    && NOTATION_TERMS.containsValue(d.term())
                    // seizures and epilepsy share the term: neither is its descriptor
                    && !d.term().equals("seizure")) {
                return a;
            }
        }
        return null;
    }

    private static String descriptorOf(String notationTerm) {
        return NOTATION_TERMS.entrySet().stream()
                .filter(e -> e.getValue().equals(notationTerm))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
    }

    /** Where the clause that ends at {@code at} starts: after , ; : ( or a sentence's '.', at most {@link #REACH} back. */
    private static int clauseStart(String text, int from, int at) {
        int start = Math.max(from, at - REACH);
        for (int i = at - 1; i >= Math.max(from, at - REACH); i--) {
            char c = text.charAt(i);
            if (c == ';'
                    || c == ','
                    || c == '('
                    || c == ':'
                    || c == '.' && (i + 1 >= at || text.charAt(i + 1) == ' ')) {
                start = i + 1;
                break;
            }
        }
        return start;
    }

    /** The last readable condition of the text, when it ends exactly at {@code end}. */
    private static Match lastEndingAt(String text, int end) {
        List<Match> found = Shipped.MESH.findIn(text, MeshConditions::readable);
        if (found.isEmpty()) {
            return null;
        }
        Match last = found.get(found.size() - 1);
        return last.end() == end && last.descriptors().size() == 1 ? last : null;
    }

    /** The descriptors of a list of conditions ("asthma", "COPD or asthma", "MDD (major depressive disorder)"), each wholly one. */
    private static List<String> conditions(String list) {
        List<String> ids = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(list.strip(), -1)) {
            String name = part.strip();
            Matcher p = TRAILING_PARENTHESIS.matcher(name);
            String inner = null;
            if (p.matches()) {
                name = p.group("name").strip();
                inner = p.group("inner").strip();
            }
            Optional<Descriptor> d = condition(name);
            if (d.isEmpty()) {
                return List.of();
            }
            // a bracket may only spell the same condition again ("MDD (major depressive disorder)")
            if (inner != null && !condition(inner).equals(d)) {
                return List.of();
            }
            ids.add(d.get().id());
        }
        return ids;
    }

    /** The one condition descriptor a phrase names wholly: an entry term, else an abbreviation of one sense. */
    static Optional<Descriptor> condition(String phrase) {
        List<Descriptor> named = Shipped.MESH.lookup(phrase).stream()
                .filter(Descriptor::isCondition)
                .toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        if (!named.isEmpty() || phrase.isBlank() || phrase.strip().contains(" ")) {
            return Optional.empty();
        }
        List<Abbreviations.Sense> senses = Shipped.ABBREVIATIONS.senses(phrase.strip());
        return senses.size() == 1
                ? senses.get(0).mesh().flatMap(Shipped.MESH::byId).filter(Descriptor::isCondition)
                : Optional.empty();
    }

    // ---- a condition named ------------------------------------------------------------------------------------

    private static void named(String text, int from, int to, List<Token> tokens) {
        List<Token> added = new ArrayList<>();
        int at = from;
        List<Token> inRange = tokens.stream()
                .filter(t -> t.start() >= from && t.end() <= to)
                .sorted(Comparator.comparingInt(Token::start))
                .toList();
        // an exception later in the run ("… or biliary tract disease (except for Gilbert's disease …)") may restrict
        // every condition before it
        int lastException = inRange.stream()
                .filter(t -> t instanceof Token.Unless)
                .mapToInt(Token::start)
                .max()
                .orElse(-1);
        boolean[] bracketed = bracketed(text);
        for (Token t : inRange) {
            gap(text, at, t.start(), lastException, bracketed, added);
            at = Math.max(at, t.end());
        }
        gap(text, at, to, lastException, bracketed, added);
        // a list longer than any real item's is not read (what the run does with each part grows with their number)
        if (added.size() <= MAX_NAMED) {
            tokens.addAll(added);
        }
    }

    private static void gap(String text, int start, int end, int lastException, boolean[] bracketed, List<Token> out) {
        if (end <= start) {
            return;
        }
        String gap = text.substring(start, end);
        for (Match m : Shipped.MESH.findIn(gap, MeshConditions::readable)) {
            if (out.size() > MAX_NAMED) {
                return;
            }
            if (m.descriptors().size() != 1) {
                continue;
            }
            int s = start + m.start();
            int e = start + m.end();
            String before = text.substring(clauseStart(text, 0, s), s);
            Matcher tested = TESTED_POSITIVE_FOR.matcher(before);
            if (tested.find()) {
                s = s - before.length() + tested.start();
                if (s < start) {
                    continue;
                }
            } else if (NOT_THE_PATIENTS_BEFORE.matcher(before).find()) {
                continue;
            }
            int clauseEnd = clauseEnd(text, e);
            if (NOT_THE_PATIENTS_AFTER
                            .matcher(text)
                            .region(e, Math.min(text.length(), e + REACH))
                            .find()
                    || bracketed[s]
                    || !onlyRespelledAfter(text, e, m.descriptor())
                    || LATER_QUALIFIER
                            .matcher(text)
                            .region(e, clauseEnd < 0 ? e + 2 * REACH : clauseEnd)
                            .find()
                    || lastException >= e) {
                continue;
            }
            Descriptor d = m.descriptor();
            String term = NOTATION_TERMS.getOrDefault(d.id(), MeshTerm.PREFIX + d.id());
            out.add(new Token.Atom(s, e, qualified(text, clauseStart(text, 0, s), s, e, term)));
        }
    }

    /**
     * Which characters stand inside brackets. There a condition is an example or a definition of what precedes
     * ("drug allergies (anaphylactic shock, etc.)"), which the parser may take for the whole item: not read there.
     */
    private static boolean[] bracketed(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            inside[i] = depth > 0;
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        inside[text.length()] = depth > 0;
        return inside;
    }

    /**
     * Whether brackets right after a condition only spell it again ("Idiopathic pulmonary fibrosis (IPF)"); any
     * other bracket may narrow it ("familial hypercholesterolemia (homozygotes)").
     */
    private static boolean onlyRespelledAfter(String text, int end, Descriptor d) {
        Matcher b = BRACKET_AFTER.matcher(text).region(end, Math.min(text.length(), end + REACH));
        if (!b.lookingAt()) {
            return true;
        }
        String inner = b.group(1).strip();
        return ABBREVIATION.matcher(inner).matches() || condition(inner).equals(Optional.of(d));
    }

    /**
     * Where the clause that goes on at {@code from} ends: a ';' or a sentence's '.' outside brackets, or the text's
     * end; -1 when that is more than twice {@link #REACH} away.
     */
    private static int clauseEnd(String text, int from) {
        int depth = 0;
        int limit = Math.min(text.length(), from + 2 * REACH);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0
                    && (c == ';'
                            || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                return i;
            }
        }
        return limit == text.length() ? limit : -1;
    }

    /**
     * The diagnosis, with a not-computable part when "significant" stands before it in its clause: the notation's
     * conventions read it as a narrowing qualifier, which the run would pass over as filler.
     */
    private static Criterion qualified(String text, int clauseStart, int start, int end, String term) {
        TextSpan span = new TextSpan(start, end);
        Criterion diagnosis = new DiagnosisCheck(term, span);
        Matcher q = SIGNIFICANT.matcher(text).region(clauseStart, start);
        if (!q.find()) {
            return diagnosis;
        }
        return new And(
                List.of(
                        diagnosis,
                        new NotComputable(q.group(), new TextSpan(q.start(), q.end()), UnreadReason.UNREAD_WORDS)),
                span);
    }

    private static boolean free(List<Token> tokens, int start, int end, Token except) {
        return tokens.stream().noneMatch(t -> t != except && start < t.end() && t.start() < end);
    }

    /** Whether what lies in {@code [start, end)} is only the exception token that "other than" opened. */
    private static boolean exceptionOnly(List<Token> tokens, int start, int end) {
        return tokens.stream()
                .filter(t -> start < t.end() && t.start() < end)
                .allMatch(t -> t instanceof Token.Unless && t.start() == start
                        || t instanceof Token.Filler
                        || t instanceof Token.Examples
                        || t instanceof Token.Atom a && a.criterion() instanceof NotComputable);
    }
}
