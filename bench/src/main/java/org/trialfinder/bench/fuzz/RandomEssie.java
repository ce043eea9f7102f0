package org.trialfinder.bench.fuzz;

import java.util.List;

/**
 * Random Essie expressions after the grammar of {@code search/essie/EssieParser}: terms and phrases, AND / OR / NOT,
 * parentheses, AREA[Piece], RANGE[lo,hi], MISSING, ALL, SEARCH[Location](…), EXPANSION[…], COVERAGE[…], TILT[…];
 * mostly well formed, sometimes broken (unbalanced, truncated, unknown operators and pieces).
 */
final class RandomEssie {
    private static final List<String> PIECES = List.of(
            "Condition",
            "BriefTitle",
            "OfficialTitle",
            "Phase",
            "OverallStatus",
            "LocationCity",
            "LocationCountry",
            "StartDate",
            "MinimumAge",
            "MaximumAge",
            "EnrollmentCount",
            "LastUpdatePostDate",
            "InterventionName",
            "LeadSponsorName",
            "StudyType",
            "Sex",
            "HealthyVolunteers",
            "NCTId",
            "ConditionMeshTerm",
            "Keyword",
            "Phase:size",
            "LocationStatus",
            "Bogus",
            "protocolSection",
            "");
    private static final List<String> BOUNDS = List.of(
            "MIN",
            "MAX",
            "2020-01-01",
            "2023",
            "2023-06",
            "18 years",
            "65 Years",
            "6 months",
            "0",
            "100",
            "1e9",
            "-5",
            "abc",
            "2023-13-45",
            "",
            "9999-99-99",
            "99999999999999999999");
    private static final List<String> MODES = List.of(
            "EXPANSION[None]",
            "EXPANSION[Term]",
            "EXPANSION[Concept]",
            "EXPANSION[Lossy]",
            "EXPANSION[Relaxation]",
            "EXPANSION[Bogus]",
            "COVERAGE[FullMatch]",
            "COVERAGE[StartsWith]",
            "COVERAGE[EndsWith]",
            "COVERAGE[Contains]",
            "COVERAGE[]",
            "TILT[StartDate]",
            "TILT[Bogus]");

    private final HostileText t;

    RandomEssie(HostileText t) {
        this.t = t;
    }

    String expression() {
        String e = node(t.between(1, 4));
        if (t.chance(0.1)) {
            e = broken(e);
        }
        return e;
    }

    private String node(int depth) {
        int kind = depth <= 0 ? t.between(0, 1) : t.between(0, 9);
        return switch (kind) {
            case 0 -> t.pick(HostileText.WORDS.subList(0, 22));
            case 1 -> "\"" + t.pick(HostileText.WORDS.subList(0, 22)) + " " + t.pick(HostileText.WORDS) + "\"";
            case 2 -> node(depth - 1) + t.pick(List.of(" AND ", " OR ", " ", " and ", " AND NOT ")) + node(depth - 1);
            case 3 -> "NOT " + node(depth - 1);
            case 4 -> "(" + node(depth - 1) + ")";
            case 5 -> "AREA[" + t.pick(PIECES) + "]" + node(depth - 1);
            case 6 -> "AREA[" + t.pick(PIECES) + "]RANGE[" + t.pick(BOUNDS) + "," + t.pick(BOUNDS) + "]";
            case 7 -> "AREA[" + t.pick(PIECES) + "]" + t.pick(List.of("MISSING", "ALL", "2", "RECRUITING", "NA"));
            case 8 -> "SEARCH[Location](" + node(depth - 1) + ")";
            default -> t.pick(MODES) + node(depth - 1);
        };
    }

    private String broken(String e) {
        return switch (t.between(0, 6)) {
            case 0 -> e.substring(0, t.random().nextInt(e.length() + 1));
            case 1 -> "(".repeat(t.between(1, 400)) + e;
            case 2 -> e + ")".repeat(t.between(1, 50));
            case 3 -> e + " AND";
            case 4 -> "RANGE[" + e;
            case 5 -> (e + " OR ").repeat(t.between(100, 1500)) + e;
            default -> t.text();
        };
    }
}
