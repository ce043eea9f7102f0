/**
 * The ClinicalTrials.gov API v2 study record as Java records, read and written losslessly.
 *
 * <p>Start at {@link org.trialfinder.model.Study} and {@link org.trialfinder.model.StudyJson}. The
 * record types mirror the API's JSON one to one, split by section: {@code protocol}, {@code
 * derived}, {@code annotation}, {@code document}; closed vocabularies are enums in {@code vocab}.
 *
 * <p>Conventions every record here follows, because the lossless round trip depends on them:
 *
 * <ul>
 *   <li>Components are declared in the order ClinicalTrials.gov writes the fields, and carry the
 *       JSON names (only {@code class} is renamed, to {@code agencyClass}).
 *   <li>The last component, {@code unknownFields}, collects fields the model does not know
 *       ({@code @JsonAnySetter} on the creator parameter) and writes them back after the known
 *       ones ({@code @JsonAnyGetter}).
 *   <li>{@code null} means "absent in the JSON"; an empty list means an empty JSON array. Lists
 *       and maps are read-only copies (see {@link org.trialfinder.model.Frozen}).
 *   <li>Dates stay text, because ClinicalTrials.gov writes partial dates ("2024-12"); {@link
 *       org.trialfinder.model.PartialDate} interprets them.
 *   <li>Helper methods never start with {@code get} or {@code is}: Jackson would take them for
 *       JSON fields and write them out.
 * </ul>
 */
package org.trialfinder.model;
