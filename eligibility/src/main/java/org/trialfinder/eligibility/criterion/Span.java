package org.trialfinder.eligibility.criterion;

/**
 * The characters {@code [start, end)} of the criterion item's text a node was read from; {@link #NONE}
 * for trees not read from text (parsed from the notation, or the record's structured fields).
 */
public record Span(int start, int end) {
    public static final Span NONE = new Span(-1, -1);

    public boolean known() {
        return start >= 0;
    }

    /** The smallest span covering both (an unknown side is ignored). */
    public Span cover(Span other) {
        if (!known()) {
            return other;
        }
        if (!other.known()) {
            return this;
        }
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
