/**
 * The output formats of the ClinicalTrials.gov-compatible API v2 besides the stored JSON: CSV in
 * ClinicalTrials.gov's download columns ({@link org.trialfinder.api.format.CsvFormat}), RIS
 * citation records ({@link org.trialfinder.api.format.RisFormat}) and FHIR R4 {@code
 * ResearchStudy} JSON ({@link org.trialfinder.api.format.FhirResearchStudyFormat}), with {@link
 * org.trialfinder.api.format.StudyFormats} naming them ({@code format=json|csv|ris|fhir.json}) and
 * giving their content types.
 *
 * <p>Every format reads a {@link org.trialfinder.model.Study} and never throws on a sparse
 * record: a missing value is an empty CSV cell, a left-out RIS tag or FHIR element. Each class
 * documents where the layout was checked against ClinicalTrials.gov's own output and where it is
 * a guess.
 */
package org.trialfinder.api.format;
