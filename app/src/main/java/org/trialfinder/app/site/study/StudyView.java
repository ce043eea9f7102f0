package org.trialfinder.app.site.study;

import java.util.List;

/**
 * What the trial page shows of one study, already in plain words and (for markdown fields) safe
 * HTML, so the template only lays it out. Lists are never {@code null}; a {@code null} text means
 * the record does not give it and the page leaves that line out.
 */
public record StudyView(
        String nctId,
        String title,
        String officialTitle,
        String sponsor,
        List<String> collaborators,
        String statusCode,
        String statusWords,
        String whyStopped,
        String phaseWords,
        List<String> conditions,
        List<String> keywords,
        List<String> treatments,
        String studyTypeWords,
        List<String> funderTypes,
        List<String> identifiers,
        String summaryHtml,
        String detailedDescriptionHtml,
        String enrollmentWords,
        String sexWords,
        String genderDescription,
        String agesWords,
        String volunteersWords,
        String studyPopulationHtml,
        List<RenderedCriteria> criteria,
        List<Fact> design,
        String groupsSummary,
        List<Group> groups,
        Sites sites,
        List<Person> centralContacts,
        List<Person> officials,
        List<Fact> dates,
        List<Outcome> primaryOutcomes,
        List<Outcome> secondaryOutcomes,
        List<Outcome> otherOutcomes,
        List<Reference> references,
        String lastUpdate,
        String clinicalTrialsGovUrl,
        String jsonLd) {

    /** A labelled line: "Allocation: N/A"; {@code glossaryId} is the glossary anchor for the label, if any. */
    public record Fact(String label, String glossaryId, String value) {}

    /** One criteria section with its markdown rendered. */
    public record RenderedCriteria(CriteriaSection section, String html) {}

    /** A patient group (arm): "Group A", "Experimental group", its description and treatments. */
    public record Group(String label, String typeWords, String description, List<String> treatments) {}

    /** A contact or an official: name, role in words, affiliation, phone (with extension), email. */
    public record Person(String name, String role, String affiliation, String phone, String email) {}

    /** A primary, secondary or other outcome measure. */
    public record Outcome(String measure, String timeFrame, String description) {}

    /** A publication: its citation and PubMed link when it has a PMID. */
    public record Reference(String citation, String pubmedUrl, String typeWords) {}

    /** One site with its status and contacts; {@code onMap} when it has coordinates. */
    public record Site(
            String facility,
            String city,
            String state,
            String zip,
            String country,
            String statusCode,
            String statusWords,
            List<Person> contacts,
            boolean onMap) {
        /** "Guangzhou, Guangdong 510655": the place line under the facility name. */
        public String place() {
            StringBuilder s = new StringBuilder();
            for (String part : new String[] {city, state}) {
                if (part != null && !part.isBlank()) {
                    if (!s.isEmpty()) {
                        s.append(", ");
                    }
                    s.append(part);
                }
            }
            if (zip != null && !zip.isBlank()) {
                if (!s.isEmpty()) {
                    s.append(' ');
                }
                s.append(zip);
            }
            return s.toString();
        }
    }

    /** The sites of one country shown together, and how many the trial has there in all. */
    public record CountrySites(String country, String anchor, int total, List<Site> sites) {}

    /** A country with its number of sites and where the full list of them starts. */
    public record CountryCount(String country, int count, String listUrl) {}

    /**
     * The sites as a page shows them: {@code shown} (grouped by country), how many there are in all
     * and how many are on the map, and (when not all are shown) the count per country with links
     * to the full list.
     */
    public record Sites(
            int total,
            int onMap,
            List<CountrySites> shown,
            boolean allShown,
            List<CountryCount> countries,
            String mapUrl,
            String listUrl) {}
}
