package org.trialfinder.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, for each doc-values field, how many matching studies carry each value. Counting is by
 * segment ordinal into plain arrays; each ordinal is turned into its string once per segment at the
 * end, not once per matching study (which, with a map update per value, made facet counting cost
 * more than the search itself on a 100,000-study store). Used alone, or beside the top-hits
 * collector in the search's own pass so the query runs once.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Long>>> {
    private final List<String> fields;

    FacetCounter(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) throws IOException {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        fields.forEach(f -> counts.put(f, new LinkedHashMap<>()));
        for (Counting c : collectors) {
            for (Segment s : c.segments) {
                for (int i = 0; i < fields.size(); i++) {
                    int[] perOrd = s.counts[i];
                    if (perOrd == null) {
                        continue;
                    }
                    SortedSetDocValues lookup = DocValues.getSortedSet(s.context.reader(), fields.get(i));
                    Map<String, Long> into = counts.get(fields.get(i));
                    for (int ord = 0; ord < perOrd.length; ord++) {
                        if (perOrd[ord] > 0) {
                            into.merge(lookup.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }

    /** One segment's counts: per field, a count per ordinal (null when the segment lacks the field). */
    private record Segment(LeafReaderContext context, int[][] counts) {}

    final class Counting extends SimpleCollector {
        private final List<Segment> segments = new ArrayList<>();
        private final SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
        private int[][] current;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            current = new int[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                SortedSetDocValues v = context.reader().getSortedSetDocValues(fields.get(i));
                values[i] = v;
                current[i] = v == null ? null : new int[(int) v.getValueCount()];
            }
            segments.add(new Segment(context, current));
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues v = values[i];
                if (v != null && v.advanceExact(doc)) {
                    int[] perOrd = current[i];
                    for (int k = 0, n = v.docValueCount(); k < n; k++) {
                        perOrd[(int) v.nextOrd()]++;
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
