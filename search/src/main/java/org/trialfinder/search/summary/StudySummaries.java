package org.trialfinder.search.summary;

import java.util.Collection;
import java.util.Map;

/**
 * The stored summaries of trials, backend-neutral: an embedded index keeps them as doc values
 * written at indexing, a distributed engine would keep them as a small stored field or source
 * filter of the same values.
 */
public interface StudySummaries {
    /**
     * The summaries of the trials with these NCT ids in the last committed state; an id that is not
     * stored (or no longer) has no entry.
     */
    Map<String, StudySummary> of(Collection<String> nctIds);
}
