package org.trialfinder.app.site.browse;

/** One step of a breadcrumb trail; the current page has no link. */
public record Crumb(String label, String href) {
    public static Crumb here(String label) {
        return new Crumb(label, null);
    }
}
