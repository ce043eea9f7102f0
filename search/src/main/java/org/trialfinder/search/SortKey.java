package org.trialfinder.search;

/**
 * One {@code sort} item: a date or numeric piece (or {@code @relevance}, or Trialfinder's
 * {@code @distance}) and a direction. Studies without a value always come last.
 */
public record SortKey(String piece, boolean descending) {
    public static final String RELEVANCE = "@relevance";
    public static final String DISTANCE = "@distance";

    public boolean relevance() {
        return RELEVANCE.equals(piece);
    }

    public boolean distance() {
        return DISTANCE.equals(piece);
    }

    @Override
    public String toString() {
        return piece + (descending ? ":desc" : ":asc");
    }
}
