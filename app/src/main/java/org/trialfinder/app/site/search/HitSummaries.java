package org.trialfinder.app.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.summary.StudySummary;

/**
 * The list summaries of a page of hits, in the hits' order: from the store's summaries (one look-up
 * for the page), and for a hit the last commit no longer holds (a page of an older data version) from
 * its own record.
 */
public final class HitSummaries {
    private HitSummaries() {}

    public static List<StudySummary> of(StudySummaries summaries, List<SearchHit> hits) {
        Map<String, StudySummary> stored =
                summaries.of(hits.stream().map(SearchHit::nctId).toList());
        List<StudySummary> out = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            StudySummary s = stored.get(hit.nctId());
            // the sites' browse keys are not shown in a card: no gazetteer regions needed
            out.add(s != null ? s : StudySummary.of(StudyJson.parse(hit.json()), index -> null));
        }
        return out;
    }
}
