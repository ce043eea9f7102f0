package org.trialfinder.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;

/**
 * One {@link IndexSearcher} per open reader (a commit), shared by every request that reads it, instead of one
 * per request: what a searcher holds (its leaf slices, the similarity, the cached filters' keys) does not change
 * until the next commit. A searcher is dropped when its reader closes.
 *
 * <p>The searchers cache filters with {@link #POLICY}, which decides from the query alone: Lucene's default policy
 * counts each query's uses in a ring buffer behind one lock that every search of every thread takes (under the
 * load benchmark, 8 of 62 request threads waited on it).
 */
final class CommitSearchers {
    /**
     * Caches the filters that repeat across requests and are cheap to keep as a bit set: sets of exact values
     * (overall status, facet selections, NCT ids), date, number and age ranges ({@code AREA[StartDate]RANGE[…]},
     * a person's age), and Boolean combinations of only those. Distances differ per request (each search by place
     * has its own centre), and a single term is as cheap to read as a cached set.
     */
    static final QueryCachingPolicy POLICY = new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {}

        @Override
        public boolean shouldCache(Query query) {
            return repeatingFilter(query);
        }
    };

    private static boolean repeatingFilter(Query query) {
        return switch (query) {
            case TermInSetQuery t -> true;
            case PointRangeQuery r -> true;
            case ConstantScoreQuery c -> repeatingFilter(c.getQuery());
            case BooleanQuery b ->
                b.clauses().stream().allMatch(c -> c.query() instanceof TermQuery || repeatingFilter(c.query()));
            default -> false;
        };
    }

    /**
     * A reader's searcher and its commit generation: {@link DirectoryReader#getIndexCommit()} lists the commit's
     * files each time it is called, which showed in the stacks of every search (page tokens carry the generation).
     */
    record Commit(IndexSearcher searcher, long generation) {}

    private final Map<IndexReader.CacheKey, Commit> commits = new ConcurrentHashMap<>();

    /** The searcher and generation of {@code reader}, made on first use. */
    Commit of(DirectoryReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return newCommit(reader);
        }
        return commits.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(commits::remove);
            return newCommit(reader);
        });
    }

    private static Commit newCommit(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCachingPolicy(POLICY);
        try {
            return new Commit(searcher, reader.getIndexCommit().getGeneration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
