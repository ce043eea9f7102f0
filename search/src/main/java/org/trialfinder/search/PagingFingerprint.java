package org.trialfinder.search;

import java.util.Objects;
import java.util.TreeSet;

/**
 * What identifies a search for page-token purposes: everything but the page position and size. Every engine puts
 * it in its tokens and refuses a token whose search differs, so the rule of "the same search" is one.
 */
public final class PagingFingerprint {
    private PagingFingerprint() {}

    public static int of(SearchRequest r) {
        return Objects.hash(
                r.queries().stream()
                        .map(q -> q.area().name() + "=" + q.expression())
                        .toList(),
                r.advanced().stream().map(Object::toString).toList(),
                new TreeSet<>(r.statuses()),
                r.geo().stream().map(GeoFilter::toString).toList(),
                new TreeSet<>(r.ids()),
                r.facets().stream()
                        .map(s -> s.facet() + ":" + new TreeSet<>(s.values()))
                        .toList(),
                r.personAge().isPresent() ? r.personAge().getAsDouble() : null,
                r.geoDecay().map(Object::toString).orElse(""),
                r.sort().stream().map(Object::toString).toList());
    }
}
