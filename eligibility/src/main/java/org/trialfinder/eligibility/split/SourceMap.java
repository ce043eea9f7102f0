package org.trialfinder.eligibility.split;

import java.util.Arrays;
import org.trialfinder.model.text.TextSpan;

/**
 * Where each character of a cleaned text (escapes removed, whitespace collapsed) is in the original
 * field, so a span found in the clean text can be shown in the original. An escaped character
 * ({@code \<}) covers its backslash too.
 */
public final class SourceMap {
    private final int[] starts;
    private final int[] ends;
    private final int empty;

    /**
     * @param starts for each clean character, its first offset in the original
     * @param ends for each clean character, the offset after it in the original
     * @param empty the offset an empty text stands at
     */
    SourceMap(int[] starts, int[] ends, int empty) {
        this.starts = starts;
        this.ends = ends;
        this.empty = empty;
    }

    /** The original span of the clean characters {@code [start, stop)}; an empty range maps to an empty span. */
    public TextSpan span(int start, int stop) {
        if (starts.length == 0) {
            return new TextSpan(empty, empty);
        }
        int s = Math.max(0, Math.min(start, starts.length - 1));
        if (stop <= start) {
            return new TextSpan(starts[s], starts[s]);
        }
        int e = Math.max(s, Math.min(stop, starts.length) - 1);
        return new TextSpan(starts[s], ends[e]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap other
                && empty == other.empty
                && Arrays.equals(starts, other.starts)
                && Arrays.equals(ends, other.ends);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts) * 31 + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return "SourceMap[" + starts.length + " chars]";
    }
}
