/**
 * The annotation section: ClinicalTrials.gov notes on unposted results and FDAAA 801 violations.
 *
 * <p>See {@link org.trialfinder.model} for the conventions these records follow.
 */
package org.trialfinder.model.annotation;
