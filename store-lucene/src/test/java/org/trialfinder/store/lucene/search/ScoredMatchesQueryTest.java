package org.trialfinder.store.lucene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The stand-in for kept matches on an index of several segments: each leaf iterates its own matches (as leaf doc
 * ids, with their scores), {@code advance} past the last match (or to NO_MORE_DOCS, as callers exhaust an iterator)
 * ends it in every leaf, and in a conjunction with a filter it finds what a scan of the kept matches finds.
 */
class ScoredMatchesQueryTest {
    private static final int DOCS = 300;

    /** Three segments of 100 documents, every third one "even" when its number is even. */
    private static Directory index() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < DOCS; i++) {
                Document d = new Document();
                d.add(new StringField("n", Integer.toString(i), Field.Store.NO));
                d.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                w.addDocument(d);
                if (i % 100 == 99) {
                    w.commit();
                }
            }
        }
        return dir;
    }

    /** Kept matches: every multiple of 3, scored by its number. */
    private static CommitScores.Scored everyThird() {
        List<Integer> docs = new ArrayList<>();
        for (int i = 0; i < DOCS; i += 3) {
            docs.add(i);
        }
        int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
        float[] scores = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            scores[i] = ids[i] / 10f;
        }
        return new CommitScores.Scored(ids, scores, (DOCS - 1) / 10f);
    }

    @Test
    void eachLeafIteratesItsOwnMatchesAndAdvancingPastTheEndEndsIt() throws IOException {
        try (Directory dir = index();
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSize(3);
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoredMatchesQuery q = new ScoredMatchesQuery(new TermQuery(new Term("n", "x")), everyThird());
            Weight weight = searcher.createWeight(q, ScoreMode.COMPLETE, 1f);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer s = weight.scorer(leaf);
                List<Integer> seen = new ArrayList<>();
                for (int d = s.iterator().nextDoc();
                        d != DocIdSetIterator.NO_MORE_DOCS;
                        d = s.iterator().nextDoc()) {
                    seen.add(leaf.docBase + d);
                    assertThat(s.score()).isEqualTo((leaf.docBase + d) / 10f);
                }
                assertThat(seen).allMatch(d -> d % 3 == 0 && d >= leaf.docBase && d < leaf.docBase + 100);
                assertThat(seen).hasSize((int) IntStream.range(leaf.docBase, leaf.docBase + 100)
                        .filter(d -> d % 3 == 0)
                        .count());

                Scorer again = weight.scorer(leaf);
                assertThat(again.iterator().advance(DocIdSetIterator.NO_MORE_DOCS))
                        .isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
                Scorer third = weight.scorer(leaf);
                // the leaf's last document: a match only where its number is a multiple of 3
                int last = (leaf.docBase + 99) % 3 == 0 ? 99 : DocIdSetIterator.NO_MORE_DOCS;
                assertThat(third.iterator().advance(99)).isEqualTo(last);
                assertThat(third.iterator().nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
                assertThat(weight.count(leaf)).isEqualTo(seen.size());
            }
        }
    }

    @Test
    void withAFilterItFindsWhatAScanOfTheKeptMatchesFinds() throws IOException {
        try (Directory dir = index();
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoredMatchesQuery kept = new ScoredMatchesQuery(new TermQuery(new Term("n", "x")), everyThird());
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(kept, Occur.MUST)
                    .add(new TermQuery(new Term("parity", "even")), Occur.FILTER)
                    .build();
            TreeMap<Float, Integer> want = new TreeMap<>();
            for (int i = 0; i < DOCS; i += 6) {
                want.put(i / 10f, i);
            }
            TopDocs top = searcher.search(q, DOCS);
            assertThat(top.totalHits.value()).isEqualTo(want.size());
            assertThat(searcher.count(q)).isEqualTo(want.size());
            List<Integer> got = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                got.add(sd.doc);
                assertThat(sd.score).isEqualTo(sd.doc / 10f);
            }
            assertThat(got).isEqualTo(new ArrayList<>(want.descendingMap().values()));
        }
    }
}
