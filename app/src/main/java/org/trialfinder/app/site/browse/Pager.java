package org.trialfinder.app.site.browse;

/**
 * Where a page stands in a paginated list: page {@code page} of {@code pages} (1-based), and the
 * address of any page from {@code base} (which has no query; page 1 is the bare address).
 */
public record Pager(int page, int pages, String base) {
    public boolean needed() {
        return pages > 1;
    }

    public String href(int n) {
        return n <= 1 ? base : base + "?page=" + n;
    }

    public String previous() {
        return page > 1 ? href(page - 1) : null;
    }

    public String next() {
        return page < pages ? href(page + 1) : null;
    }

    static int pages(long items, int perPage) {
        return (int) Math.max(1, (items + perPage - 1) / perPage);
    }
}
