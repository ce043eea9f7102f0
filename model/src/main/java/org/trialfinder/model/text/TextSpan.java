package org.trialfinder.model.text;

/**
 * The characters {@code [start, end)} of a source text something was read from: 0-based offsets,
 * {@code end} exclusive, so {@code text.substring(start, end)} is its source. A search expression's
 * node points into the query; an eligibility criterion into the record's {@code
 * eligibilityCriteria} field, markdown escapes included, so a page can highlight exactly what the
 * record says. {@link #NONE} is the span of something not read from text (built in code, parsed
 * from a notation, taken from a structured field).
 */
public record TextSpan(int start, int end) {
    /** The span of something not read from text. */
    public static final TextSpan NONE = new TextSpan(-1, -1);

    public TextSpan {
        if (!(start == -1 && end == -1) && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Whether this span points into a text (false for {@link #NONE}). */
    public boolean known() {
        return start >= 0;
    }

    /** The smallest span covering both (an unknown side is ignored). */
    public TextSpan cover(TextSpan other) {
        if (!known()) {
            return other;
        }
        if (!other.known()) {
            return this;
        }
        return new TextSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** How many characters it covers; 0 for {@link #NONE}. */
    public int length() {
        return known() ? end - start : 0;
    }

    /** The text this span covers in {@code original}, the text it was read from. */
    public String of(String original) {
        return original.substring(start, end);
    }
}
