package org.trialfinder.eligibility.service;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.rank.WordRelevance;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchHit;
import org.trialfinder.search.SearchPage;
import org.trialfinder.search.SearchRequest;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.essie.EssieParser;

/**
 * A note's words scored against given trials with the project's search: {@code query.term} (a trial's whole
 * text, with the search's MeSH expansion and field weights, as a user's words are searched) with the words
 * ORed, restricted to the trials; each hit's search score is its word score.
 *
 * <p>Only runs of letters are searched ("non-small" as "non" and "small"), so no word can be read as Essie
 * syntax; Essie's operators written as words (AND, OR, NOT, NEAR …) are dropped for the same reason.
 */
public final class WordSearch implements WordRelevance {
    private static final SearchArea TERM = SearchAreas.standard()
            .byParam("query.term")
            .orElseThrow(() -> new IllegalStateException("the search areas have no query.term"));
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "near", "area", "search", "expansion");

    private final StudySearch search;

    public WordSearch(StudySearch search) {
        this.search = search;
    }

    @Override
    public Map<String, Double> scores(List<String> words, Set<String> nctIds) {
        Map<String, Double> scores = new HashMap<>();
        Optional<String> expression = expression(words);
        if (expression.isEmpty() || nctIds.isEmpty()) {
            return scores;
        }
        SearchRequest.AreaQuery query =
                new SearchRequest.AreaQuery(TERM, EssieParser.standard().parse(expression.get()), expression.get());
        Optional<String> token = Optional.empty();
        do {
            SearchRequest request = new SearchRequest(
                    List.of(query),
                    List.of(),
                    Set.of(),
                    List.of(),
                    nctIds,
                    List.of(),
                    OptionalDouble.empty(),
                    Optional.empty(),
                    List.of(),
                    Math.min(SearchRequest.MAX_PAGE_SIZE, nctIds.size()),
                    token,
                    false,
                    false);
            SearchPage page = search.search(request);
            for (SearchHit hit : page.hits()) {
                scores.put(hit.nctId(), (double) Math.max(0, hit.score()));
            }
            token = page.nextPageToken();
        } while (token.isPresent() && scores.size() < nctIds.size());
        return scores;
    }

    /** {@code w1 OR w2 OR …}: the runs of letters of the words (three or more), lower case, each once. */
    static Optional<String> expression(List<String> words) {
        Set<String> kept = new LinkedHashSet<>();
        for (String w : words) {
            // "non-small", "crohn's": each run of letters is searched as a word of its own
            for (String word : NOT_LETTERS.split(w.toLowerCase(Locale.ROOT))) {
                if (word.length() >= 3 && !OPERATORS.contains(word)) {
                    kept.add(word);
                }
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", kept));
    }
}
