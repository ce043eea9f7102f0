package org.trialfinder.bench.trec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.trialfinder.eligibility.intake.NoteReader;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.rank.Candidate;
import org.trialfinder.eligibility.rank.RankedTrial;
import org.trialfinder.eligibility.rank.RelevanceBlend;
import org.trialfinder.eligibility.rank.TrialRanker;
import org.trialfinder.eligibility.service.ConditionSearch;
import org.trialfinder.eligibility.service.WordSearch;
import org.trialfinder.model.Study;
import org.trialfinder.search.StudySearch;

/**
 * Trialfinder's method, as the product runs it, on one topic: the note is read into a profile and
 * condition phrases; the project's search scores the topic's candidate trials against those phrases
 * ({@code query.cond}, restricted to the candidates, any status); then either the ranker orders them
 * by eligibility and relevance, or (the ablation) relevance alone orders them. Candidates the search
 * does not match keep relevance 0 and are still ranked. A note naming no recognised condition is
 * searched by its fallback words, as the product does. The note's words then rank the candidates beside
 * the conditions ({@link RelevanceBlend}), as the product ranks a note's trials.
 */
final class TrialfinderMethod {
    private final NoteReader notes;
    private final StudySearch search;
    private final TrialRanker ranker;
    private final WordSearch words;
    private final Map<String, Study> studies;
    private final long seed;
    private final Map<String, Prepared> prepared = new HashMap<>();
    private BiConsumer<Topic, List<RankedTrial>> rankings = (topic, ranked) -> {};

    /** One topic read and searched, shared by the two rankings of it. */
    private record Prepared(PatientReading reading, Map<String, Double> relevance) {}

    TrialfinderMethod(NoteReader notes, StudySearch search, TrialRanker ranker, Map<String, Study> studies, long seed) {
        this.notes = notes;
        this.search = search;
        this.words = new WordSearch(search);
        this.ranker = ranker;
        this.studies = studies;
        this.seed = seed;
    }

    /** Who sees each topic's ranking with its verdicts (the benchmark's false-exclusion listing). */
    void onRanking(BiConsumer<Topic, List<RankedTrial>> listener) {
        this.rankings = listener;
    }

    TopicRanker withEligibility() {
        return new TopicRanker() {
            @Override
            public String name() {
                return "Trialfinder (note -> conditions + profile; search; eligibility)";
            }

            @Override
            public List<String> rank(Topic topic, Set<String> candidates) {
                Prepared p = prepare(topic, candidates);
                List<Candidate> list = new ArrayList<>();
                for (String id : Rankings.order(candidates, Map.of(), seed)) {
                    list.add(new Candidate(studies.get(id), p.relevance().getOrDefault(id, 0.0)));
                }
                List<RankedTrial> ranked =
                        ranker.rank(p.reading().profile(), p.reading().conditions(), list);
                rankings.accept(topic, ranked);
                return ranked.stream().map(RankedTrial::nctId).toList();
            }
        };
    }

    TopicRanker relevanceOnly() {
        return new TopicRanker() {
            @Override
            public String name() {
                return "ablation: Trialfinder relevance only (no eligibility)";
            }

            @Override
            public List<String> rank(Topic topic, Set<String> candidates) {
                return Rankings.order(candidates, prepare(topic, candidates).relevance(), seed);
            }
        };
    }

    private Prepared prepare(Topic topic, Set<String> candidates) {
        String key = topic.id() + "\u0000" + topic.note();
        return prepared.computeIfAbsent(key, k -> {
            PatientReading reading = notes.read(topic.note());
            Map<String, Double> byCondition = new HashMap<>();
            new ConditionSearch(search, Set.of(), Optional.empty(), candidates, Math.max(1, candidates.size()))
                    .find(reading.searchPhrases())
                    .forEach(c -> byCondition.put(c.study().nctId(), c.relevance()));
            // every judged trial is a candidate (those the conditions miss with relevance 0), then the note's
            // words rank them beside the conditions, as the product ranks the trials its conditions found
            List<Candidate> pool = new ArrayList<>();
            for (String id : Rankings.order(candidates, Map.of(), seed)) {
                pool.add(new Candidate(studies.get(id), byCondition.getOrDefault(id, 0.0)));
            }
            Map<String, Double> relevance = new HashMap<>();
            RelevanceBlend.blend(pool, words.scores(reading.noteWords(), candidates)).stream()
                    .filter(c -> c.relevance() > 0)
                    .forEach(c -> relevance.put(c.study().nctId(), c.relevance()));
            return new Prepared(reading, relevance);
        });
    }
}
