package org.trialfinder.store.lucene.search;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * The first hits and the total of recent searches, per commit (what Solr calls the query result cache): the
 * answer of a query on a commit never changes, and people repeat searches (the same common conditions, the
 * same filters), so a repeated first page reads its studies' records but runs no query. Entries belong to
 * the reader they were computed on and go with it; the cache holds the first {@link #WINDOW} hits whatever
 * the page size asked, so pages of 10 to 50 share one entry.
 */
final class CommitResults {
    /** Hits kept per search: the largest first page the API's usual page sizes ask for, plus one. */
    static final int WINDOW = 51;
    /** Searches kept per commit; past this the cache starts afresh (no lock, no LRU bookkeeping). */
    static final int MAX_ENTRIES = 4096;

    /** A search: the whole query, filters included, and its order. */
    record Key(Query query, Sort sort) {}

    /**
     * The first hits (all of them when fewer than {@link #WINDOW} match) and, when it was counted, the total.
     */
    record Entry(ScoreDoc[] top, OptionalInt total) {
        Entry withTotal(int count) {
            return new Entry(top, OptionalInt.of(count));
        }
    }

    private final Map<IndexReader.CacheKey, Map<Key, Entry>> byCommit = new ConcurrentHashMap<>();

    /** The cache of {@code reader}'s commit; a map that keeps nothing when the reader cannot say when it closes. */
    Map<Key, Entry> of(DirectoryReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new ConcurrentHashMap<>();
        }
        return byCommit.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byCommit::remove);
            return new ConcurrentHashMap<>();
        });
    }

    /** Keeps {@code entry}, starting the commit's cache afresh when it is full. */
    static void put(Map<Key, Entry> cache, Key key, Entry entry) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, entry);
    }
}
