package org.trialfinder.search.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reading the stored records the plain way, for expected answers that do not come from the code
 * under test: JSON pointers, words split on anything not a letter or digit, ages in years.
 */
public final class RecordScan {
    private RecordScan() {}

    /** The ids of the records the predicate accepts, sorted. */
    public static Set<String> ids(Map<String, JsonNode> records, Predicate<JsonNode> p) {
        return records.entrySet().stream()
                .filter(e -> p.test(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static String text(JsonNode n, String pointer) {
        return n.at(pointer).asText("");
    }

    /** The texts of an array (its items, or one field of each item when {@code field} is given). */
    public static List<String> texts(JsonNode n, String arrayPointer, String field) {
        List<String> out = new ArrayList<>();
        n.at(arrayPointer)
                .forEach(x -> out.add(field == null ? x.asText() : x.path(field).asText("")));
        return out;
    }

    /** Lowercase words without diacritics, separated by single spaces and padded: " erectile dysfunction ". */
    public static String words(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return " " + String.join(" ", folded.split("[^\\p{L}\\p{N}]+")).trim() + " ";
    }

    /** Whether any of the texts holds these words next to each other ({@code phrase} in lower case). */
    public static boolean anyHasWords(List<String> texts, String phrase) {
        return texts.stream().anyMatch(t -> words(t).contains(" " + phrase + " "));
    }

    /** An age as ClinicalTrials.gov writes it ("17 Years", "6 Months") in years. */
    public static double ageYears(String age) {
        String[] p = age.trim().split("\\s+");
        double n = Double.parseDouble(p[0]);
        String unit = p[1].toLowerCase(Locale.ROOT);
        return unit.startsWith("year")
                ? n
                : unit.startsWith("month")
                        ? n * 30.4375 / 365.25
                        : unit.startsWith("week")
                                ? n * 7 / 365.25
                                : unit.startsWith("day")
                                        ? n / 365.25
                                        : unit.startsWith("hour") ? n / 24 / 365.25 : n / 1440 / 365.25;
    }

    /** Great-circle distance in km on the mean Earth radius. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0088;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
