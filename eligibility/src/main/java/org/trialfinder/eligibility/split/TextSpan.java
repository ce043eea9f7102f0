package org.trialfinder.eligibility.split;

/**
 * A half-open character range {@code [start, end)} in the original {@code eligibilityCriteria} field,
 * markdown escapes included, so a page can highlight exactly what the record says.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers in {@code original}. */
    public String of(String original) {
        return original.substring(start, end);
    }
}
