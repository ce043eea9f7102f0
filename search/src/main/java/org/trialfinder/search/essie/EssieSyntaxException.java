package org.trialfinder.search.essie;

/**
 * An Essie expression that cannot be parsed. The message says what is wrong and where, e.g.
 * {@code unbalanced ")" at position 17}; {@link #position()} is the same 0-based character offset
 * into {@link #expression()}, for pointing at it (a caret, a highlight).
 */
public final class EssieSyntaxException extends IllegalArgumentException {
    private final int position;
    private final String expression;

    public EssieSyntaxException(String message, int position, String expression) {
        super(message);
        this.position = position;
        this.expression = expression;
    }

    /** 0-based character offset into {@link #expression()} where the problem is. */
    public int position() {
        return position;
    }

    /** The whole expression that failed (may be {@code null} when none was given). */
    public String expression() {
        return expression;
    }
}
