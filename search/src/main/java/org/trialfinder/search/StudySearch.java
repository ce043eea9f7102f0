package org.trialfinder.search;

/**
 * The search seam: whatever holds the index (the embedded Lucene index today, a distributed engine
 * later) answers a {@link SearchRequest} with a {@link SearchPage}. Bad requests throw
 * {@link SearchException} with a message for the user.
 */
public interface StudySearch {
    SearchPage search(SearchRequest request);
}
