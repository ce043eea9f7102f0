package org.trialfinder.eligibility.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.trialfinder.eligibility.rank.Candidate;
import org.trialfinder.eligibility.rank.CandidateSource;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.essie.EssieParser;

/**
 * Candidates for a patient from the project's search: {@code query.cond} with the patient's condition
 * phrases ORed (each a word group, so the search's relaxation and MeSH expansion apply as for a user's
 * query), optionally only some overall statuses (the product asks for RECRUITING), a place and radius,
 * or a fixed set of trials; each hit's search score is its relevance.
 *
 * <p>Phrases are written as plain lower-case word groups: quotes, brackets and backslashes are dropped
 * so no phrase can be read as an Essie operator. At most {@link #MAX_PHRASES} phrases are used (the
 * first ones, as the extractor ordered them) and at most {@code limit} hits are returned.
 */
public final class ConditionSearch implements CandidateSource {
    public static final int MAX_PHRASES = 24;
    /** The most characters and words of one phrase searched: 24 phrases stay within Essie's default limits. */
    static final int MAX_PHRASE_CHARS = 200;

    static final int MAX_PHRASE_WORDS = 12;
    private static final SearchArea CONDITION = SearchAreas.standard()
            .byParam("query.cond")
            .orElseThrow(() -> new IllegalStateException("the search areas have no query.cond"));

    private final StudySearch search;
    private final Set<String> statuses;
    private final Optional<GeoFilter> near;
    private final Set<String> ids;
    private final int limit;

    /**
     * @param statuses overall statuses to keep (empty: any), e.g. {@code Set.of("RECRUITING")}
     * @param near     only trials with a site within this distance
     * @param ids      only these trials (empty: any)
     * @param limit    the most candidates returned (best first)
     */
    public ConditionSearch(
            StudySearch search, Set<String> statuses, Optional<GeoFilter> near, Set<String> ids, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.search = search;
        this.statuses = Set.copyOf(statuses);
        this.near = near;
        this.ids = Set.copyOf(ids);
        this.limit = limit;
    }

    /** Recruiting trials, optionally near a place: what the product ranks for a patient. */
    public static ConditionSearch recruiting(StudySearch search, Optional<GeoFilter> near, int limit) {
        return new ConditionSearch(search, Set.of("RECRUITING"), near, Set.of(), limit);
    }

    @Override
    public List<Candidate> find(List<String> conditionPhrases) {
        Optional<String> expression = expression(conditionPhrases);
        if (expression.isEmpty()) {
            return List.of();
        }
        SearchRequest.AreaQuery query = new SearchRequest.AreaQuery(
                CONDITION, EssieParser.standard().parse(expression.get()), expression.get());
        List<Candidate> found = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            int size = Math.min(SearchRequest.MAX_PAGE_SIZE, limit - found.size());
            SearchRequest request = new SearchRequest(
                    List.of(query),
                    List.of(),
                    statuses,
                    near.stream().toList(),
                    ids,
                    List.of(),
                    OptionalDouble.empty(),
                    Optional.empty(),
                    List.of(),
                    size,
                    token,
                    false,
                    false);
            SearchPage page = search.search(request);
            for (SearchHit hit : page.hits()) {
                found.add(new Candidate(StudyJson.parse(hit.json()), Math.max(0, hit.score())));
            }
            token = page.nextPageToken();
        } while (token.isPresent() && found.size() < limit);
        return found;
    }

    /**
     * {@code (w1 w2) OR (w3)}: each phrase's words, lower case, without characters Essie reads as syntax, and at
     * most {@link #MAX_PHRASE_CHARS} characters of each: a condition's name is short, and a note whose first sentence
     * runs for pages would otherwise make an expression past the parser's limits (length, terms).
     */
    static Optional<String> expression(List<String> phrases) {
        Set<String> groups = new LinkedHashSet<>();
        for (String phrase : phrases) {
            String words = phrase.toLowerCase(Locale.ROOT)
                    .replaceAll("[\"()\\[\\]\\\\]", " ")
                    .trim()
                    .replaceAll("\\s+", " ");
            words = bounded(words);
            if (!words.isEmpty()) {
                groups.add("(" + words + ")");
            }
            if (groups.size() == MAX_PHRASES) {
                break;
            }
        }
        return groups.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", groups));
    }

    /** The phrase's first {@link #MAX_PHRASE_WORDS} words, cut at a word boundary within {@link #MAX_PHRASE_CHARS}. */
    private static String bounded(String words) {
        String[] w = words.split(" ");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(w.length, MAX_PHRASE_WORDS); i++) {
            String word = w[i].length() > MAX_PHRASE_CHARS ? w[i].substring(0, MAX_PHRASE_CHARS) : w[i];
            if (s.length() + (s.isEmpty() ? 0 : 1) + word.length() > MAX_PHRASE_CHARS) {
                break;
            }
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(word);
        }
        return s.toString();
    }
}
