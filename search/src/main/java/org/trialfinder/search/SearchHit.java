package org.trialfinder.search;

import java.util.Optional;

/**
 * One study in a result page: its id, relevance score, the study's JSON as stored (what the API
 * returns), and, when a place was given, its nearest site.
 */
public record SearchHit(String nctId, float score, Optional<NearestSite> nearestSite, byte[] json) {}
