package org.trialfinder.app.api;

import java.util.List;
import java.util.Optional;

/**
 * The requests real ClinicalTrials.gov API v2 clients send, written down from their source, in the
 * order one run of each sends them, with the base URL {@code https://clinicaltrials.gov/api/v2/}
 * replaced by {@code /api/v2/}. Each line is the path and query exactly as the client puts it on the
 * wire (Python's requests percent-encodes spaces and {@code |}; R's {@code utils::URLencode} leaves
 * brackets and commas as they are).
 */
final class ClientRequestLog {
    private ClientRequestLog() {}

    /** How the client finds the next page of an answer. */
    enum Paging {
        /** One request, no page token read. */
        NONE,
        /** {@code response.json()["nextPageToken"]}, repeated with {@code &pageToken=} until absent. */
        JSON_BODY,
        /** The {@code x-next-page-token} response header of a CSV page, until absent. */
        CSV_HEADER
    }

    /** What the client reads from the answer. */
    enum Reads {
        /** {@code /version}: {@code apiVersion} and {@code dataTimestamp}. */
        VERSION,
        /** JSON with a {@code studies} array (and {@code totalCount} when {@code countTotal=true}). */
        STUDIES_JSON,
        /** CSV whose header is {@code csvHeader}, one record per study. */
        STUDIES_CSV
    }

    /**
     * One logged request.
     *
     * @param call the client call that sent it
     * @param line path and query as sent
     * @param headers request headers the client sends (name, value, name, value…)
     * @param csvHeader for CSV, the header row the client expects
     */
    record Request(String call, String line, List<String> headers, Reads reads, Paging paging, List<String> csvHeader) {
        Optional<String> header(String name) {
            for (int i = 0; i < headers.size(); i += 2) {
                if (headers.get(i).equalsIgnoreCase(name)) {
                    return Optional.of(headers.get(i + 1));
                }
            }
            return Optional.empty();
        }
    }

    /** What python-requests 2.x sends with every {@code requests.get(url)}. */
    private static final List<String> PYTHON_REQUESTS =
            List.of("User-Agent", "python-requests/2.32.3", "Accept", "*/*", "Accept-Encoding", "gzip, deflate");

    /**
     * pytrials 1.x, {@code pytrials/client.py} of the API v2 client
     * (hibanacreatives/pytrials@17e0aa89b9b14372c8471e838d29d87ea44a6e9e, jvfe/pytrials's client after its
     * move to API v2): {@code ClinicalTrials()}, then {@code get_study_fields} in CSV and JSON and
     * {@code get_full_studies} in JSON and CSV. Every data call carries {@code markupFormat=legacy};
     * {@code fields} are joined with {@code |}, CSV column names for {@code fmt="csv"}, piece names
     * (pytrials' "Included Data Fields") for {@code fmt="json"}; {@code pageSize} is {@code max_studies}.
     * Forks of the same client page on: {@code nextPageToken} from the JSON, {@code x-next-page-token}
     * from the CSV answer's headers.
     */
    static final List<Request> PYTRIALS = List.of(
            new Request(
                    "ClinicalTrials() → __api_info()",
                    "/api/v2/version",
                    PYTHON_REQUESTS,
                    Reads.VERSION,
                    Paging.NONE,
                    List.of()),
            new Request(
                    "get_study_fields(\"lung+cancer\", [\"NCT Number\", \"Conditions\", \"Study Title\"],"
                            + " max_studies=50, fmt=\"csv\")",
                    "/api/v2/studies?format=csv&query.term=lung+cancer&markupFormat=legacy"
                            + "&fields=NCT%20Number%7CConditions%7CStudy%20Title&pageSize=50",
                    PYTHON_REQUESTS,
                    Reads.STUDIES_CSV,
                    Paging.CSV_HEADER,
                    List.of("NCT Number", "Conditions", "Study Title")),
            new Request(
                    "get_study_fields(\"lung+cancer\", [\"NCTId\", \"Condition\", \"BriefTitle\"],"
                            + " max_studies=50, fmt=\"json\")",
                    "/api/v2/studies?format=json&query.term=lung+cancer&markupFormat=legacy"
                            + "&fields=NCTId%7CCondition%7CBriefTitle&pageSize=50",
                    PYTHON_REQUESTS,
                    Reads.STUDIES_JSON,
                    Paging.JSON_BODY,
                    List.of()),
            new Request(
                    "get_full_studies(\"lung+cancer\", max_studies=50, fmt=\"json\")",
                    "/api/v2/studies?format=json&markupFormat=legacy&query.term=lung+cancer&pageSize=50",
                    PYTHON_REQUESTS,
                    Reads.STUDIES_JSON,
                    Paging.JSON_BODY,
                    List.of()),
            new Request(
                    "get_full_studies(\"lung+cancer\", max_studies=50)  # fmt=\"csv\" is the default",
                    "/api/v2/studies?format=csv&markupFormat=legacy&query.term=lung+cancer&pageSize=50",
                    PYTHON_REQUESTS,
                    Reads.STUDIES_CSV,
                    Paging.CSV_HEADER,
                    OfficialRequests.CSV_COLUMNS));

    /** What R's curl (under httr / httr2) sends for ctrdata. */
    private static final List<String> R_CURL = List.of("User-Agent", "ctrdata/1.19", "Accept", "*/*");

    /**
     * ctrdata, {@code R/ctrLoadQueryIntoDbCtgov2.R}
     * (rfhb/ctrdata@386404ac9d7c19ca6c98125f6c028b61e1c5ed43):
     * {@code ctrLoadQueryIntoDb("https://clinicaltrials.gov/search?start=2000-01-01_")} translates the
     * search page's {@code start=} into {@code filter.advanced=AREA[StartDate]RANGE[2000-01-01,MAX]},
     * counts with {@code pageSize=1}, then downloads with {@code pageSize=1000} and {@code &pageToken=}
     * until the answer carries no {@code nextPageToken}.
     */
    static final List<Request> CTRDATA = List.of(
            new Request(
                    "ctrLoadQueryIntoDb(…) → count (ctgovEndpoints[1])",
                    "/api/v2/studies?format=json&countTotal=true&pageSize=1"
                            + "&filter.advanced=AREA[StartDate]RANGE[2000-01-01,MAX]",
                    R_CURL,
                    Reads.STUDIES_JSON,
                    Paging.NONE,
                    List.of()),
            new Request(
                    "ctrLoadQueryIntoDb(…) → download (ctgovEndpoints[2])",
                    "/api/v2/studies?format=json&countTotal=true&pageSize=1000"
                            + "&filter.advanced=AREA[StartDate]RANGE[2000-01-01,MAX]",
                    R_CURL,
                    Reads.STUDIES_JSON,
                    Paging.JSON_BODY,
                    List.of()));
}
