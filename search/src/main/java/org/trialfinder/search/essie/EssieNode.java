package org.trialfinder.search.essie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.trialfinder.model.text.TextSpan;

/**
 * A parsed Essie expression: an immutable tree. Build one with {@link EssieParser#parse(String)},
 * or in code with the factory methods here ({@link #words(String...)}, {@link #and(EssieNode...)}, …).
 *
 * <p>Every node carries its {@link TextSpan} in the parsed text ({@link TextSpan#NONE} when built in code).
 * <b>Equality ignores spans</b>: two nodes are equal when they have the same structure and values,
 * so {@code parse("a  OR b").equals(parse("a OR b"))} and
 * {@code parse(write(parse(x))).equals(parse(x))}. {@link #toString()} is the canonical text
 * ({@link EssieWriter#write(EssieNode)}).
 *
 * <p>{@link And} and {@link Or} are n-ary and flat: a child of the same kind is spliced into its
 * parent ({@code (a AND b) AND c} is {@code And[a, b, c]}), and they have at least two children.
 */
public sealed interface EssieNode {

    /** Where this node is in the parsed text. */
    TextSpan span();

    /**
     * A search term: a group of adjacent bare words ({@code lung cancer}, {@code quoted == false})
     * or a quoted phrase ({@code "back pain"}, {@code quoted == true}). The words are kept exactly as
     * written, without the backslashes that escaped them ({@code \AND} is the word {@code AND}).
     */
    record Words(List<String> words, boolean quoted, TextSpan span) implements EssieNode {
        public Words {
            words = List.copyOf(words);
            if (words.isEmpty()) throw new IllegalArgumentException("a search term needs at least one word");
            for (String w : words) {
                if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("not a word: \"" + w + "\"");
                }
            }
            Objects.requireNonNull(span, "span");
        }

        /** The words joined with single spaces. */
        public String text() {
            return String.join(" ", words);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Words w && w.quoted == quoted && w.words.equals(words);
        }

        @Override
        public int hashCode() {
            return words.hashCode() * 31 + Boolean.hashCode(quoted);
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** Every child matches. Flat, at least two children. */
    record And(List<EssieNode> children, TextSpan span) implements EssieNode {
        public And {
            children = flatten(children, And.class);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof And a && a.children.equals(children);
        }

        @Override
        public int hashCode() {
            return children.hashCode() * 31 + 1;
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** Any child matches (more matching children rank higher). Flat, at least two children. */
    record Or(List<EssieNode> children, TextSpan span) implements EssieNode {
        public Or {
            children = flatten(children, Or.class);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Or a && a.children.equals(children);
        }

        @Override
        public int hashCode() {
            return children.hashCode() * 31 + 2;
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** The body does not match. */
    record Not(EssieNode body, TextSpan span) implements EssieNode {
        public Not {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Not n && n.body.equals(body);
        }

        @Override
        public int hashCode() {
            return body.hashCode() * 31 + 3;
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /**
     * {@code AREA[piece]body}: the body is searched in a search area or field piece only.
     * {@code piece} is kept as written (matched case-insensitively later); {@code size} is the
     * {@code AREA[Phase:size]} form, which tests the number of values of a list field.
     */
    record Area(String piece, boolean size, EssieNode body, TextSpan span) implements EssieNode {
        public Area {
            requireName(piece, "piece");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Area a && a.piece.equals(piece) && a.size == size && a.body.equals(body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(piece, size, body);
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /**
     * {@code SEARCH[context](body)}: every condition of the body must match inside the same
     * instance of the context ({@code Location}: the same site). {@code Study} is the default context.
     * The context name is kept as written.
     */
    record Search(String context, EssieNode body, TextSpan span) implements EssieNode {
        public Search {
            requireName(context, "context");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Search s && s.context.equals(context) && s.body.equals(body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(context, body) * 31 + 4;
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** {@code RANGE[lo, hi]}, inclusive at both ends; an {@link RangeBound.Open} end is unbounded. */
    record Range(RangeBound lo, RangeBound hi, TextSpan span) implements EssieNode {
        public Range {
            Objects.requireNonNull(lo, "lo");
            Objects.requireNonNull(hi, "hi");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Range r && r.lo.equals(lo) && r.hi.equals(hi);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lo, hi);
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** {@code MISSING}: the field (of the enclosing {@code AREA}) has no value. */
    record Missing(TextSpan span) implements EssieNode {
        public Missing {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Missing;
        }

        @Override
        public int hashCode() {
            return 5;
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** {@code ALL}: every study. */
    record All(TextSpan span) implements EssieNode {
        public All {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof All;
        }

        @Override
        public int hashCode() {
            return 6;
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** {@code EXPANSION[mode]body}: how far the terms of the body are expanded. */
    record Expansion(ExpansionMode mode, EssieNode body, TextSpan span) implements EssieNode {
        public Expansion {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Expansion e && e.mode == mode && e.body.equals(body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mode, body);
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** {@code COVERAGE[mode]body}: how much of a field value the terms of the body must cover. */
    record Coverage(CoverageMode mode, EssieNode body, TextSpan span) implements EssieNode {
        public Coverage {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Coverage c && c.mode == mode && c.body.equals(body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mode, body);
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    /** {@code TILT[field]body}: ranks the body's matches toward recent values of a date field; filters nothing. */
    record Tilt(String field, EssieNode body, TextSpan span) implements EssieNode {
        public Tilt {
            requireName(field, "field");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tilt t && t.field.equals(field) && t.body.equals(body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, body) * 31 + 7;
        }

        @Override
        public String toString() {
            return EssieWriter.write(this);
        }
    }

    // ---- factories (span = TextSpan.NONE) ----

    /** A bare word group, e.g. {@code words("lung", "cancer")}. */
    static Words words(String... words) {
        return new Words(Arrays.asList(words), false, TextSpan.NONE);
    }

    /** A quoted phrase, e.g. {@code phrase("back", "pain")}. */
    static Words phrase(String... words) {
        return new Words(Arrays.asList(words), true, TextSpan.NONE);
    }

    static And and(EssieNode... children) {
        return new And(Arrays.asList(children), TextSpan.NONE);
    }

    static Or or(EssieNode... children) {
        return new Or(Arrays.asList(children), TextSpan.NONE);
    }

    static Not not(EssieNode body) {
        return new Not(body, TextSpan.NONE);
    }

    static Area area(String piece, EssieNode body) {
        return new Area(piece, false, body, TextSpan.NONE);
    }

    /** {@code AREA[piece:size]body}. */
    static Area areaSize(String piece, EssieNode body) {
        return new Area(piece, true, body, TextSpan.NONE);
    }

    static Search search(String context, EssieNode body) {
        return new Search(context, body, TextSpan.NONE);
    }

    static Range range(RangeBound lo, RangeBound hi) {
        return new Range(lo, hi, TextSpan.NONE);
    }

    static Missing missing() {
        return new Missing(TextSpan.NONE);
    }

    static All all() {
        return new All(TextSpan.NONE);
    }

    static Expansion expansion(ExpansionMode mode, EssieNode body) {
        return new Expansion(mode, body, TextSpan.NONE);
    }

    static Coverage coverage(CoverageMode mode, EssieNode body) {
        return new Coverage(mode, body, TextSpan.NONE);
    }

    static Tilt tilt(String field, EssieNode body) {
        return new Tilt(field, body, TextSpan.NONE);
    }

    private static List<EssieNode> flatten(List<EssieNode> children, Class<? extends EssieNode> kind) {
        Objects.requireNonNull(children, "children");
        List<EssieNode> out = new ArrayList<>(children.size());
        for (EssieNode c : children) {
            Objects.requireNonNull(c, "child");
            if (kind.isInstance(c)) {
                out.addAll(c instanceof And a ? a.children() : ((Or) c).children());
            } else {
                out.add(c);
            }
        }
        if (out.size() < 2) {
            throw new IllegalArgumentException(kind.getSimpleName() + " needs at least two children");
        }
        return List.copyOf(out);
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) throw new IllegalArgumentException(what + " is blank");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ']' || c == '[' || c == ':' || c == '(' || c == ')' || Character.isWhitespace(c)) {
                throw new IllegalArgumentException(what + " cannot contain '" + c + "': " + name);
            }
        }
    }
}
