package org.trialfinder.search.essie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.trialfinder.model.PartialDate;
import org.trialfinder.model.text.TextSpan;
import org.trialfinder.search.essie.EssieNode.All;
import org.trialfinder.search.essie.EssieNode.And;
import org.trialfinder.search.essie.EssieNode.Area;
import org.trialfinder.search.essie.EssieNode.Coverage;
import org.trialfinder.search.essie.EssieNode.Expansion;
import org.trialfinder.search.essie.EssieNode.Missing;
import org.trialfinder.search.essie.EssieNode.Not;
import org.trialfinder.search.essie.EssieNode.Or;
import org.trialfinder.search.essie.EssieNode.Range;
import org.trialfinder.search.essie.EssieNode.Search;
import org.trialfinder.search.essie.EssieNode.Tilt;
import org.trialfinder.search.essie.EssieNode.Words;
import org.trialfinder.search.essie.EssieTokenizer.Kind;
import org.trialfinder.search.essie.EssieTokenizer.Token;

/**
 * Parses ClinicalTrials.gov's Essie search expressions (the language of {@code query.*} and
 * {@code filter.advanced} in its API v2) into an {@link EssieNode} tree. A recursive-descent
 * parser over a one-pass tokenizer: linear time, bounded recursion.
 *
 * <h2>Grammar</h2>
 * <pre>
 * expression := or
 * or         := and ( "OR" and )*
 * and        := unary ( "AND"? unary )*            -- two operands side by side are ANDed
 * unary      := prefix unary | primary
 * prefix     := "NOT" | AREA[piece] | AREA[piece:size] | SEARCH[context]
 *             | EXPANSION[mode] | COVERAGE[mode] | TILT[field]
 * primary    := word+                              -- adjacent bare words are one search term
 *             | '"' phrase '"' | '(' or ')' | RANGE[lo, hi] | "MISSING" | "ALL"
 * </pre>
 * Precedence, from highest: search terms and source operators ({@code AREA}); {@code NOT} and
 * the context operators and modifiers ({@code SEARCH}, {@code EXPANSION}, {@code COVERAGE},
 * {@code TILT}); {@code AND}; {@code OR}. All prefix operators apply to the one operand that follows
 * (a word group, a phrase, a parenthesised group, {@code RANGE}, {@code MISSING}, {@code ALL} or
 * another prefix operator with its operand), so {@code a OR b AND c} is {@code Or[a, And[b, c]]},
 * {@code NOT a AND b} is {@code And[Not[a], b]} and {@code AREA[Phase](PHASE2 OR PHASE3)} scopes both.
 *
 * <h2>Decisions where ClinicalTrials.gov's documentation is silent</h2>
 * <ul>
 *   <li><b>Case.</b> Operator words ({@code AND OR NOT MISSING ALL}) and operator names
 *       ({@code AREA SEARCH RANGE EXPANSION COVERAGE TILT}) are recognised in upper case only; {@code and},
 *       {@code Or}, {@code area[x]} are ordinary words. The values in brackets are case-insensitive
 *       where they are a fixed list ({@code EXPANSION[none]}, {@code COVERAGE[fullmatch]},
 *       {@code MIN}/{@code max}, age units), and kept exactly as written where they are names
 *       ({@code AREA[condition]}, {@code SEARCH[location]}, {@code TILT[...]}: matched later).</li>
 *   <li><b>Operator names need their bracket right after them</b> ({@code AREA[}); {@code AREA [x]}
 *       is two words. Brackets do not nest; the first {@code ]} closes.</li>
 *   <li><b>Word groups.</b> Adjacent bare words form one search term ({@code Words}, {@code quoted=false});
 *       a prefix operator applies to the whole group ({@code AREA[Condition]heart attack}). Any other two
 *       operands side by side are ANDed, at AND's precedence
 *       ({@code AREA[Phase]PHASE2 AREA[StudyType]INTERVENTIONAL}, {@code pain (head OR neck)},
 *       {@code heart "back pain"}, {@code bethesda NOT maryland}).</li>
 *   <li><b>Bare words</b> end at white space, {@code (}, {@code )} and {@code "}; every other character
 *       belongs to the word ({@code COVID-19}, {@code IL-6}, {@code 5.0}, {@code NCT01234567}, {@code a[1]}).</li>
 *   <li><b>Backslash.</b> Before a letter at the start of a word it makes the word literal and is dropped:
 *       {@code \AND}, {@code \MISSING}, {@code \ALL}, {@code \AREA[x]} are words. {@code \\}, {@code \(},
 *       {@code \)}, {@code \"} are the literal character, anywhere in a bare word. Inside a quoted phrase
 *       {@code \"} and {@code \\} are literal and operators mean nothing. Any other backslash is kept as
 *       a character ({@code C:\temp}).</li>
 *   <li><b>{@code ALL} is the operator</b>, as documented, even though "ALL" is also the acronym of acute
 *       lymphoblastic leukaemia: write {@code \ALL} or {@code "ALL"} for the word.</li>
 *   <li><b>MISSING and RANGE need not sit right after an AREA</b> ({@code AREA[Phase](MISSING OR PHASE1)}
 *       is accepted); the evaluator decides what a MISSING or RANGE without a field means.</li>
 *   <li><b>RANGE bounds</b> are typed from their text alone, see {@link RangeBound}; {@code MIN} and
 *       {@code MAX} are accepted at either end. White space around the comma is fine.</li>
 *   <li><b>Flat trees.</b> {@code (a AND b) AND c} gives {@code And[a, b, c]}; parentheses leave no node.</li>
 *   <li><b>Errors rather than guesses</b> for a dangling or doubled operator ({@code lung cancer OR},
 *       {@code a AND OR b}), empty parentheses or phrases, unbalanced parentheses, unknown modes,
 *       and blank text (the caller decides whether blank means "no query").</li>
 *   <li><b>Bounds.</b> {@link Limits#DEFAULT}: at most 10,000 characters, 50 levels of nesting
 *       (each parenthesis and each prefix operator is a level) and 500 search terms (each word, and each
 *       RANGE, MISSING and ALL). Recursion depth is proportional to the nesting limit, which is capped at
 *       {@value #MAX_DEPTH_CAP}, so deep input gives an {@link EssieSyntaxException}, never a
 *       {@code StackOverflowError}.</li>
 * </ul>
 * Positions in messages and in {@link EssieSyntaxException#position()} are 0-based character offsets.
 * Instances are immutable and thread-safe.
 */
public final class EssieParser {

    /**
     * The largest nesting limit a parser accepts. Each level costs at most four stack frames: the
     * default limit of 50 needs about 64 KB of stack, this cap about 256 KB, well within the JVM's
     * default thread stack (512 KB to 1 MB).
     */
    public static final int MAX_DEPTH_CAP = 200;

    /**
     * What a parser accepts at most: expression length in characters, nesting depth, and number of
     * search terms.
     */
    public record Limits(int maxLength, int maxDepth, int maxTerms) {
        /** 10,000 characters, 50 levels, 500 terms. */
        public static final Limits DEFAULT = new Limits(10_000, 50, 500);

        public Limits {
            if (maxLength < 1 || maxDepth < 1 || maxTerms < 1)
                throw new IllegalArgumentException("limits must be positive");
            if (maxDepth > MAX_DEPTH_CAP) throw new IllegalArgumentException("maxDepth is capped at " + MAX_DEPTH_CAP);
        }
    }

    private static final EssieParser DEFAULT = new EssieParser(Limits.DEFAULT);

    private final Limits limits;

    public EssieParser(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A parser with {@link Limits#DEFAULT}. */
    public static EssieParser standard() {
        return DEFAULT;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Parses {@code text} with the default limits.
     *
     * @throws EssieSyntaxException if the text is null, blank, too long, too deep, has too many terms,
     *     or is not a valid expression; the message says what and where
     */
    public static EssieNode parse(String text) {
        return DEFAULT.parseExpression(text);
    }

    /** Parses {@code text} with this parser's limits. */
    public EssieNode parseExpression(String text) {
        if (text == null) throw new EssieSyntaxException("no search expression given", 0, null);
        if (text.length() > limits.maxLength()) {
            throw new EssieSyntaxException(
                    String.format(
                            Locale.ROOT,
                            "the expression is too long: %,d characters (the limit is %,d)",
                            text.length(),
                            limits.maxLength()),
                    limits.maxLength(),
                    text);
        }
        if (text.isBlank()) throw new EssieSyntaxException("the expression is empty", 0, text);
        return new Run(text, EssieTokenizer.tokenize(text), limits).parseAll();
    }

    /** One parse: the token cursor, depth and term counters. */
    private static final class Run {
        private final String text;
        private final List<Token> tokens;
        private final Limits limits;
        private int pos;
        private int depth;
        private int terms;

        Run(String text, List<Token> tokens, Limits limits) {
            this.text = text;
            this.tokens = tokens;
            this.limits = limits;
        }

        EssieNode parseAll() {
            EssieNode node = parseOr();
            Token t = peek();
            if (t.kind() == Kind.RPAREN)
                throw error("unbalanced \")\" at position " + t.start() + " (no \"(\" opens it)", t.start());
            if (t.kind() != Kind.EOF) throw error("unexpected " + describe(t) + " at position " + t.start(), t.start());
            return node;
        }

        // ---- token cursor ----

        private Token peek() {
            return tokens.get(pos);
        }

        private Token next() {
            Token t = tokens.get(pos);
            if (t.kind() != Kind.EOF) pos++;
            return t;
        }

        private static boolean startsOperand(Token t) {
            return switch (t.kind()) {
                case WORD, PHRASE, LPAREN, NOT, ALL, MISSING, AREA, SEARCH, RANGE, EXPANSION, COVERAGE, TILT -> true;
                case AND, OR, RPAREN, EOF -> false;
            };
        }

        // ---- grammar ----

        private EssieNode parseOr() {
            EssieNode first = parseAnd();
            if (peek().kind() != Kind.OR) return first;
            List<EssieNode> children = new ArrayList<>();
            children.add(first);
            while (peek().kind() == Kind.OR) {
                Token op = next();
                requireRightOperand(op);
                children.add(parseAnd());
            }
            return new Or(children, spanOf(children));
        }

        private EssieNode parseAnd() {
            Token t = peek();
            if (t.kind() == Kind.AND || t.kind() == Kind.OR) {
                throw error(t.kind() + " at position " + t.start() + " has nothing on its left", t.start());
            }
            EssieNode first = parseUnary();
            List<EssieNode> children = null;
            while (true) {
                Token n = peek();
                if (n.kind() == Kind.AND) {
                    next();
                    requireRightOperand(n);
                } else if (!startsOperand(n)) {
                    break;
                }
                if (children == null) {
                    children = new ArrayList<>();
                    children.add(first);
                }
                children.add(parseUnary());
            }
            return children == null ? first : new And(children, spanOf(children));
        }

        private EssieNode parseUnary() {
            Token t = peek();
            switch (t.kind()) {
                case NOT -> {
                    next();
                    EssieNode body = prefixBody(t, "NOT");
                    return new Not(body, span(t, body));
                }
                case AREA -> {
                    next();
                    String arg = t.text().trim();
                    boolean size = false;
                    int colon = arg.indexOf(':');
                    if (colon >= 0) {
                        String suffix = arg.substring(colon + 1).trim();
                        if (!suffix.equalsIgnoreCase("size")) {
                            throw error(
                                    "unknown AREA suffix \":" + suffix + "\" in " + t.source(text) + " at position "
                                            + t.start() + " (allowed: AREA[Field:size])",
                                    t.start());
                        }
                        size = true;
                        arg = arg.substring(0, colon).trim();
                    }
                    String piece = requireName(t, arg, "a field or search area name, e.g. AREA[Condition]");
                    EssieNode body = prefixBody(t, "AREA[" + t.text() + "]");
                    return new Area(piece, size, body, span(t, body));
                }
                case SEARCH -> {
                    next();
                    String context = requireName(t, t.text().trim(), "a context, e.g. SEARCH[Location]");
                    EssieNode body = prefixBody(t, "SEARCH[" + t.text() + "]");
                    return new Search(context, body, span(t, body));
                }
                case EXPANSION -> {
                    next();
                    ExpansionMode mode = ExpansionMode.parse(t.text().trim())
                            .orElseThrow(() -> error(
                                    "unknown modifier " + t.source(text) + " at position " + t.start() + " (allowed: "
                                            + ExpansionMode.allowed() + ")",
                                    t.start()));
                    EssieNode body = prefixBody(t, t.source(text));
                    return new Expansion(mode, body, span(t, body));
                }
                case COVERAGE -> {
                    next();
                    CoverageMode mode = CoverageMode.parse(t.text().trim())
                            .orElseThrow(() -> error(
                                    "unknown modifier " + t.source(text) + " at position " + t.start() + " (allowed: "
                                            + CoverageMode.allowed() + ")",
                                    t.start()));
                    EssieNode body = prefixBody(t, t.source(text));
                    return new Coverage(mode, body, span(t, body));
                }
                case TILT -> {
                    next();
                    String field = requireName(t, t.text().trim(), "a date field, e.g. TILT[StudyFirstPostDate]");
                    EssieNode body = prefixBody(t, "TILT[" + t.text() + "]");
                    return new Tilt(field, body, span(t, body));
                }
                default -> {
                    return parsePrimary();
                }
            }
        }

        /** The operand of a prefix operator, one nesting level deeper. */
        private EssieNode prefixBody(Token op, String label) {
            Token n = peek();
            if (!startsOperand(n)) {
                throw error(
                        label + " at position " + op.start() + " has nothing to apply to"
                                + (n.kind() == Kind.EOF
                                        ? " (the expression ends there)"
                                        : " (found " + describe(n) + " at position " + n.start() + ")"),
                        op.start());
            }
            enter(op);
            EssieNode body = parseUnary();
            depth--;
            return body;
        }

        private EssieNode parsePrimary() {
            Token t = peek();
            switch (t.kind()) {
                case WORD -> {
                    List<String> words = new ArrayList<>();
                    Token last = t;
                    while (peek().kind() == Kind.WORD) {
                        last = next();
                        countTerm(last);
                        words.add(last.text());
                    }
                    return new Words(words, false, new TextSpan(t.start(), last.end()));
                }
                case PHRASE -> {
                    next();
                    List<String> words = splitWords(t.text());
                    if (words.isEmpty()) throw error("empty quoted phrase at position " + t.start(), t.start());
                    for (int i = 0; i < words.size(); i++) countTerm(t);
                    return new Words(words, true, new TextSpan(t.start(), t.end()));
                }
                case LPAREN -> {
                    next();
                    if (peek().kind() == Kind.RPAREN)
                        throw error("empty parentheses at position " + t.start(), t.start());
                    if (peek().kind() == Kind.EOF)
                        throw error("missing \")\" for the \"(\" at position " + t.start(), t.start());
                    enter(t);
                    EssieNode inner = parseOr();
                    depth--;
                    if (peek().kind() != Kind.RPAREN)
                        throw error("missing \")\" for the \"(\" at position " + t.start(), t.start());
                    next();
                    return inner;
                }
                case ALL -> {
                    next();
                    countTerm(t);
                    return new All(new TextSpan(t.start(), t.end()));
                }
                case MISSING -> {
                    next();
                    countTerm(t);
                    return new Missing(new TextSpan(t.start(), t.end()));
                }
                case RANGE -> {
                    next();
                    countTerm(t);
                    return parseRange(t);
                }
                case RPAREN ->
                    throw error("unbalanced \")\" at position " + t.start() + " (no \"(\" opens it)", t.start());
                default ->
                    throw error(
                            "expected a search term at position " + t.start() + " but found " + describe(t), t.start());
            }
        }

        // ---- RANGE ----

        private Range parseRange(Token t) {
            String arg = t.text();
            int comma = arg.indexOf(',');
            if (comma < 0 || arg.indexOf(',', comma + 1) >= 0) {
                throw error(
                        "RANGE needs two bounds separated by a comma at position " + t.start()
                                + ", e.g. RANGE[2020-01-01, MAX] (found " + t.source(text) + ")",
                        t.start());
            }
            RangeBound lo = parseBound(t, arg.substring(0, comma), t.argStart(), "lower", "MIN");
            RangeBound hi = parseBound(t, arg.substring(comma + 1), t.argStart() + comma + 1, "upper", "MAX");
            return new Range(lo, hi, new TextSpan(t.start(), t.end()));
        }

        private RangeBound parseBound(Token range, String raw, int rawStart, String which, String open) {
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
            String s = raw.strip();
            int at = rawStart + lead;
            if (s.isEmpty()) {
                throw error(
                        "RANGE at position " + range.start() + " has no " + which + " bound (write " + open
                                + " for none)",
                        range.start());
            }
            if (s.equalsIgnoreCase("MIN") || s.equalsIgnoreCase("MAX")) return new RangeBound.Open();
            Optional<RangeBound> date = parseDate(s, at);
            if (date.isPresent()) return date.get();
            int numEnd = numberEnd(s);
            if (numEnd == s.length()) return new RangeBound.NumberBound(new BigDecimal(s));
            if (numEnd > 0) {
                String unit = s.substring(numEnd).strip();
                if (isLetters(unit)) {
                    AgeUnit u = AgeUnit.parse(unit)
                            .orElseThrow(() -> error(
                                    "unknown age unit \"" + unit + "\" in RANGE at position " + at
                                            + " (allowed: years, months, weeks, days, hours, minutes)",
                                    at));
                    BigDecimal amount = new BigDecimal(s.substring(0, numEnd));
                    if (amount.signum() < 0)
                        throw error("an age cannot be negative: \"" + s + "\" at position " + at, at);
                    return new RangeBound.AgeBound(amount, u);
                }
            }
            throw error(
                    "RANGE bound \"" + s + "\" at position " + at
                            + " is not a date (2022-06-15), a number (2.5), an age (16 years), MIN or MAX",
                    at);
        }

        /** {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code MM/DD/YYYY}; a year alone is left to numbers. */
        private Optional<RangeBound> parseDate(String s, int at) {
            String[] iso = splitDigits(s, '-');
            String[] us = splitDigits(s, '/');
            int year;
            int month;
            int day;
            if (iso != null
                    && (iso.length == 2 || iso.length == 3)
                    && iso[0].length() == 4
                    && iso[1].length() <= 2
                    && (iso.length == 2 || iso[2].length() <= 2)) {
                year = Integer.parseInt(iso[0]);
                month = Integer.parseInt(iso[1]);
                day = iso.length == 3 ? Integer.parseInt(iso[2]) : 0;
            } else if (us != null
                    && us.length == 3
                    && us[0].length() <= 2
                    && us[1].length() <= 2
                    && us[2].length() == 4) {
                year = Integer.parseInt(us[2]);
                month = Integer.parseInt(us[0]);
                day = Integer.parseInt(us[1]);
            } else {
                return Optional.empty();
            }
            try {
                return Optional.of(new RangeBound.DateBound(PartialDate.of(year, month, day)));
            } catch (IllegalArgumentException e) {
                throw error("RANGE bound \"" + s + "\" at position " + at + " is not a valid date", at);
            }
        }

        /** The non-empty runs of ASCII digits between separators, or null if s is anything else. */
        private static String[] splitDigits(String s, char sep) {
            if (s.indexOf(sep) < 0) return null;
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || s.charAt(i) == sep) {
                    if (i == start) return null;
                    out.add(s.substring(start, i));
                    start = i + 1;
                } else if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return null;
                }
            }
            return out.toArray(String[]::new);
        }

        /** The length of the leading {@code [+-]?digits(.digits)?} of s, or 0 if there is none. */
        private static int numberEnd(String s) {
            int i = 0;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            int digitsStart = i;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) i++;
            if (i == digitsStart) return 0;
            if (i < s.length() && s.charAt(i) == '.') {
                int fracStart = i + 1;
                int j = fracStart;
                while (j < s.length() && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) j++;
                if (j > fracStart) i = j;
            }
            return i;
        }

        private static boolean isLetters(String s) {
            if (s.isEmpty()) return false;
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isLetter(s.charAt(i))) return false;
            }
            return true;
        }

        // ---- helpers ----

        private String requireName(Token t, String name, String what) {
            if (name.isEmpty()) {
                throw error(t.kind() + "[] at position " + t.start() + " needs " + what, t.start());
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                    throw error(
                            "\"" + name + "\" in " + t.source(text) + " at position " + t.start()
                                    + " is not a name: use letters, digits, '_', '.' or '-' (" + what + ")",
                            t.start());
                }
            }
            return name;
        }

        private void requireRightOperand(Token op) {
            Token n = peek();
            if (startsOperand(n)) return;
            if (n.kind() == Kind.AND || n.kind() == Kind.OR) {
                throw error(
                        op.kind() + " at position " + op.start() + " is followed by " + n.kind() + " at position "
                                + n.start() + ": put a search term between them",
                        op.start());
            }
            throw error(
                    op.kind() + " at position " + op.start() + " has nothing on its right"
                            + (n.kind() == Kind.EOF
                                    ? " (the expression ends there)"
                                    : " (found \")\" at position " + n.start() + ")"),
                    op.start());
        }

        private void enter(Token t) {
            if (++depth > limits.maxDepth()) {
                throw error(
                        "the expression nests too deeply at position " + t.start() + " (the limit is "
                                + limits.maxDepth() + " levels of parentheses and operators)",
                        t.start());
            }
        }

        private void countTerm(Token t) {
            if (++terms > limits.maxTerms()) {
                throw error(
                        "too many search terms: the limit is " + limits.maxTerms() + ", exceeded at position "
                                + t.start(),
                        t.start());
            }
        }

        private static List<String> splitWords(String s) {
            List<String> out = new ArrayList<>();
            int i = 0;
            int n = s.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(s.charAt(i))) i++;
                int start = i;
                while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
                if (i > start) out.add(s.substring(start, i));
            }
            return out;
        }

        private String describe(Token t) {
            return switch (t.kind()) {
                case EOF -> "the end of the expression";
                case WORD, PHRASE -> "\"" + abbreviate(t.source(text)) + "\"";
                case LPAREN -> "\"(\"";
                case RPAREN -> "\")\"";
                default -> abbreviate(t.source(text));
            };
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }

        private static TextSpan span(Token op, EssieNode body) {
            return new TextSpan(op.start(), Math.max(op.end(), body.span().end()));
        }

        private static TextSpan spanOf(List<EssieNode> children) {
            return new TextSpan(
                    children.get(0).span().start(),
                    children.get(children.size() - 1).span().end());
        }

        private EssieSyntaxException error(String message, int position) {
            return new EssieSyntaxException(message, position, text);
        }
    }
}
