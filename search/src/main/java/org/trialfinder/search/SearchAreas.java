package org.trialfinder.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The search areas table ({@code search-areas.json} beside this class): the one configuration that
 * decides which pieces are indexed as searchable text, which fields each {@code query.*} parameter
 * searches with which weights, and what {@code /api/v2/studies/search-areas} answers.
 */
public final class SearchAreas {
    private static final SearchAreas STANDARD = load();

    private final List<SearchArea> areas;

    private SearchAreas(List<SearchArea> areas) {
        this.areas = List.copyOf(areas);
    }

    public static SearchAreas standard() {
        return STANDARD;
    }

    public List<SearchArea> all() {
        return areas;
    }

    public Optional<SearchArea> byParam(String param) {
        return areas.stream().filter(a -> a.param().equals(param)).findFirst();
    }

    public Optional<SearchArea> byName(String name) {
        return areas.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Every piece any area searches as text: these get a full-text field in the index. */
    public Set<String> textPieces() {
        Set<String> pieces = new LinkedHashSet<>();
        areas.forEach(a -> a.parts().forEach(p -> pieces.addAll(p.pieces())));
        return pieces;
    }

    /** The {@code query.*} parameter names. */
    public List<String> params() {
        return areas.stream().map(SearchArea::param).toList();
    }

    private static SearchAreas load() {
        try (InputStream in = SearchAreas.class.getResourceAsStream("search-areas.json")) {
            if (in == null) {
                throw new IllegalStateException("search-areas.json is missing from the build");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<SearchArea> areas = new ArrayList<>();
            for (JsonNode a : root.path("areas")) {
                List<SearchArea.Part> parts = new ArrayList<>();
                for (JsonNode p : a.path("parts")) {
                    List<String> pieces = new ArrayList<>();
                    p.path("pieces").forEach(x -> pieces.add(x.asText()));
                    parts.add(new SearchArea.Part(
                            pieces,
                            p.path("weight").asDouble(),
                            p.path("isEnum").asBoolean(false),
                            p.path("isSynonyms").asBoolean(false)));
                }
                areas.add(new SearchArea(
                        a.path("name").asText(),
                        a.path("param").asText(),
                        a.path("uiLabel").asText(),
                        parts));
            }
            return new SearchAreas(areas);
        } catch (IOException e) {
            throw new UncheckedIOException("search-areas.json is unreadable", e);
        }
    }

    @Override
    public String toString() {
        return areas.stream()
                .map(a -> a.name().toLowerCase(Locale.ROOT))
                .toList()
                .toString();
    }
}
