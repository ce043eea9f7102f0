package org.trialfinder.app.site.browse;

import java.util.List;

/**
 * The "Find clinical trials by condition" page: the letter index (each letter with how many
 * conditions it holds), the MeSH branches with their trial counts, and the conditions most trials study.
 */
public record ConditionsIndexView(
        List<Crumb> crumbs,
        String lead,
        List<NamedCount> letters,
        List<NamedCount> branches,
        List<NamedCount> mostStudied) {}
