/**
 * The closed vocabularies of the ClinicalTrials.gov API v2 study record (its {@code /studies/enums}).
 *
 * <p>Each is a Java enum whose constants are spelled exactly as the API writes them, and which
 * carries each value's wording on the classic site and in legacy XML ({@link
 * org.trialfinder.model.vocab.LegacyWording}). Reading
 * a value that is not listed fails with {@link org.trialfinder.model.InvalidStudyException}: a new
 * value from ClinicalTrials.gov should be noticed and added here, not silently dropped.
 */
package org.trialfinder.model.vocab;
