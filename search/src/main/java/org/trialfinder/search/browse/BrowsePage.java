package org.trialfinder.search.browse;

import java.util.List;
import org.trialfinder.search.summary.StudySummary;

/**
 * One page of the trials carrying a browse key: open ones (recruiting or not yet recruiting) first,
 * each group most recently updated first, each trial as its list summary.
 *
 * @param total how many trials carry the key
 * @param open  how many of them are recruiting or not yet recruiting
 */
public record BrowsePage(long total, long open, List<StudySummary> trials) {
    public BrowsePage {
        trials = List.copyOf(trials);
    }
}
