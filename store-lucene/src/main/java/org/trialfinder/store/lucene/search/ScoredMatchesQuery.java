package org.trialfinder.store.lucene.search;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * An expression's matches and scores as {@link CommitScores} kept them on one commit, standing in for the
 * expression: the same documents with the same scores, read from two arrays instead of the index. Equal to another
 * only for the same expression and the same kept matches (so the commit's result cache keys still tell searches
 * apart).
 */
final class ScoredMatchesQuery extends Query {
    private final Query expression;
    private final CommitScores.Scored scored;

    ScoredMatchesQuery(Query expression, CommitScores.Scored scored) {
        this.expression = expression;
        this.scored = scored;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int base = context.docBase;
                int from = lowerBound(scored.docs(), base);
                int to = lowerBound(scored.docs(), base + context.reader().maxDoc());
                if (from == to) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return new ArrayScorer(scored, from, to, base, boost);
                    }

                    @Override
                    public long cost() {
                        return to - from;
                    }
                };
            }

            @Override
            public int count(LeafReaderContext context) {
                int base = context.docBase;
                return lowerBound(scored.docs(), base + context.reader().maxDoc()) - lowerBound(scored.docs(), base);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) {
                int i = Arrays.binarySearch(scored.docs(), context.docBase + doc);
                return i >= 0
                        ? Explanation.match(scored.scores()[i] * boost, "kept score of " + expression)
                        : Explanation.noMatch("no match of " + expression);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // already in memory
            }
        };
    }

    /** The first index of {@code docs} (ascending) holding a value at least {@code key}. */
    private static int lowerBound(int[] docs, int key) {
        int i = Arrays.binarySearch(docs, key);
        return i >= 0 ? i : -i - 1;
    }

    /** Iterates docs[from, to) of one leaf (as leaf doc ids) with their scores. */
    private static final class ArrayScorer extends Scorer {
        private final int[] docs;
        private final float[] scores;
        private final int from;
        private final int to;
        private final int base;
        private final float boost;
        private final float maxScore;
        private int i;
        private int doc = -1;

        ArrayScorer(CommitScores.Scored scored, int from, int to, int base, float boost) {
            this.docs = scored.docs();
            this.scores = scored.scores();
            this.from = from;
            this.to = to;
            this.base = base;
            this.boost = boost;
            this.maxScore = scored.maxScore() * boost;
            this.i = from - 1;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public float score() {
            return boost == 1f ? scores[i] : scores[i] * boost;
        }

        @Override
        public float getMaxScore(int upTo) {
            return maxScore;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    i++;
                    doc = i < to ? docs[i] - base : NO_MORE_DOCS;
                    return doc;
                }

                @Override
                public int advance(int target) {
                    int start = Math.max(i + 1, from);
                    // in long: base + NO_MORE_DOCS (how callers exhaust an iterator) overflows an int
                    if (start >= to || (long) base + target > docs[to - 1]) {
                        i = to;
                        doc = NO_MORE_DOCS;
                        return doc;
                    }
                    int at = Arrays.binarySearch(docs, start, to, base + target);
                    i = at >= 0 ? at : -at - 1;
                    doc = docs[i] - base;
                    return doc;
                }

                @Override
                public long cost() {
                    return to - from;
                }
            };
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "kept(" + expression.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && expression.equals(((ScoredMatchesQuery) other).expression)
                && scored == ((ScoredMatchesQuery) other).scored;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + expression.hashCode();
    }
}
