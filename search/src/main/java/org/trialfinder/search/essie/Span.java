package org.trialfinder.search.essie;

/**
 * Where a node came from in the expression text: {@code start} inclusive, {@code end} exclusive,
 * both 0-based character offsets ({@code text.substring(start, end)} is the node's source).
 * Nodes built in code (not parsed) carry {@link #NONE}.
 */
public record Span(int start, int end) {
    /** The span of a node that was not parsed from text. */
    public static final Span NONE = new Span(-1, -1);

    public Span {
        if (!(start == -1 && end == -1) && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether this span points into a parsed text (false for {@link #NONE}). */
    public boolean isKnown() {
        return start >= 0;
    }

    /** The smallest span covering both (an unknown span yields the other). */
    public Span union(Span other) {
        if (!isKnown()) return other;
        if (!other.isKnown()) return this;
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public int length() {
        return isKnown() ? end - start : 0;
    }
}
