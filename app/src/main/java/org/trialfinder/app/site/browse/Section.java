package org.trialfinder.app.site.browse;

import java.util.List;

/** A headed list of entries on a browse page (an empty heading: the list follows the page heading). */
public record Section(String heading, List<NamedCount> entries) {
    public Section {
        entries = List.copyOf(entries);
    }
}
