package org.trialfinder.app.site.browse;

import java.util.List;

/**
 * A browse page of trials: a condition's or a city's, open ones first, with a link to the search
 * page for more filters and, for a condition, its broader and narrower conditions.
 *
 * @param related headed lists of related pages (broader, narrower conditions; branches)
 * @param sites   whether rows show their sites (on a city page)
 */
public record TrialsPageView(
        String title,
        String description,
        List<Crumb> crumbs,
        String heading,
        String lead,
        String searchHref,
        String searchLabel,
        List<Section> related,
        List<TrialRow> trials,
        Pager pager,
        boolean sites) {}
