package org.trialfinder.bench.trec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.trialfinder.model.Study;
import org.trialfinder.model.protocol.ArmsInterventionsModule;
import org.trialfinder.model.protocol.ConditionsModule;
import org.trialfinder.model.protocol.DescriptionModule;
import org.trialfinder.model.protocol.EligibilityModule;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.Intervention;
import org.trialfinder.model.protocol.ProtocolSection;

/**
 * The plain baseline: Lucene BM25 (k1 1.2, b 0.75) with the English analyzer over one field holding
 * each trial's titles, conditions and keywords, brief summary, eligibility criteria and intervention
 * names; the query is every word of the note (each a SHOULD clause). No vocabulary, no eligibility.
 */
public final class Bm25Baseline implements AutoCloseable {
    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Bm25Baseline(Map<String, Study> studies) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (var e : studies.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField(ID, e.getKey(), Field.Store.YES));
                doc.add(new TextField(TEXT, text(e.getValue()), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the BM25 index", e);
        }
        searcher = new IndexSearcher(reader);
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 4096));
    }

    /** BM25 score of each of {@code candidates} that matches some word of {@code note}. */
    public Map<String, Double> scores(String note, Set<String> candidates) {
        Query words = new QueryBuilder(analyzer).createBooleanQuery(TEXT, note, BooleanClause.Occur.SHOULD);
        Map<String, Double> scores = new HashMap<>();
        if (words == null || candidates.isEmpty()) {
            return scores;
        }
        List<BytesRef> ids = candidates.stream().map(BytesRef::new).collect(Collectors.toCollection(ArrayList::new));
        Query query = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(ID, ids), BooleanClause.Occur.FILTER)
                .build();
        try {
            TopDocs top = searcher.search(query, candidates.size());
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                scores.put(stored.document(sd.doc).get(ID), (double) sd.score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    /** What the baseline indexes of a trial. */
    static String text(Study study) {
        StringBuilder text = new StringBuilder();
        ProtocolSection p = study.protocolSection();
        if (p == null) {
            return "";
        }
        IdentificationModule id = p.identificationModule();
        if (id != null) {
            append(text, id.briefTitle());
            append(text, id.officialTitle());
        }
        ConditionsModule c = p.conditionsModule();
        if (c != null) {
            if (c.conditions() != null) {
                c.conditions().forEach(s -> append(text, s));
            }
            if (c.keywords() != null) {
                c.keywords().forEach(s -> append(text, s));
            }
        }
        DescriptionModule d = p.descriptionModule();
        if (d != null) {
            append(text, d.briefSummary());
        }
        EligibilityModule e = p.eligibilityModule();
        if (e != null) {
            append(text, e.eligibilityCriteria());
        }
        ArmsInterventionsModule a = p.armsInterventionsModule();
        if (a != null && a.interventions() != null) {
            for (Intervention i : a.interventions()) {
                append(text, i.name());
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String s) {
        if (s != null && !s.isBlank()) {
            text.append(s).append('\n');
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
