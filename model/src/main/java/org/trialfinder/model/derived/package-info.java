/**
 * The derived section: what ClinicalTrials.gov computed from the registration (MeSH browse
 * modules, bookkeeping, model predictions).
 *
 * <p>See {@link org.trialfinder.model} for the conventions these records follow.
 */
package org.trialfinder.model.derived;
