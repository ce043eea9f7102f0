package org.trialfinder.api.format;

import java.util.List;

/**
 * The 30 column names of ClinicalTrials.gov's CSV download, in its order, written out by hand from
 * a real export (the expected answer of the CSV tests, independent of {@link CsvFormat}).
 */
final class OfficialCsvColumns {
    private OfficialCsvColumns() {}

    static final List<String> NAMES = List.of(
            "NCT Number",
            "Study Title",
            "Study URL",
            "Acronym",
            "Study Status",
            "Brief Summary",
            "Study Results",
            "Conditions",
            "Interventions",
            "Primary Outcome Measures",
            "Secondary Outcome Measures",
            "Other Outcome Measures",
            "Sponsor",
            "Collaborators",
            "Sex",
            "Age",
            "Phases",
            "Enrollment",
            "Funder Type",
            "Study Type",
            "Study Design",
            "Other IDs",
            "Start Date",
            "Primary Completion Date",
            "Completion Date",
            "First Posted",
            "Results First Posted",
            "Last Update Posted",
            "Locations",
            "Study Documents");
}
