package org.trialfinder.app.site.browse;

import java.util.List;

/**
 * A browse page of names with counts: a letter of the conditions, a MeSH branch, the countries, a
 * country's regions or a region's cities.
 *
 * @param letters the letter index to repeat at the top (empty where it does not belong)
 */
public record ListPageView(
        String title,
        String description,
        List<Crumb> crumbs,
        String heading,
        String lead,
        List<NamedCount> letters,
        List<Section> sections,
        Pager pager) {}
