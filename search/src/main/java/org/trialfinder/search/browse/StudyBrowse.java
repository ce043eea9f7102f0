package org.trialfinder.search.browse;

import java.util.List;

/**
 * Browsing the stored trials by condition and by place, backend-neutral: an embedded index answers
 * it from doc values, a distributed engine with terms aggregations over the same keys
 * ({@link BrowseKeys} says what they are).
 */
public interface StudyBrowse {
    /** Every key of a dimension with its counts over all stored trials, in key order. */
    List<BrowseCount> counts(BrowseDimension dimension);

    /**
     * The trials carrying {@code key}, open ones first (see {@link BrowsePage}), from {@code offset}
     * ({@code 0}-based) at most {@code limit} of them.
     */
    BrowsePage studies(BrowseDimension dimension, String key, int offset, int limit);
}
