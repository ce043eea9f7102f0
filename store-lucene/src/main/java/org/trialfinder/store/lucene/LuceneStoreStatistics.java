package org.trialfinder.store.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.stats.StoreStatistics;
import org.trialfinder.store.lucene.index.ListSizeFields;
import org.trialfinder.store.lucene.index.SummaryFields;

/** {@link StoreStatistics} from the doc values written at indexing: one pass over small values per answer. */
public final class LuceneStoreStatistics implements StoreStatistics {
    private final LuceneStudyStore store;

    public LuceneStoreStatistics(LuceneStudyStore store) {
        this.store = store;
    }

    @Override
    public void forEachRecordSize(ObjIntConsumer<String> visitor) {
        store.withCommit(OptionalLong.empty(), reader -> {
            if (reader == null) {
                return null;
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Bits live = lr.getLiveDocs();
                SortedDocValues ids = lr.getSortedDocValues(StudyFields.ID);
                NumericDocValues sizes = lr.getNumericDocValues(SummaryFields.JSON_BYTES);
                StoredFields stored = null;
                for (int doc = 0; doc < lr.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (ids != null && ids.advanceExact(doc) && sizes != null && sizes.advanceExact(doc)) {
                        visitor.accept(ids.lookupOrd(ids.ordValue()).utf8ToString(), (int) sizes.longValue());
                    } else { // a document of an older schema
                        stored = stored == null ? lr.storedFields() : stored;
                        var study = LuceneStudyStore.toStored(stored.document(doc));
                        visitor.accept(study.nctId(), study.json().length);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<Map<Integer, Long>> listSizes(List<FieldDef> listFields) {
        return listFields.stream().map(this::listSizes).toList();
    }

    private Map<Integer, Long> listSizes(FieldDef listField) {
        return store.withCommit(OptionalLong.empty(), reader -> {
            Map<Integer, Long> counts = new HashMap<>();
            if (reader == null) {
                return counts;
            }
            long withList = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                NumericDocValues sizes = lr.getNumericDocValues(ListSizeFields.field(listField.piece()));
                if (sizes == null) {
                    continue;
                }
                Bits live = lr.getLiveDocs();
                for (int doc = sizes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sizes.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        counts.merge((int) sizes.longValue(), 1L, Long::sum);
                        withList++;
                    }
                }
            }
            long without = reader.numDocs() - withList;
            if (without > 0) {
                counts.put(0, without);
            }
            return counts;
        });
    }
}
