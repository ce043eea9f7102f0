package org.trialfinder.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * How many live studies carry each value of a sorted-set doc-values field, over the whole index:
 * counted by segment ordinal, each ordinal turned into its value once per segment. Used for the
 * store's statistics and the browse pages' counts.
 */
public final class DocValueCounts {
    private DocValueCounts() {}

    public static Map<String, Long> of(DirectoryReader reader, String field) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader lr = leaf.reader();
            SortedSetDocValues values = lr.getSortedSetDocValues(field);
            if (values == null) {
                continue;
            }
            Bits live = lr.getLiveDocs();
            long[] perOrd = new long[Math.toIntExact(values.getValueCount())];
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                for (int i = 0; i < values.docValueCount(); i++) {
                    perOrd[(int) values.nextOrd()]++;
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
                }
            }
        }
        return counts;
    }
}
