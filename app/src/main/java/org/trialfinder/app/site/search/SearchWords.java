package org.trialfinder.app.site.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trialfinder.app.site.PlainWords;
import org.trialfinder.model.vocab.AgencyClass;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.StudyType;

/**
 * The search page's words for the coded values its filters and facet counts carry as strings: the
 * site's one vocabulary ({@link PlainWords}), plus the few words a filter needs that a trial page
 * does not (N/A phase, expanded-access statuses). Unknown codes read as sentence-case words.
 */
final class SearchWords {
    private SearchWords() {}

    static String status(String code) {
        if (code == null || code.isEmpty()) {
            return "Status not given";
        }
        return switch (code) {
            case "AVAILABLE" -> "Available (expanded access)";
            default -> known(code, OverallStatus::valueOf, PlainWords::status);
        };
    }

    static String phase(String code) {
        if ("NA".equals(code)) {
            return "No phase (not a drug trial)";
        }
        return known(code, Phase::valueOf, PlainWords::phase);
    }

    /** A study's phases as one label: "Phase 1/Phase 2" for a combined phase, as the trial page writes it. */
    static String phases(List<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        String words = PlainWords.phases(codes.stream()
                .map(SearchWords::phaseOrNull)
                .filter(p -> p != null)
                .toList());
        return words != null
                ? words
                : String.join(", ", codes.stream().map(SearchWords::phase).toList());
    }

    static String studyType(String code) {
        return known(code, StudyType::valueOf, t -> PlainWords.studyType(t, null));
    }

    static String funderType(String code) {
        return known(code, AgencyClass::valueOf, PlainWords::funderType);
    }

    private static Phase phaseOrNull(String code) {
        try {
            return Phase.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E> String known(String code, Function<String, E> parse, Function<E, String> words) {
        try {
            String w = words.apply(parse.apply(code));
            return w != null ? w : sentence(code);
        } catch (IllegalArgumentException e) {
            return sentence(code);
        }
    }

    private static String sentence(String code) {
        String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
