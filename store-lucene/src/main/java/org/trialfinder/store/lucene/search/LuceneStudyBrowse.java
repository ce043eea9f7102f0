package org.trialfinder.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.browse.BrowseCount;
import org.trialfinder.search.browse.BrowseDimension;
import org.trialfinder.search.browse.BrowsePage;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.lucene.DocValueCounts;
import org.trialfinder.store.lucene.LuceneStudyStore;
import org.trialfinder.store.lucene.index.IndexFields;
import org.trialfinder.store.lucene.index.SummaryFields;

/**
 * {@link StudyBrowse} on the embedded index. Counts come from the browse doc values (one pass over
 * the values of live documents, never over stored records) and are kept for the reader version they
 * were computed on, so until the next commit every request reuses them; a key's trials are one
 * sorted term query, each listed with its stored summary (doc values, not the stored record).
 */
public final class LuceneStudyBrowse implements StudyBrowse {
    /** Deepest position a page may reach: a bound on the work one request can ask for. */
    public static final int MAX_WINDOW = 100_000;

    private final LuceneStudyStore store;
    private final Object computing = new Object();
    private volatile Snapshot snapshot;

    private record Snapshot(long readerVersion, Map<BrowseDimension, List<BrowseCount>> counts) {}

    public LuceneStudyBrowse(LuceneStudyStore store) {
        this.store = store;
    }

    @Override
    public List<BrowseCount> counts(BrowseDimension dimension) {
        return store.withCommit(OptionalLong.empty(), reader -> {
            if (reader == null) {
                return List.<BrowseCount>of();
            }
            Snapshot s = snapshot;
            if (s == null || s.readerVersion() != reader.getVersion()) {
                synchronized (computing) {
                    s = snapshot;
                    if (s == null || s.readerVersion() != reader.getVersion()) {
                        s = new Snapshot(reader.getVersion(), countAll(reader));
                        snapshot = s;
                    }
                }
            }
            return s.counts().get(dimension);
        });
    }

    private static Map<BrowseDimension, List<BrowseCount>> countAll(DirectoryReader reader) throws IOException {
        Map<BrowseDimension, List<BrowseCount>> all = new EnumMap<>(BrowseDimension.class);
        for (BrowseDimension d : BrowseDimension.values()) {
            all.put(d, count(reader, d));
        }
        return all;
    }

    /** Per key: trials (summed over the spellings of its name), recruiting trials, and the name most trials use. */
    private static List<BrowseCount> count(DirectoryReader reader, BrowseDimension d) throws IOException {
        Map<String, Long> perValue = DocValueCounts.of(reader, IndexFields.browseCount(d));
        Map<String, Long> recruiting = DocValueCounts.of(reader, IndexFields.browseRecruiting(d));
        Map<String, long[]> trials = new TreeMap<>();
        Map<String, String> name = new HashMap<>();
        Map<String, Long> nameTrials = new HashMap<>();
        perValue.forEach((value, n) -> {
            int cut = value.indexOf(IndexFields.BROWSE_SEPARATOR);
            String key = value.substring(0, cut);
            String spelling = value.substring(cut + 1);
            trials.computeIfAbsent(key, k -> new long[1])[0] += n;
            Long best = nameTrials.get(key);
            if (best == null || n > best || (n.equals(best) && spelling.compareTo(name.get(key)) < 0)) {
                name.put(key, spelling);
                nameTrials.put(key, n);
            }
        });
        List<BrowseCount> out = new ArrayList<>(trials.size());
        trials.forEach(
                (key, n) -> out.add(new BrowseCount(key, name.get(key), n[0], recruiting.getOrDefault(key, 0L))));
        return List.copyOf(out);
    }

    @Override
    public BrowsePage studies(BrowseDimension dimension, String key, int offset, int limit) {
        if (offset < 0 || limit < 1 || (long) offset + limit > MAX_WINDOW) {
            throw new SearchException(
                    "a browse page must start at 0 or later, hold at least one trial and end before trial "
                            + MAX_WINDOW);
        }
        return store.withCommit(OptionalLong.empty(), reader -> {
            if (reader == null) {
                return new BrowsePage(0, 0, List.of());
            }
            IndexSearcher searcher = store.searcher(reader);
            Query trials = new TermQuery(new Term(IndexFields.browseKey(dimension), key));
            int total = searcher.count(trials);
            int open = searcher.count(new BooleanQuery.Builder()
                    .add(trials, Occur.FILTER)
                    .add(NumericDocValuesField.newSlowExactQuery(IndexFields.BROWSE_ORDER, 0), Occur.FILTER)
                    .build());
            if (offset >= total) {
                return new BrowsePage(total, open, List.of());
            }
            TopFieldDocs top = searcher.search(trials, offset + limit, openFirst());
            List<StudySummary> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                int doc = top.scoreDocs[i].doc;
                LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
                StudySummary s = SummaryFields.read(leaf.reader(), doc - leaf.docBase);
                if (s == null) { // not written by this schema: from the stored record
                    StoredStudy stored = LuceneStudyStore.toStoredStudy(
                            searcher.storedFields().document(doc));
                    s = SummaryFields.summaryOf(stored.study(), stored.derivedGeoPoints());
                }
                hits.add(s);
            }
            return new BrowsePage(total, open, hits);
        });
    }

    /** Open trials first, then the most recently updated, then the NCT id (a total order: stable pages). */
    private static Sort openFirst() {
        SortedNumericSortField updated = new SortedNumericSortField(
                IndexFields.sort("LastUpdatePostDate"), SortField.Type.LONG, true, SortedNumericSelector.Type.MAX);
        updated.setMissingValue(Long.MIN_VALUE);
        SortField order = new SortField(IndexFields.BROWSE_ORDER, SortField.Type.LONG);
        order.setMissingValue(1L);
        return new Sort(order, updated, new SortField(IndexFields.ID_SORT, SortField.Type.STRING));
    }
}
