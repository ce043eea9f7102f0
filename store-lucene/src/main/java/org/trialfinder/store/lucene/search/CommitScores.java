package org.trialfinder.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The matches and relevance scores of the {@code query.*} expressions searched more than once on a commit. A
 * condition such as "breast cancer" becomes hundreds of phrase clauses (each piece of the area, each synonym), and
 * people search the same conditions again and again, each time near another place or with other filters: building
 * those clauses' weights and scoring them was the largest share of the search time under the load benchmark. From
 * the {@link #KEEP_AT_SEARCH}th search of an expression on a commit, its matches and scores are kept, and the search
 * reads them in place of the expression ({@link ScoredMatchesQuery}); the filters still run on every request.
 *
 * <p>The scores are those the expression's own scorer gives each match, so the answers are the same: the filters
 * of a request add nothing to a score, and the expression is scored alone whatever else the request asks.
 * Expressions with {@code TILT[…]} are left out (their score depends on the day, not on the commit only).
 */
final class CommitScores {
    /** Bytes kept per commit (8 per match and {@link #EXPRESSION_BYTES} per expression); past this the commit's
     * entries start afresh. */
    static final long MAX_BYTES = 64L << 20;
    /** An expression matching more than this is searched as it is (its entry would crowd out many others). */
    static final int MAX_MATCHES = 1_000_000;
    /** What an expression kept as a key is reckoned to take (its clauses, terms and boosts). */
    static final long EXPRESSION_BYTES = 16 << 10;
    /** Expressions whose searches are counted per commit; past this the counts start afresh. */
    static final int MAX_SEEN = 65_536;
    /** The search of an expression on a commit from which its matches and scores are kept. */
    static final int KEEP_AT_SEARCH = 3;

    /** The matches of one expression on one commit: ascending doc ids (of the whole reader) and their scores. */
    record Scored(int[] docs, float[] scores, float maxScore) {
        /** The arrays, and an allowance for the expression kept as the key (hundreds of clauses). */
        long bytes() {
            return 8L * docs.length + EXPRESSION_BYTES;
        }
    }

    private static final class PerCommit {
        /** Searches per expression, by the expression's hash: a count needs no copy of the query (two expressions
         * sharing a hash are only kept a search sooner). */
        final Map<Integer, Integer> seen = new ConcurrentHashMap<>();

        final Map<Query, Scored> scored = new ConcurrentHashMap<>();
        final AtomicLong bytes = new AtomicLong();
    }

    private final Map<IndexReader.CacheKey, PerCommit> byCommit = new ConcurrentHashMap<>();

    /**
     * {@code expression} itself for its first searches on this commit, its kept matches and scores from its
     * {@link #KEEP_AT_SEARCH}th search on.
     */
    Query of(DirectoryReader reader, IndexSearcher searcher, Query expression) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null || dependsOnTheDay(expression)) {
            return expression;
        }
        PerCommit commit = byCommit.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byCommit::remove);
            return new PerCommit();
        });
        Scored scored = commit.scored.get(expression);
        if (scored == null) {
            // an expression is kept when it comes again after its first searches: most of the long tail is
            // searched once or twice, and keeping costs a search over the whole index
            int hash = expression.hashCode();
            if (commit.seen.merge(hash, 1, Integer::sum) < KEEP_AT_SEARCH) {
                if (commit.seen.size() > MAX_SEEN) {
                    commit.seen.clear();
                }
                return expression;
            }
            commit.seen.remove(hash);
            scored = collect(searcher, expression);
            if (scored == null) {
                return expression;
            }
            if (commit.bytes.addAndGet(scored.bytes()) > MAX_BYTES) {
                commit.scored.clear();
                commit.bytes.set(scored.bytes());
            }
            commit.scored.put(expression, scored);
        }
        return new ScoredMatchesQuery(expression, scored);
    }

    private static boolean dependsOnTheDay(Query expression) {
        boolean[] tilt = {false};
        expression.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (parent instanceof FunctionScoreQuery) {
                    tilt[0] = true;
                }
                return this;
            }
        });
        return tilt[0];
    }

    /** Every match of {@code expression} with its score; null when there are more than {@link #MAX_MATCHES}. */
    static Scored collect(IndexSearcher searcher, Query expression) throws IOException {
        List<LeafScores> leaves = searcher.search(expression, new CollectorManager<AllScores, List<LeafScores>>() {
            @Override
            public AllScores newCollector() {
                return new AllScores();
            }

            @Override
            public List<LeafScores> reduce(Collection<AllScores> collectors) {
                List<LeafScores> all = new ArrayList<>();
                for (AllScores c : collectors) {
                    all.addAll(c.leaves);
                }
                return all;
            }
        });
        long n = 0;
        for (LeafScores leaf : leaves) {
            n += leaf.count;
        }
        if (n > MAX_MATCHES) {
            return null;
        }
        // the leaves may come back in any order: sorted by doc id, each with its score in the low bits
        long[] packed = new long[(int) n];
        int k = 0;
        for (LeafScores leaf : leaves) {
            for (int i = 0; i < leaf.count; i++) {
                packed[k++] = ((long) leaf.ids[i] << 32) | (Float.floatToRawIntBits(leaf.scores[i]) & 0xFFFFFFFFL);
            }
        }
        Arrays.sort(packed);
        int[] ids = new int[k];
        float[] scores = new float[k];
        float max = 0f;
        for (int i = 0; i < k; i++) {
            ids[i] = (int) (packed[i] >>> 32);
            scores[i] = Float.intBitsToFloat((int) packed[i]);
            max = Math.max(max, scores[i]);
        }
        return new Scored(ids, scores, max);
    }

    /** One leaf's matches: doc ids of the whole reader and their scores, in the order collected. */
    private static final class LeafScores implements LeafCollector {
        private final int base;
        private Scorable scorer;
        int[] ids = new int[64];
        float[] scores = new float[64];
        int count;

        LeafScores(int base) {
            this.base = base;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                scores = Arrays.copyOf(scores, count * 2);
            }
            ids[count] = base + doc;
            scores[count] = scorer.score();
            count++;
        }
    }

    /** Collects every match's doc id and score. */
    private static final class AllScores implements Collector {
        final List<LeafScores> leaves = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            LeafScores leaf = new LeafScores(context.docBase);
            leaves.add(leaf);
            return leaf;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
