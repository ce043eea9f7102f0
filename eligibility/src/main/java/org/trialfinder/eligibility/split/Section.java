package org.trialfinder.eligibility.split;

/** Which list a criterion item stands in: it gives the item's polarity (an exclusion item met excludes). */
public enum Section {
    INCLUSION,
    EXCLUSION,
    /** Criteria written without any inclusion/exclusion heading (or before the first one). */
    UNSPECIFIED
}
