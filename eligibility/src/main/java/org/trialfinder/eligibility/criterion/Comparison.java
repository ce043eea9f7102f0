package org.trialfinder.eligibility.criterion;

/** A comparator of the notation: {@code < <= > >= =}. */
public enum Comparison {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual <cmp> threshold}. */
    public boolean test(double actual, double threshold) {
        return switch (this) {
            case LT -> actual < threshold;
            case LE -> actual <= threshold;
            case GT -> actual > threshold;
            case GE -> actual >= threshold;
            case EQ -> actual == threshold;
        };
    }

    /** The comparator of the complement ("not &lt;" is "&gt;="); EQ has none and stays EQ. */
    public Comparison negate() {
        return switch (this) {
            case LT -> GE;
            case LE -> GT;
            case GT -> LE;
            case GE -> LT;
            case EQ -> EQ;
        };
    }

    public static Comparison ofSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator '" + symbol + "' (one of < <= > >= =)");
    }
}
