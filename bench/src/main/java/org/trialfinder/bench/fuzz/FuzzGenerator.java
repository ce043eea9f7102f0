package org.trialfinder.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.trialfinder.api.studies.ListStudiesParams;

/**
 * The fuzzer's requests, all from one seed: every route of {@code WebServer} (pages and API), its parameters (the
 * official API's, Trialfinder's {@code tf.*} and the pages' form fields) with valid, random and hostile values, GET
 * and POST and other methods, random Essie, random patients and FHIR Bundles, broken percent-encodings and UTF-8,
 * very long and deeply nested values, random bytes as bodies and wrong content types.
 */
public final class FuzzGenerator {
    /** The API's own parameter list, and two it does not know. */
    private static final List<String> STUDIES_PARAMS = Stream.concat(
                    ListStudiesParams.names().stream(), Stream.of("tf.bogus", "bogus"))
            .toList();

    private static final List<String> SEARCH_PAGE_PARAMS = List.of(
            "cond", "term", "intr", "spons", "place", "radius", "status", "phase", "type", "funder", "sex", "healthy",
            "age", "sort", "page", "after", "prev", "bogus");
    private static final List<String> FORM_FIELDS = List.of(
            "age",
            "sex",
            "pregnant",
            "lactating",
            "ecog",
            "conditions",
            "treatments",
            "metastases",
            "document",
            "place",
            "radius",
            "lab-anc",
            "lab-anc-unit",
            "lab-anc-uln",
            "lab-plt",
            "lab-hb-unit",
            "lab-egfr",
            "lab-tbil-uln",
            "bogus");
    private static final List<String> STATUSES = List.of(
            "RECRUITING", "NOT_YET_RECRUITING", "COMPLETED", "ACTIVE_NOT_RECRUITING", "recruiting", "BOGUS", "");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/fhir+json",
            "text/plain",
            "text/plain; charset=utf-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz",
            "multipart/form-data",
            "application/xml",
            "application/octet-stream",
            "image/png",
            "application/json; charset=bogus-42",
            "text/plain; charset=UTF-16",
            "garbage",
            "");
    private static final List<String> FORMATS = List.of("json", "csv", "json.zip", "fhir.json", "ris", "xml", "");

    private final HostileText t;
    private final RandomEssie essie;
    private final RandomPatients patients;
    private final List<String> ids;

    /** {@code ids}: NCT ids the store holds, so many requests reach a real study. */
    public FuzzGenerator(long seed, List<String> ids) {
        this.t = new HostileText(new Random(seed));
        this.essie = new RandomEssie(t);
        this.patients = new RandomPatients(t);
        this.ids = ids.isEmpty() ? List.of("NCT06751394") : List.copyOf(ids);
    }

    public FuzzRequest next() {
        return switch (t.between(0, 99)) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 -> studies();
            case 20, 21, 22, 23, 24 -> study();
            case 25, 26, 27, 28, 29, 30, 31, 32 -> searchPage();
            case 33, 34 -> get("feed", "/search/feed.atom" + query(SEARCH_PAGE_PARAMS, this::searchValue));
            case 35, 36, 37, 38 -> studyPage();
            case 39, 40, 41, 42, 43 -> browse();
            case 44, 45, 46, 47, 48, 49, 50, 51 -> prescreen();
            case 52, 53, 54, 55, 56, 57, 58, 59 -> match();
            case 60, 61, 62, 63, 64, 65 -> patientForm("/patient", "POST /patient");
            case 66, 67, 68, 69, 70 ->
                patientForm("/study/" + HostileText.encode(id()) + "/check", "POST /study/{id}/check");
            case 71, 72, 73, 74 -> stats();
            case 75, 76 ->
                get(
                        "/api/v2/tf/places",
                        "/api/v2/tf/places"
                                + query(List.of("place", "limit", "x"), n -> n.equals("limit") ? number() : t.text()));
            case 77, 78, 79 -> meta();
            case 80 ->
                get(
                        "/api/v2/studies/download",
                        "/api/v2/studies/download"
                                + query(List.of("format", "x"), n -> t.chance(0.5) ? "json" : t.text()));
            case 81, 82, 83 ->
                get(
                        "fixed pages",
                        t.pick(List.of(
                                "/",
                                "/glossary",
                                "/patient",
                                "/api/openapi.json",
                                "/favicon.ico",
                                "/robots.txt",
                                "/static/site.css",
                                "/static/../../etc/passwd",
                                "/static/%2e%2e/x")));
            case 84, 85, 86, 87 -> otherMethod();
            case 88, 89, 90, 91 -> rawPath();
            case 92, 93, 94 -> garbageBody();
            default -> headers();
        };
    }

    private String id() {
        return switch (t.between(0, 19)) {
            case 0 -> "NCT" + t.between(0, 99999999);
            case 1 -> t.text();
            case 2 -> "nct" + ids.get(t.random().nextInt(ids.size())).substring(3);
            case 3 -> "NCT0" + "9".repeat(t.between(8, 200));
            default -> ids.get(t.random().nextInt(ids.size()));
        };
    }

    private String number() {
        return t.pick(List.of(
                "0",
                "1",
                "10",
                "100",
                "1000",
                "1001",
                "-1",
                "99999999999",
                "1.5",
                "abc",
                "",
                "1e3",
                "0x10",
                " 5",
                Integer.toString(t.between(-1000, 100000))));
    }

    private String studiesValue(String name) {
        return switch (name) {
            case "format" -> t.chance(0.8) ? t.pick(List.of("json", "csv")) : t.pick(FORMATS);
            case "markupFormat" -> t.pick(List.of("markdown", "legacy", "html", ""));
            case "filter.overallStatus", "postFilter.overallStatus" ->
                t.pick(STATUSES) + (t.chance(0.3) ? "|" + t.pick(STATUSES) : "");
            case "filter.geo", "postFilter.geo" ->
                t.pick(List.of(
                        "distance(42.36,-71.06,50mi)",
                        "distance(0,0,1km)",
                        "distance(91,181,5)",
                        "distance(x)",
                        "distance(42.36,-71.06,-5mi)",
                        "distance(1e308,1e308,1e308mi)",
                        "distance(",
                        ""));
            case "filter.ids", "postFilter.ids" -> id() + (t.chance(0.4) ? "|" + id() + "," + id() : "");
            case "filter.advanced",
                    "postFilter.advanced",
                    "query.cond",
                    "query.term",
                    "query.locn",
                    "query.titles",
                    "query.intr",
                    "query.outc",
                    "query.spons",
                    "query.lead",
                    "query.id",
                    "query.patient" -> t.chance(0.7) ? essie.expression() : t.text();
            case "aggFilters" ->
                t.pick(List.of(
                        "status:rec",
                        "phase:2 3",
                        "sex:f",
                        "ages:adult",
                        "healthy:y",
                        "results:with",
                        "bogus:1",
                        "status:",
                        ":",
                        ",,,",
                        "studyType:int,funderType:nih"));
            case "geoDecay" ->
                t.pick(List.of(
                        "func:exp,scale:300mi,offset:10mi,decay:0.5",
                        "func:gauss",
                        "func:x",
                        "scale:-1mi",
                        "decay:2",
                        ""));
            case "fields" ->
                t.pick(List.of(
                        "NCTId",
                        "NCTId|BriefTitle",
                        "protocolSection",
                        "ConditionSearch",
                        "@query",
                        "NCT Number|Study Title",
                        "Bogus",
                        "",
                        "NCTId,LocationCity",
                        t.text()));
            case "sort" ->
                t.pick(List.of(
                        "@relevance",
                        "LastUpdatePostDate:desc",
                        "EnrollmentCount:asc",
                        "@distance",
                        "NumLocations",
                        "StartDate|EnrollmentCount|Phase",
                        "Bogus:up",
                        ":",
                        t.text()));
            case "countTotal", "tf.facets", "tf.nearest" -> t.pick(List.of("true", "false", "yes", "", "TRUE"));
            case "pageSize" -> number();
            case "pageToken" -> t.pick(List.of("abc", "", "AAAA", "x".repeat(t.between(1, 3000)), t.text()));
            case "tf.age" -> number();
            case "tf.place" -> t.pick(List.of("Boston", "10001", "Paris, France", "Springfield", t.text()));
            case "tf.radius" -> t.pick(List.of("50km", "10mi", "0km", "-5km", "1e9km", "km", "50", t.text()));
            default -> t.text();
        };
    }

    private String searchValue(String name) {
        return switch (name) {
            case "status" -> t.pick(List.of("rec", "RECRUITING", "all", "x"));
            case "radius" -> t.pick(List.of("50km", "100mi", "5km", "-1", "x"));
            case "page", "age" -> number();
            case "sex" -> t.pick(List.of("f", "m", "female", "x", "all"));
            case "cond", "term", "intr", "spons" -> t.chance(0.5) ? essie.expression() : t.text();
            default -> t.text();
        };
    }

    private interface Values {
        String value(String name);
    }

    /** A query string of random names from {@code names} with values from {@code values}, sometimes hostile. */
    private String query(List<String> names, Values values) {
        int n = t.between(0, 5);
        if (n == 0) {
            return t.chance(0.5) ? "" : "?";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = t.pick(names);
            String value = values.value(name);
            parts.add(
                    switch (t.between(0, 19)) {
                        case 0 -> t.queryValue(name);
                        case 1 -> HostileText.encode(name) + "[]=" + t.queryValue(value);
                        case 2 -> HostileText.encode(name);
                        case 3 -> "=" + t.queryValue(value);
                        default -> HostileText.encode(name) + "=" + t.queryValue(value);
                    });
        }
        return "?" + String.join(t.chance(0.95) ? "&" : t.pick(List.of(";", "&&", "&=&")), parts);
    }

    private FuzzRequest get(String route, String target) {
        return request(route, "GET", target, List.of(), new byte[0]);
    }

    private FuzzRequest request(String route, String method, String target, List<String> headers, byte[] body) {
        return new FuzzRequest(route, method, target.getBytes(StandardCharsets.ISO_8859_1), headers, body);
    }

    private FuzzRequest studies() {
        return get("/api/v2/studies", "/api/v2/studies" + query(STUDIES_PARAMS, this::studiesValue));
    }

    private FuzzRequest study() {
        return get(
                "/api/v2/studies/{id}",
                "/api/v2/studies/" + HostileText.encode(id())
                        + query(List.of("format", "markupFormat", "fields", "bogus"), this::studiesValue));
    }

    private FuzzRequest searchPage() {
        return get("/search", "/search" + query(SEARCH_PAGE_PARAMS, this::searchValue));
    }

    private FuzzRequest studyPage() {
        String id = HostileText.encode(id());
        return switch (t.between(0, 5)) {
            case 0 ->
                get("/study/{id}/locations", "/study/" + id + "/locations" + query(List.of("page"), n -> number()));
            case 1 -> get("/study/{id}/map.svg", "/study/" + id + "/map.svg");
            case 2 -> get("/study/{id}/check", "/study/" + id + "/check");
            case 3 -> get("/study/{id}/{slug}", "/study/" + id + "/" + t.queryValue(t.text()));
            case 4 -> get("/trial/{slug}", "/trial/" + t.queryValue(t.text()) + "-" + id);
            default -> get("/study/{id}", "/study/" + id);
        };
    }

    private FuzzRequest browse() {
        String seg = t.queryValue(
                t.chance(0.5)
                        ? t.pick(List.of(
                                "united-states",
                                "france",
                                "massachusetts",
                                "boston",
                                "a",
                                "C04",
                                "C04.588",
                                "lung-neoplasms",
                                "breast-cancer"))
                        : t.text());
        return switch (t.between(0, 7)) {
            case 0 -> get("/conditions", "/conditions" + query(List.of("page"), n -> number()));
            case 1 -> get("/conditions/letter/{l}", "/conditions/letter/" + seg);
            case 2 -> get("/conditions/branch/{code}", "/conditions/branch/" + seg);
            case 3 -> get("/conditions/{slug}", "/conditions/" + seg + query(List.of("page"), n -> number()));
            case 4 -> get("/locations", "/locations");
            case 5 -> get("/locations/{country}", "/locations/" + seg);
            case 6 -> get("/locations/{c}/{r}", "/locations/united-states/" + seg);
            default ->
                get(
                        "/locations/{c}/{r}/{city}",
                        "/locations/united-states/massachusetts/" + seg + query(List.of("page"), n -> number()));
        };
    }

    /** A patient body with a content type that usually matches it. */
    private FuzzRequest patientPost(String route, String target) {
        int kind = t.between(0, 9);
        byte[] body;
        String type;
        switch (kind) {
            case 0, 1, 2 -> {
                body = patients.profile().getBytes(StandardCharsets.UTF_8);
                type = "application/json";
            }
            case 3, 4 -> {
                body = patients.bundle().getBytes(StandardCharsets.UTF_8);
                type = t.chance(0.7) ? "application/fhir+json" : "application/json";
            }
            case 5, 6 -> {
                body = patients.note().getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
            }
            case 7 -> {
                body = t.bytes(t.between(0, 5000));
                type = t.pick(CONTENT_TYPES);
            }
            default -> {
                body = (t.chance(0.5) ? patients.profile() : patients.note()).getBytes(StandardCharsets.UTF_8);
                type = t.pick(CONTENT_TYPES);
            }
        }
        if (t.chance(0.02)) {
            body = new byte[t.between(2 * 1024 * 1024 - 10, 3 * 1024 * 1024)];
        }
        List<String> headers = type.isEmpty() ? List.of() : List.of("Content-Type: " + type);
        return request(route, "POST", target, headers, body);
    }

    private FuzzRequest prescreen() {
        return patientPost(
                "POST /api/v2/prescreen/{id}",
                "/api/v2/prescreen/" + HostileText.encode(id())
                        + (t.chance(0.2) ? query(List.of("x"), n -> t.text()) : ""));
    }

    private FuzzRequest match() {
        return patientPost(
                "POST /api/v2/match",
                "/api/v2/match"
                        + query(List.of("place", "radius", "limit", "bogus"), n -> switch (n) {
                            case "place" -> t.pick(List.of("Boston", "10001", "Nowhere", t.text()));
                            case "radius" -> t.pick(List.of("100km", "50mi", "-1km", "x", t.text()));
                            case "limit" -> number();
                            default -> t.text();
                        }));
    }

    /** A page form as a browser posts it, or not quite. */
    private FuzzRequest patientForm(String target, String route) {
        if (t.chance(0.2)) {
            return patientPost(route, target);
        }
        List<String> parts = new ArrayList<>();
        for (int i = t.between(0, 8); i > 0; i--) {
            String name = t.pick(FORM_FIELDS);
            String value = switch (name) {
                case "document" ->
                    switch (t.between(0, 2)) {
                        case 0 -> patients.profile();
                        case 1 -> patients.bundle();
                        default -> patients.note();
                    };
                case "age", "ecog", "lab-anc", "lab-plt", "lab-egfr", "lab-tbil-uln", "lab-anc-uln" -> number();
                case "sex" -> t.pick(List.of("female", "male", "x", ""));
                case "pregnant", "lactating" -> t.pick(List.of("yes", "no", "x", ""));
                default -> t.text();
            };
            parts.add(HostileText.encode(name) + "=" + t.queryValue(value));
        }
        byte[] body = String.join("&", parts).getBytes(StandardCharsets.ISO_8859_1);
        String type = t.chance(0.9) ? "application/x-www-form-urlencoded" : t.pick(CONTENT_TYPES);
        return request(route, "POST", target, List.of("Content-Type: " + type), body);
    }

    private FuzzRequest stats() {
        return switch (t.between(0, 2)) {
            case 0 -> get("/api/v2/stats/size", "/api/v2/stats/size" + query(List.of("x"), n -> t.text()));
            case 1 ->
                get(
                        "/api/v2/stats/field/values",
                        "/api/v2/stats/field/values"
                                + query(
                                        List.of("types", "fields", "x"),
                                        n -> n.equals("types")
                                                ? t.pick(List.of(
                                                        "ENUM", "STRING", "DATE", "INTEGER", "NUMBER", "BOOLEAN", "x",
                                                        ""))
                                                : t.pick(List.of(
                                                        "Phase",
                                                        "Condition",
                                                        "StartDate",
                                                        "EnrollmentCount",
                                                        "Bogus",
                                                        t.text()))));
            default ->
                get(
                        "/api/v2/stats/field/sizes",
                        "/api/v2/stats/field/sizes"
                                + query(
                                        List.of("fields", "x"),
                                        n -> t.pick(List.of("Condition", "Location", "Phase", "Bogus", t.text()))));
        };
    }

    private FuzzRequest meta() {
        String path = t.pick(List.of(
                "/api/v2/studies/metadata",
                "/api/v2/studies/search-areas",
                "/api/v2/studies/enums",
                "/api/v2/version"));
        return get(
                path,
                path
                        + query(
                                List.of("includeIndexedOnly", "includeHistoricOnly", "x"),
                                n -> t.pick(List.of("true", "false", "x", t.text()))));
    }

    /** The right routes with the wrong methods, and methods no route has. */
    private FuzzRequest otherMethod() {
        String method = t.pick(List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "X"));
        String target = t.pick(List.of(
                "/",
                "/api/v2/studies",
                "/api/v2/studies/" + id(),
                "/search?cond=cancer",
                "/study/" + ids.get(0),
                "/api/v2/match",
                "/api/v2/version",
                "/patient"));
        byte[] body = method.equals("HEAD") || method.equals("OPTIONS") || t.chance(0.5)
                ? new byte[0]
                : t.bytes(t.between(1, 2000));
        return request("other methods", method, target, List.of(), body);
    }

    /** Request targets with raw bytes, broken escapes, dot segments, very long paths and odd forms. */
    private FuzzRequest rawPath() {
        byte[] target = switch (t.between(0, 9)) {
            case 0 ->
                ("/api/v2/studies?query.cond=" + new String(t.requestLineBytes(20), StandardCharsets.ISO_8859_1))
                        .getBytes(StandardCharsets.ISO_8859_1);
            case 1 -> ("/study/" + "%".repeat(t.between(1, 5)) + "zz").getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> ("/" + "a/".repeat(t.between(100, 3000))).getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> ("/search?cond=" + "x".repeat(t.between(5000, 40000))).getBytes(StandardCharsets.ISO_8859_1);
            case 4 -> "/api/v2/studies/%00".getBytes(StandardCharsets.ISO_8859_1);
            case 5 -> "/../../../etc/passwd".getBytes(StandardCharsets.ISO_8859_1);
            case 6 -> ("http://127.0.0.1/api/v2/version").getBytes(StandardCharsets.ISO_8859_1);
            case 7 -> "*".getBytes(StandardCharsets.ISO_8859_1);
            case 8 ->
                ("/conditions/" + t.queryValue(t.unicode(t.between(1, 50)))).getBytes(StandardCharsets.ISO_8859_1);
            default ->
                ("/locations/%C0%AE%C0%AE/" + HostileText.encode(t.text())).getBytes(StandardCharsets.ISO_8859_1);
        };
        return new FuzzRequest(
                "raw targets", t.chance(0.8) ? "GET" : "POST", target, List.of("Connection: close"), new byte[0]);
    }

    /** Random bytes or the wrong document type to every POST route and to GET routes. */
    private FuzzRequest garbageBody() {
        String target = t.pick(List.of(
                "/api/v2/match",
                "/api/v2/prescreen/" + ids.get(0),
                "/patient",
                "/study/" + ids.get(0) + "/check",
                "/api/v2/studies"));
        byte[] body = switch (t.between(0, 3)) {
            case 0 -> t.bytes(t.between(0, 20000));
            case 1 -> ("{\"a\":" + "[".repeat(t.between(1000, 100000))).getBytes(StandardCharsets.UTF_8);
            case 2 -> "\u00ff\u00fe{\"age\": 5}".getBytes(StandardCharsets.ISO_8859_1); // a UTF-16 BOM in front
            default ->
                ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                        .getBytes(StandardCharsets.UTF_8);
        };
        String route = target.startsWith("/api/v2/prescreen") ? "POST /api/v2/prescreen/{id}" : "POST " + target;
        if (route.startsWith("POST /study")) {
            route = "POST /study/{id}/check";
        }
        return request(route, "POST", target, List.of("Content-Type: " + t.pick(CONTENT_TYPES)), body);
    }

    /** Odd headers on ordinary requests: conditional, ranges, encodings, huge or repeated values. */
    private FuzzRequest headers() {
        String header = switch (t.between(0, 8)) {
            case 0 -> "If-None-Match: " + t.pick(List.of("\"x\"", "*", "W/\"abc\"", t.text()));
            case 1 -> "Range: bytes=" + t.pick(List.of("0-10", "-5", "999999999-", "x-y", "0-1,2-3,4-5"));
            case 2 -> "Accept-Encoding: " + t.pick(List.of("gzip", "br", "deflate, gzip;q=0", "*", "x"));
            case 3 -> "Accept: " + t.pick(List.of("text/csv", "application/xml", "*/*", "x"));
            case 4 -> "X-Forwarded-For: " + t.pick(List.of("1.2.3.4", "x", "::1, 10.0.0.1"));
            case 5 -> "Cookie: " + "a=b; ".repeat(t.between(1, 500));
            case 6 -> "Content-Length: " + t.pick(List.of("-1", "abc", "99999999999999"));
            case 7 -> "Transfer-Encoding: " + t.pick(List.of("chunked", "gzip", "x"));
            default -> "X-Long: " + "y".repeat(t.between(1000, 20000));
        };
        String target = t.pick(List.of(
                "/",
                "/api/v2/studies?query.cond=cancer",
                "/api/v2/studies/" + ids.get(0),
                "/study/" + ids.get(0),
                "/search?cond=lung",
                "/api/v2/version",
                "/api/v2/studies?format=csv"));
        String route = "headers";
        if (header.startsWith("Accept-Encoding") && t.chance(0.5)) {
            // an ordinary gzip request: the checks read the bytes, so ask for them plain next time
            header = "Accept-Encoding: identity";
        }
        // a request with an odd framing header is the connection's last, so the next request is read on its own
        return request(route, "GET", target, List.of(header, "Connection: close"), new byte[0]);
    }
}
