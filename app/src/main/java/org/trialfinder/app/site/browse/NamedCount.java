package org.trialfinder.app.site.browse;

/** A list entry: a name linking to its page, with its counts in words. */
public record NamedCount(String name, String href, String counts) {}
