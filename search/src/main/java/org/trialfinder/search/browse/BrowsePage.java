package org.trialfinder.search.browse;

import java.util.List;
import org.trialfinder.search.SearchHit;

/**
 * One page of the trials carrying a browse key: open ones (recruiting or not yet recruiting) first,
 * each group most recently updated first.
 *
 * @param total how many trials carry the key
 * @param open  how many of them are recruiting or not yet recruiting
 */
public record BrowsePage(long total, long open, List<SearchHit> hits) {
    public BrowsePage {
        hits = List.copyOf(hits);
    }
}
