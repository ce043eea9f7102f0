package org.trialfinder.eligibility.parse;

import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** An element of an item read left to right: what the stages after {@link ElementReader} work on. */
sealed interface Element {

    /** A check read, at {@code [start, end)}. */
    record Piece(Criterion c, int start, int end) implements Element {}

    /** Words the notation cannot say, at {@code [start, end)}, and why they are unread. */
    record Content(int start, int end, UnreadReason reason) implements Element {}

    /** A connector between parts. */
    record Connector(Joint joint) implements Element {}

    /** "no", "not", "without", "negative": negates the check after it. */
    record Negation(int start) implements Element {}

    /** "suspected", "possible": weakens the check after it. */
    record Weak(int start) implements Element {}

    /** A time window, placed on events by {@link WindowPlacement}. */
    record Time(Token.Time token) implements Element {}

    /** "in patients with liver metastases": read with the labs by {@link LiverMetastasisLimits}. */
    record Liver(Token.LiverCondition token) implements Element {}

    /** Lab thresholds, made trees by {@link LabTrees}. */
    record Labs(Token.Labs token) implements Element {}

    /** Where the element starts in the text; -1 for connectors and words without a span. */
    static int start(Element e) {
        return switch (e) {
            case Piece p -> p.start();
            case Labs l -> l.token().start();
            case Liver l -> l.token().start();
            case Time t -> t.token().start();
            case Content c -> c.start();
            default -> -1;
        };
    }

    /** Where the element ends in the text; -1 for connectors and words without a span. */
    static int end(Element e) {
        return switch (e) {
            case Piece p -> p.end();
            case Labs l -> l.token().end();
            case Liver l -> l.token().end();
            case Time t -> t.token().end();
            case Content c -> c.end();
            default -> -1;
        };
    }
}
