package org.trialfinder.store.lucene;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.trialfinder.search.summary.StudySummaries;
import org.trialfinder.search.summary.StudySummary;
import org.trialfinder.store.lucene.index.SummaryFields;

/**
 * {@link StudySummaries} from the summary doc values: per id one term look-up per segment and one
 * doc-values read, never a stored record.
 */
public final class LuceneStudySummaries implements StudySummaries {
    private final LuceneStudyStore store;

    public LuceneStudySummaries(LuceneStudyStore store) {
        this.store = store;
    }

    @Override
    public Map<String, StudySummary> of(Collection<String> nctIds) {
        return store.withCommit(OptionalLong.empty(), reader -> {
            Map<String, StudySummary> out = new HashMap<>();
            if (reader == null || nctIds.isEmpty()) {
                return out;
            }
            // in term order, each segment's terms are sought forward
            List<String> ids = new TreeSet<>(nctIds).stream().toList();
            List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                Terms idTerms = lr.terms(StudyFields.ID);
                if (idTerms == null || out.size() == ids.size()) {
                    continue;
                }
                TermsEnum te = idTerms.iterator();
                Bits live = lr.getLiveDocs();
                PostingsEnum postings = null;
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    if (out.containsKey(id) || !te.seekExact(terms.get(i))) {
                        continue;
                    }
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            StudySummary s = SummaryFields.read(lr, doc);
                            if (s != null) {
                                out.put(id, s);
                            }
                            break;
                        }
                    }
                }
            }
            return out;
        });
    }
}
