/**
 * The closed vocabularies of the ClinicalTrials.gov API v2 study record (its {@code /studies/enums}).
 *
 * <p>Each is a plain Java enum whose constants are spelled exactly as the API writes them. Reading
 * a value that is not listed fails with {@link org.trialfinder.model.InvalidStudyException}: a new
 * value from ClinicalTrials.gov should be noticed and added here, not silently dropped.
 */
package org.trialfinder.model.vocab;
