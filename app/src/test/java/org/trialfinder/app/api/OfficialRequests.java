package org.trialfinder.app.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trialfinder.api.format.CsvFormat;

/**
 * The requests of the conformance test: every operation of ClinicalTrials.gov's OpenAPI file
 * ({@code shared/reference/ctgov-oas-v2.0.5.yaml}), every parameter of each, and every example the
 * file gives for a parameter (marked "spec example" below), with the status the official API answers.
 * Pipe-separated lists are sent as the file's {@code style: pipeDelimited} says.
 */
final class OfficialRequests {
    /** What a request is for, and so what its answer must be. */
    enum Kind {
        /** A valid request: the official status, content type and body schema. */
        OFFICIAL,
        /** A valid request Trialfinder refuses for good, with the reason (400 text/plain). */
        DOCUMENTED_REFUSAL,
        /** An invalid request: 400 text/plain naming what is wrong, as the official API. */
        BAD_INPUT
    }

    /**
     * One request: the path under {@code /api/v2}, its query parameters (decoded, in order), the status
     * expected, its kind, and the feature it waits for (null when none).
     */
    record Call(String path, List<Map.Entry<String, String>> query, int status, Kind kind) {
        /** The path as the OpenAPI file names it: {@code /studies/{nctId}} for any single study. */
        String operationPath() {
            boolean named = List.of("/studies/metadata", "/studies/search-areas", "/studies/enums", "/studies/download")
                    .contains(path);
            return path.startsWith("/studies/") && !named ? "/studies/{nctId}" : path;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("GET /api/v2" + path);
            String sep = "?";
            for (Map.Entry<String, String> p : query) {
                s.append(sep).append(p.getKey()).append('=').append(p.getValue());
                sep = "&";
            }
            return s.toString();
        }
    }

    /**
     * The 30 column names of ClinicalTrials.gov's CSV download, in its order: {@code api}'s CsvFormatTest
     * pins {@link CsvFormat#COLUMN_NAMES} to the names of a real export, written out by hand there; pytrials
     * lists the same in {@code pytrials/fields.csv} (jvfe/pytrials@2d0b1a02403136d63293394c63aa1090a2e19ff7).
     */
    static final List<String> CSV_COLUMNS = CsvFormat.COLUMN_NAMES;

    private final List<Call> calls = new ArrayList<>();

    private OfficialRequests() {}

    /**
     * Every request. {@code jsonPageToken} and {@code csvPageToken} are the next-page tokens a first page
     * handed out (JSON body, CSV header); {@code aliasId} is an NCT id the sample knows only as an alias
     * of another study (the official API answers 301).
     */
    static List<Call> all(String jsonPageToken, String csvPageToken, String aliasId) {
        OfficialRequests r = new OfficialRequests();
        r.listStudies(jsonPageToken, csvPageToken);
        r.fetchStudy(aliasId);
        r.metadataAndReferenceData();
        r.stats();
        r.badInput();
        return r.calls;
    }

    private void listStudies(String jsonPageToken, String csvPageToken) {
        ok("/studies");
        ok("/studies", "format", "json");
        ok("/studies", "format", "csv");
        ok("/studies", "format", "csv", "fields", "NCT Number|Study Title|Conditions"); // what pytrials sends
        ok("/studies", "format", "csv", "fields", String.join("|", CSV_COLUMNS), "pageSize", "5");
        ok("/studies", "format", "csv", "fields", "NCTId|BriefTitle|OverallStatus");
        ok("/studies", "markupFormat", "markdown", "fields", "BriefSummary|EligibilityCriteria");
        ok("/studies", "markupFormat", "legacy");
        ok("/studies", "markupFormat", "legacy", "fields", "NCTId|BriefSummary");
        ok("/studies", "query.cond", "lung cancer"); // spec example
        ok("/studies", "query.cond", "(head OR neck) AND pain"); // spec example
        ok("/studies", "query.term", "AREA[LastUpdatePostDate]RANGE[2023-01-15,MAX]"); // spec example
        ok("/studies", "query.locn", "Boston");
        ok("/studies", "query.titles", "diabetes");
        ok("/studies", "query.intr", "metformin");
        ok("/studies", "query.outc", "overall survival");
        ok("/studies", "query.spons", "National Cancer Institute");
        ok("/studies", "query.lead", "Pfizer");
        ok("/studies", "query.id", "NCT06751394");
        ok("/studies", "query.patient", "asthma");
        ok("/studies", "filter.overallStatus", "NOT_YET_RECRUITING|RECRUITING"); // spec example
        ok("/studies", "filter.overallStatus", "COMPLETED"); // spec example
        ok("/studies", "filter.geo", "distance(39.0035707,-77.1013313,50mi)"); // spec example
        ok("/studies", "filter.geo", "distance(52.52,13.405,100km)");
        ok("/studies", "filter.ids", "NCT04852770|NCT01728545|NCT02109302"); // spec example
        ok("/studies", "filter.advanced", "AREA[StartDate]2022"); // spec example
        ok(
                "/studies",
                "filter.advanced",
                "AREA[MinimumAge]RANGE[MIN, 16 years] AND AREA[MaximumAge]RANGE[16 years, MAX]");
        refused("/studies", "filter.synonyms", "ConditionSearch:1651367|BasicSearch:2013558"); // spec example
        ok("/studies", "postFilter.overallStatus", "NOT_YET_RECRUITING|RECRUITING"); // spec example
        ok("/studies", "postFilter.overallStatus", "COMPLETED"); // spec example
        ok("/studies", "postFilter.geo", "distance(39.0035707,-77.1013313,50mi)"); // spec example
        ok("/studies", "postFilter.ids", "NCT04852770|NCT01728545|NCT02109302"); // spec example
        ok("/studies", "postFilter.advanced", "AREA[StartDate]2022"); // spec example
        ok(
                "/studies",
                "postFilter.advanced",
                "AREA[MinimumAge]RANGE[MIN, 16 years] AND AREA[MaximumAge]RANGE[16 years, MAX]"); // spec example
        refused("/studies", "postFilter.synonyms", "ConditionSearch:1651367|BasicSearch:2013558"); // spec example
        ok("/studies", "aggFilters", "results:with,status:com"); // spec example
        ok("/studies", "aggFilters", "status:not rec,sex:f,healthy:y"); // spec example
        ok(
                "/studies",
                "filter.geo",
                "distance(39.0035707,-77.1013313,50mi)",
                "geoDecay",
                "func:linear,scale:100km,offset:10km,decay:0.1"); // spec example
        ok(
                "/studies",
                "filter.geo",
                "distance(39.0035707,-77.1013313,50mi)",
                "geoDecay",
                "func:gauss,scale:500mi,offset:0mi,decay:0.3"); // spec example
        ok("/studies", "fields", "NCTId|BriefTitle|OverallStatus|HasResults"); // spec example
        ok("/studies", "fields", "ProtocolSection", "pageSize", "3"); // spec example
        ok("/studies", "fields", "protocolSection.identificationModule.nctId|LocationCity");
        ok("/studies", "query.cond", "asthma", "fields", "@query");
        ok("/studies", "fields", "ConditionSearch");
        ok("/studies", "fields", "NCTId|InterventionSearch");
        ok("/studies", "query.term", "cancer", "sort", "@relevance"); // spec example
        ok("/studies", "sort", "LastUpdatePostDate"); // spec example
        ok("/studies", "sort", "EnrollmentCount:desc|NumArmGroups"); // spec example
        ok("/studies", "sort", "ResultsFirstPostDate:asc");
        ok("/studies", "sort", "StartDate:asc|LastUpdatePostDate:desc");
        ok("/studies", "countTotal", "true");
        ok("/studies", "countTotal", "false");
        ok("/studies", "pageSize", "2"); // spec example
        ok("/studies", "pageSize", "100", "fields", "NCTId"); // spec example
        ok("/studies", "pageSize", "0", "fields", "NCTId");
        ok("/studies", "pageSize", "2", "pageToken", jsonPageToken);
        ok("/studies", "format", "csv", "pageSize", "2", "pageToken", csvPageToken);
        ok("/studies", "query.cond", "diabetes", "filter.overallStatus", "RECRUITING", "countTotal", "true");
    }

    private void fetchStudy(String aliasId) {
        ok("/studies/NCT00841061"); // spec example (in the sample)
        status(404, "/studies/NCT04000165"); // spec example (not in the sample: the official 404)
        ok("/studies/NCT06751394");
        ok("/studies/nct06751394");
        status(301, "/studies/" + aliasId);
        ok("/studies/NCT06751394", "format", "json");
        ok("/studies/NCT06751394", "format", "csv");
        ok("/studies/NCT06751394", "format", "csv", "fields", "NCT Number|Study Title|Conditions");
        ok("/studies/NCT06751394", "format", "fhir.json");
        ok("/studies/NCT06751394", "format", "ris");
        ok("/studies/NCT06751394", "format", "json.zip");
        ok("/studies/NCT06751394", "markupFormat", "markdown");
        ok("/studies/NCT00841061", "markupFormat", "legacy");
        ok("/studies/NCT00841061", "fields", "NCTId|BriefTitle|Reference"); // spec example
        ok("/studies/NCT00841061", "fields", "ConditionsModule|EligibilityModule"); // spec example
        ok("/studies/NCT00841061", "fields", "ConditionSearch");
        ok("/studies/download", "format", "json.zip");
    }

    private void metadataAndReferenceData() {
        ok("/studies/metadata");
        ok("/studies/metadata", "includeIndexedOnly", "true");
        ok("/studies/metadata", "includeHistoricOnly", "true");
        ok("/studies/metadata", "includeIndexedOnly", "true", "includeHistoricOnly", "true");
        ok("/studies/metadata", "includeIndexedOnly", "false", "includeHistoricOnly", "false");
        ok("/studies/search-areas");
        ok("/studies/enums");
        ok("/version");
    }

    private void stats() {
        ok("/stats/size");
        ok("/stats/field/values");
        ok("/stats/field/values", "types", "ENUM|BOOLEAN"); // spec example
        ok("/stats/field/values", "types", "INTEGER|NUMBER"); // spec example
        ok("/stats/field/values", "types", "STRING|DATE");
        ok("/stats/field/values", "fields", "Phase"); // spec example
        ok("/stats/field/values", "fields", "Condition|InterventionName"); // spec example
        ok(
                "/stats/field/values",
                "fields",
                "protocolSection.armsInterventionsModule.armGroups.interventionNames"); // spec example
        ok("/stats/field/values", "types", "ENUM", "fields", "OverallStatus|Phase");
        ok("/stats/field/sizes");
        ok("/stats/field/sizes", "fields", "Phase"); // spec example
        ok("/stats/field/sizes", "fields", "Condition|Intervention"); // spec example
        ok(
                "/stats/field/sizes",
                "fields",
                "protocolSection.armsInterventionsModule.armGroups.interventionNames"); // spec example
    }

    /** Invalid requests of every operation: the official 400 with a plain-text reason. */
    private void badInput() {
        bad("/studies", "query.bogus", "x");
        bad("/studies", "format", "xml");
        bad("/studies", "markupFormat", "html");
        bad("/studies", "filter.overallStatus", "SLEEPING");
        bad("/studies", "filter.geo", "distance(1,2)");
        bad("/studies", "filter.ids", "NCT0");
        bad("/studies", "pageSize", "-1");
        bad("/studies", "pageToken", "garbage");
        bad("/studies", "countTotal", "maybe");
        bad("/studies", "sort", "BriefTitle");
        bad("/studies", "geoDecay", "func:square");
        bad("/studies/NCT06751394", "format", "docx");
        bad("/studies/NCT06751394", "fields", "NoSuchPiece");
        bad("/studies/xyz");
        bad("/studies/metadata", "includeIndexedOnly", "perhaps");
        bad("/studies/search-areas", "x", "1");
        bad("/studies/enums", "x", "1");
        bad("/stats/size", "x", "1");
        bad("/stats/field/values", "types", "COLOUR");
        bad("/stats/field/values", "fields", "Nope");
        bad("/stats/field/sizes", "fields", "Nope");
        bad("/version", "x", "1");
    }

    private void ok(String path, String... query) {
        add(path, 200, Kind.OFFICIAL, query);
    }

    private void status(int status, String path, String... query) {
        add(path, status, Kind.OFFICIAL, query);
    }

    private void refused(String path, String... query) {
        add(path, 400, Kind.DOCUMENTED_REFUSAL, query);
    }

    private void bad(String path, String... query) {
        add(path, 400, Kind.BAD_INPUT, query);
    }

    private void add(String path, int status, Kind kind, String... query) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i < query.length; i += 2) {
            params.add(Map.entry(query[i], query[i + 1]));
        }
        calls.add(new Call(path, List.copyOf(params), status, kind));
    }
}
