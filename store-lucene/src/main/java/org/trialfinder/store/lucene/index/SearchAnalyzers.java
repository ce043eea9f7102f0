package org.trialfinder.store.lucene.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How searchable text is cut into terms. Words are folded (case, diacritics: "Sjögren" = "sjogren")
 * and stemmed with KStem, which is gentler with medical words than Porter ("cancers" = "cancer",
 * "diabetes" stays "diabetes"); stop words are kept, since in phrases like "vitamin A" they matter.
 * Exact fields keep the whole value as one folded term, for {@code EXPANSION[None]}, enums and
 * {@code COVERAGE[FullMatch]}.
 */
public final class SearchAnalyzers {
    /** Keeps a phrase from matching across two values of a multi-valued field (two conditions). */
    static final int VALUE_GAP = 100;

    private SearchAnalyzers() {}

    /** Stemmed words: what {@code query.*} areas search by default. */
    public static Analyzer stemmed() {
        return words(true);
    }

    /** Unstemmed words: {@code EXPANSION[None]} matches these. */
    public static Analyzer unstemmed() {
        return words(false);
    }

    private static Analyzer words(boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream t = new EnglishPossessiveFilter(tokenizer);
                t = new LowerCaseFilter(t);
                t = new ASCIIFoldingFilter(t);
                if (stem) {
                    t = new KStemFilter(t);
                }
                return new TokenStreamComponents(tokenizer, t);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /** A whole value as one folded term. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new KeywordTokenizer();
                TokenStream t = new LowerCaseFilter(tokenizer);
                t = new ASCIIFoldingFilter(t);
                return new TokenStreamComponents(tokenizer, t);
            }
        };
    }

    /** The index-wide analyzer: the prefix of a field's name decides how it is analysed. */
    public static Analyzer perField() {
        Analyzer stemmed = stemmed();
        Analyzer unstemmed = unstemmed();
        Analyzer exact = exact();
        Analyzer sites = SiteTokens.analyzer();
        Analyzer standard = new StandardAnalyzer();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                if (fieldName.startsWith(IndexFields.STEMMED)) {
                    return stemmed;
                }
                if (fieldName.startsWith(IndexFields.WORDS)) {
                    return unstemmed;
                }
                if (fieldName.startsWith(IndexFields.EXACT)) {
                    return exact;
                }
                if (fieldName.equals(SiteTokens.FIELD)) {
                    return sites;
                }
                return standard;
            }
        };
    }
}
