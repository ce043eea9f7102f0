package org.trialfinder.app.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A search in words, for the page's heading of an empty result ("No trials match: condition lung
 * cancer; near Guangzhou within 50 km; status Enrolling") and the feed's title.
 */
final class SearchSummary {
    private SearchSummary() {}

    static String of(SearchForm form) {
        List<String> parts = new ArrayList<>();
        for (String name : SearchForm.WORDS.keySet()) {
            String v = form.value(name);
            if (!v.isEmpty()) {
                parts.add(SearchForm.wordsLabel(name).toLowerCase(Locale.ROOT) + " \u201c" + v + "\u201d");
            }
        }
        if (form.hasPlace()) {
            parts.add("near " + form.value("place") + " within " + form.radius().label());
        }
        Map<String, Function<String, String>> words = Map.of(
                "status",
                SearchWords::status,
                "phase",
                SearchWords::phase,
                "type",
                SearchWords::studyType,
                "funder",
                SearchWords::funderType);
        for (String name : SearchForm.MULTI.keySet()) {
            List<String> values = form.values(name);
            if (!values.isEmpty()) {
                parts.add(label(name) + " "
                        + String.join(
                                " or ", values.stream().map(words.get(name)).toList()));
            }
        }
        switch (form.value("sex")) {
            case SearchForm.FEMALE -> parts.add("open to women");
            case SearchForm.MALE -> parts.add("open to men");
            default -> {}
        }
        if (!form.value("age").isEmpty()) {
            parts.add("open to age " + form.value("age"));
        }
        if (!form.value("healthy").isEmpty()) {
            parts.add("accepting healthy volunteers");
        }
        return parts.isEmpty() ? "all trials" : String.join("; ", parts);
    }

    static String label(String name) {
        return switch (name) {
            case "status" -> "status";
            case "phase" -> "phase";
            case "type" -> "study type";
            case "funder" -> "funder type";
            default -> name;
        };
    }
}
