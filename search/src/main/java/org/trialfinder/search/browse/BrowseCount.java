package org.trialfinder.search.browse;

/**
 * How many stored trials carry one browse key, and how many of them are recruiting (overall status
 * RECRUITING; for a place, also with a site there that is recruiting or gives no status).
 *
 * @param key  the key (slug path) of the value
 * @param name the value as the records write it (the spelling most trials use)
 */
public record BrowseCount(String key, String name, long trials, long recruiting) {}
