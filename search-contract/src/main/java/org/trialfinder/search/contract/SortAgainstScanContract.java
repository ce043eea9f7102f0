package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.contract.SampleSearches.allIds;
import static org.trialfinder.search.contract.SampleSearches.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code sort} on date, numeric, age and list-count pieces gives the order a scan of the records
 * gives: ascending by a study's smallest value, descending by its largest, studies without a value
 * last in either direction, ties broken by NCT number (the documented tie-breaker that makes pages
 * stable). The expected values are read from the JSON in the test, without the index or the catalog.
 */
public abstract class SortAgainstScanContract {
    private static final String ENROLLMENT = "/protocolSection/designModule/enrollmentInfo/count";
    private static final String ARM_GROUPS = "/protocolSection/armsInterventionsModule/armGroups";
    private static final String LOCATIONS = "/protocolSection/contactsLocationsModule/locations";
    private static final String START = "/protocolSection/statusModule/startDateStruct/date";
    private static final String QC_DATE = "/protocolSection/statusModule/studyFirstSubmitQcDate";
    private static final String MINIMUM_AGE = "/protocolSection/eligibilityModule/minimumAge";

    /** One sort key as the scan reads it: the study's values (empty = missing) and the direction. */
    private record Key(Function<JsonNode, List<Double>> values, boolean descending) {
        Double of(JsonNode r) {
            List<Double> v = values.apply(r);
            if (v.isEmpty()) {
                return null;
            }
            return descending
                    ? v.stream().max(Double::compare).orElseThrow()
                    : v.stream().min(Double::compare).orElseThrow();
        }
    }

    @Test
    void enrollmentDescendingThenArmGroupCountTheSpecsOwnExample() {
        assertSameOrder(
                Ask.all().sort("EnrollmentCount", true).sort("NumArmGroups", false),
                new Key(r -> number(r, ENROLLMENT), true),
                new Key(r -> List.of((double) r.at(ARM_GROUPS).size()), false));
    }

    @Test
    void aDateDescendingAsTheFirstDayOfAPartialDate() {
        assertSameOrder(Ask.all().sort("StartDate", true), new Key(r -> date(r, START), true));
        assertSameOrder(
                Ask.all().sort("StudyFirstSubmitQCDate", false).sort("EnrollmentCount", false),
                new Key(r -> date(r, QC_DATE), false),
                new Key(r -> number(r, ENROLLMENT), false));
    }

    @Test
    void agesInTheirUnitsAndSiteCounts() {
        assertSameOrder(Ask.all().sort("MinimumAge", false), new Key(r -> ageDays(r, MINIMUM_AGE), false));
        assertSameOrder(
                Ask.all().sort("NumLocations", true).sort("MinimumAge", true),
                new Key(r -> List.of((double) r.at(LOCATIONS).size()), true),
                new Key(r -> ageDays(r, MINIMUM_AGE), true));
    }

    private static void assertSameOrder(Ask ask, Key... keys) {
        Map<String, JsonNode> records = index().records();
        Comparator<String> order = (a, b) -> 0;
        for (Key key : keys) {
            order = order.thenComparing((a, b) -> compare(key, records.get(a), records.get(b)));
        }
        List<String> expected = new ArrayList<>(records.keySet());
        expected.sort(order.thenComparing(Comparator.naturalOrder()));
        assertThat(allIds(ask, 250)).as(ask.request().sort().toString()).containsExactlyElementsOf(expected);
    }

    private static int compare(Key key, JsonNode a, JsonNode b) {
        Double x = key.of(a);
        Double y = key.of(b);
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1; // missing last in either direction
        }
        return key.descending() ? Double.compare(y, x) : Double.compare(x, y);
    }

    private static List<Double> number(JsonNode r, String pointer) {
        JsonNode n = r.at(pointer);
        return n.isNumber() ? List.of(n.asDouble()) : List.of();
    }

    private static List<Double> date(JsonNode r, String pointer) {
        String text = r.at(pointer).asText("");
        if (text.isEmpty()) {
            return List.of();
        }
        String[] p = text.split("-");
        LocalDate first = LocalDate.of(
                Integer.parseInt(p[0]),
                p.length > 1 ? Integer.parseInt(p[1]) : 1,
                p.length > 2 ? Integer.parseInt(p[2]) : 1);
        return List.of((double) first.toEpochDay());
    }

    private static List<Double> ageDays(JsonNode r, String pointer) {
        String text = r.at(pointer).asText("");
        if (text.isEmpty()) {
            return List.of();
        }
        String[] p = text.trim().split("\\s+");
        double n = Double.parseDouble(p[0]);
        String unit = p[1].toLowerCase(Locale.ROOT);
        double perUnit = unit.startsWith("year")
                ? 365.25
                : unit.startsWith("month")
                        ? 30.4375
                        : unit.startsWith("week")
                                ? 7
                                : unit.startsWith("day")
                                        ? 1
                                        : unit.startsWith("hour")
                                                ? 1 / 24.0
                                                : unit.startsWith("minute") ? 1 / 1440.0 : 0;
        if (perUnit == 0) {
            throw new AssertionError("an age unit the sample was not expected to hold: " + text);
        }
        return List.of(n * perUnit);
    }
}
