package org.trialfinder.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The writing codec must write what the standard codec writes: the same documents indexed with
 * each give the same norms and the same score impacts for every term, on flushed and on merged
 * segments, for fields that few documents have (sparse norms) and fields that all have.
 */
class WriteTimeNormsCodecTest {
    private static final String[] WORDS = {"heart", "lung", "cancer", "trial", "dose", "pain", "child", "renal"};

    @Test
    void flushedAndMergedSegmentsCarryTheSameNormsAndImpactsAsTheStandardCodec() throws IOException {
        List<Document> docs = documents(new Random(7), 3000);
        try (Directory standard = index(new Lucene104Codec(), docs);
                Directory writeTime = index(new WriteTimeNormsCodec(new Lucene104Codec()), docs);
                DirectoryReader a = DirectoryReader.open(standard);
                DirectoryReader b = DirectoryReader.open(writeTime)) {
            // readers open the segments with the standard codec, found by the name recorded
            for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(writeTime)) {
                assertThat(info.info.getCodec().getName()).isEqualTo("Lucene104");
            }
            assertThat(b.leaves()).hasSameSizeAs(a.leaves());
            assertThat(a.leaves().size()).isGreaterThan(1);
            for (int i = 0; i < a.leaves().size(); i++) {
                LeafReader la = a.leaves().get(i).reader();
                LeafReader lb = b.leaves().get(i).reader();
                for (String field : List.of("sparse", "dense")) {
                    assertThat(norms(lb, field)).isEqualTo(norms(la, field));
                    assertThat(impacts(lb, field)).as(field).isEqualTo(impacts(la, field));
                }
            }
        }
    }

    @Test
    void arrayNormsFollowTheIteratorContract() {
        var norms = new WriteTimeNormsCodec.ArrayNorms(new int[] {2, 5, 9, 0}, new long[] {20, 50, 90, 0}, 3);
        assertThat(norms.advanceExact(1)).isFalse();
        assertThat(norms.nextDoc()).isEqualTo(2);
        assertThat(norms.advanceExact(5)).isTrue();
        assertThat(norms.longValue()).isEqualTo(50);
        assertThat(norms.advanceExact(7)).isFalse();
        assertThat(norms.docID()).isEqualTo(7);
        assertThat(norms.advance(8)).isEqualTo(9);
        assertThat(norms.longValue()).isEqualTo(90);
        assertThat(norms.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    }

    private static List<Document> documents(Random random, int n) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Document d = new Document();
            d.add(new TextField("dense", text(random, 1 + random.nextInt(30)), Field.Store.NO));
            if (random.nextInt(20) == 0) {
                d.add(new TextField("sparse", text(random, 1 + random.nextInt(60)) + " w" + i, Field.Store.NO));
            }
            docs.add(d);
        }
        return docs;
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return b.toString();
    }

    private static Directory index(Codec codec, List<Document> docs) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setCodec(codec)
                .setMaxBufferedDocs(500)
                .setMergeScheduler(new SerialMergeScheduler());
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Document d : docs) {
                w.addDocument(d);
            }
            w.forceMerge(2);
        }
        return dir;
    }

    private static List<Long> norms(LeafReader reader, String field) throws IOException {
        List<Long> out = new ArrayList<>();
        NumericDocValues norms = reader.getNormValues(field);
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            out.add((long) doc);
            out.add(norms.longValue());
        }
        return out;
    }

    private static List<String> impacts(LeafReader reader, String field) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = reader.terms(field);
        TermsEnum te = terms.iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
            for (int doc = impacts.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = impacts.nextDoc()) {
                impacts.advanceShallow(doc);
                Impacts levels = impacts.getImpacts();
                StringBuilder b =
                        new StringBuilder(term.utf8ToString()).append('@').append(doc);
                for (int level = 0; level < levels.numLevels(); level++) {
                    b.append(" L").append(levels.getDocIdUpTo(level));
                    FreqAndNormBuffer impact = levels.getImpacts(level);
                    for (int k = 0; k < impact.size; k++) {
                        b.append(' ').append(impact.freqs[k]).append('/').append(impact.norms[k]);
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
