package org.trialfinder.store.lucene.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.trialfinder.model.PartialDate;
import org.trialfinder.search.SearchArea;
import org.trialfinder.search.SearchAreas;
import org.trialfinder.search.SearchException;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.essie.CoverageMode;
import org.trialfinder.search.essie.EssieNode;
import org.trialfinder.search.essie.EssieParser;
import org.trialfinder.search.essie.EssieSyntaxException;
import org.trialfinder.search.essie.ExpansionMode;
import org.trialfinder.search.essie.RangeBound;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.store.lucene.index.IndexFields;
import org.trialfinder.store.lucene.index.SearchAnalyzers;
import org.trialfinder.store.lucene.index.SiteTokens;

/**
 * Turns an Essie expression into a Lucene query over the fields {@code SearchDocumentBuilder}
 * writes. Words are matched per piece of the current area and the best-matching piece counts
 * (weighted as the search areas table says), so "heart attack" in a condition outranks it in a
 * description. Default expansion is Relaxation: every word must occur in the field, in any order,
 * an exact phrase ranks higher, and MeSH synonyms are added for pieces that take them.
 */
final class EssieQueryBuilder {
    /** Score share of the non-best pieces in a disjunction. */
    private static final float TIE_BREAKER = 0.1f;
    /** Synonyms rank a little below the words as typed (Essie: "exact beats synonym"). */
    private static final float SYNONYM_WEIGHT = 0.85f;

    private static final int SAME_SITE_SLOP = SiteTokens.SITE_GAP / 2;
    /** Alternatives (synonyms, narrower names) added for one phrase in one piece. */
    static final int MAX_ALTERNATIVES = 40;

    private static final List<String> LOCATION_PIECES = List.of(
            "LocationFacility", "LocationCity", "LocationState", "LocationZip", "LocationCountry", "LocationStatus");

    private final FieldCatalog catalog;
    private final SearchAreas areas;
    private final Synonyms synonyms;
    private final Analyzer stemmed = SearchAnalyzers.stemmed();
    private final Analyzer unstemmed = SearchAnalyzers.unstemmed();
    private final Analyzer exact = SearchAnalyzers.exact();

    EssieQueryBuilder(FieldCatalog catalog, SearchAreas areas, Synonyms synonyms) {
        this.catalog = catalog;
        this.areas = areas;
        this.synonyms = synonyms;
    }

    Query build(EssieNode node, QueryContext ctx) {
        return switch (node) {
            case EssieNode.Words w -> words(w, ctx);
            case EssieNode.And a -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                a.children().forEach(c -> add(b, c, ctx, true));
                yield b.build();
            }
            case EssieNode.Or o -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (EssieNode c : o.children()) {
                    b.add(build(c, ctx), Occur.SHOULD);
                }
                b.setMinimumNumberShouldMatch(1);
                yield b.build();
            }
            case EssieNode.Not n ->
                new BooleanQuery.Builder()
                        .add(allStudies(), Occur.FILTER)
                        .add(build(n.body(), ctx), Occur.MUST_NOT)
                        .build();
            case EssieNode.Area area -> area(area, ctx);
            case EssieNode.Search s -> search(s, ctx);
            case EssieNode.Range r -> range(r, ctx);
            case EssieNode.Missing m -> missing(ctx);
            case EssieNode.All all -> allStudies();
            case EssieNode.Expansion e -> build(e.body(), ctx.withExpansion(e.mode()));
            case EssieNode.Coverage c -> build(c.body(), ctx.withCoverage(c.mode()));
            case EssieNode.Tilt t -> tilt(t, ctx);
        };
    }

    /** NOT children of an AND become MUST_NOT clauses of it, so "a AND NOT b" needs no extra match-all. */
    private void add(BooleanQuery.Builder b, EssieNode child, QueryContext ctx, boolean scoring) {
        if (child instanceof EssieNode.Not n) {
            b.add(build(n.body(), ctx), Occur.MUST_NOT);
            b.add(allStudies(), Occur.FILTER);
        } else {
            b.add(build(child, ctx), scoring ? Occur.MUST : Occur.FILTER);
        }
    }

    static Query allStudies() {
        return new TermQuery(new Term(IndexFields.ALL, "1"));
    }

    // ------------------------------------------------------------------ words

    private Query words(EssieNode.Words w, QueryContext ctx) {
        List<Query> perPiece = new ArrayList<>();
        for (SearchArea.WeightedPiece wp : ctx.pieces()) {
            Optional<FieldDef> def = catalog.byPiece(wp.piece());
            if (def.isEmpty()) {
                continue;
            }
            Query q = wordsInPiece(def.get(), w, ctx, wp.synonyms());
            if (q != null) {
                perPiece.add(wp.weight() == 1.0 ? q : new BoostQuery(q, (float) wp.weight()));
            }
        }
        if (perPiece.isEmpty()) {
            return new MatchNoDocsQuery("no searchable piece for " + w.text());
        }
        return perPiece.size() == 1 ? perPiece.get(0) : new DisjunctionMaxQuery(perPiece, TIE_BREAKER);
    }

    private Query wordsInPiece(FieldDef def, EssieNode.Words w, QueryContext ctx, boolean withSynonyms) {
        String piece = def.piece();
        String text = w.text();
        return switch (def.type()) {
            case TEXT, MARKUP -> textQuery(piece, def.type() == FieldType.TEXT, text, w.quoted(), ctx, withSynonyms);
            case ENUM, BOOLEAN -> new TermQuery(new Term(IndexFields.exact(piece), enumKey(text)));
            case DATE -> dateEquals(piece, text);
            case INTEGER, NUMBER -> numberEquals(piece, text);
            case AGE -> ageEquals(piece, text);
            default -> null;
        };
    }

    private Query textQuery(
            String piece, boolean hasExact, String text, boolean quoted, QueryContext ctx, boolean withSynonyms) {
        CoverageMode coverage = ctx.coverage();
        if (coverage != CoverageMode.CONTAINS) {
            if (!hasExact) {
                throw new SearchException("COVERAGE[" + coverage.text() + "] applies to short text fields; " + piece
                        + " is long text (use words or phrases there)");
            }
            String value = single(exact, IndexFields.exact(piece), text);
            return switch (coverage) {
                case FULL_MATCH -> new TermQuery(new Term(IndexFields.exact(piece), value));
                case STARTS_WITH -> new PrefixQuery(new Term(IndexFields.exact(piece), value));
                case ENDS_WITH -> new WildcardQuery(new Term(IndexFields.exact(piece), "*" + escapeWildcard(value)));
                case CONTAINS -> throw new IllegalStateException();
            };
        }
        ExpansionMode mode = ctx.expansion();
        if (mode == ExpansionMode.NONE) {
            return phrase(IndexFields.words(piece), analyze(unstemmed, IndexFields.words(piece), text));
        }
        String field = IndexFields.stemmed(piece);
        List<String> terms = analyze(stemmed, field, text);
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no words in \"" + text + "\"");
        }
        Query main = switch (mode) {
            case TERM, CONCEPT -> phrase(field, terms);
            case RELAXATION -> quoted ? phrase(field, terms) : allWords(field, terms, terms.size());
            case LOSSY -> allWords(field, terms, Math.max(1, (terms.size() + 1) / 2));
            case NONE -> throw new IllegalStateException();
        };
        // Concept expansion (Essie's default goes through it too): the same concept's and narrower
        // concepts' names where the area says the field takes synonyms (conditions), and the concept's
        // own names as whole values of the MeSH-name pieces (which hold descriptor names). Titles,
        // keywords and long text get the words as typed: each alternative there was a sloppy phrase
        // per piece, and on a 100,000-study store those clauses made a common condition search
        // (lung cancer: ~7,000 hits) three times slower while the MeSH pieces already find what
        // they added (ClinicalTrials.gov attaches the descriptors to each study).
        boolean meshNames = hasExact && (piece.endsWith("MeshTerm") || piece.endsWith("AncestorTerm"));
        if (mode == ExpansionMode.TERM || !(withSynonyms || meshNames)) {
            return main;
        }
        Synonyms.Alternatives alt = synonyms.of(text);
        if (meshNames && !withSynonyms) {
            return meshNameAlternatives(piece, main, alt.sameConcept());
        }
        List<String> alternatives = new ArrayList<>(alt.sameConcept());
        if (withSynonyms) {
            alternatives.addAll(alt.narrower());
        }
        // Each alternative is a clause in every piece searched; a bound keeps a query of many pieces
        // (BasicSearch has ~50) well inside Lucene's clause limit. Same-concept names come first.
        if (alternatives.size() > MAX_ALTERNATIVES) {
            alternatives = alternatives.subList(0, MAX_ALTERNATIVES);
        }
        if (alternatives.isEmpty()) {
            return main;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(main, Occur.SHOULD);
        for (String other : alternatives) {
            List<String> altTerms = analyze(stemmed, field, other);
            if (!altTerms.isEmpty() && !altTerms.equals(terms)) {
                // Relaxation lets a synonym's words stand in any order too, which also meets MeSH's
                // inverted names ("Carcinoma, Non-Small-Cell Lung" = "non-small cell lung carcinoma")
                Query q = mode == ExpansionMode.CONCEPT || quoted
                        ? phrase(field, altTerms)
                        : allWords(field, altTerms, altTerms.size());
                any.add(new BoostQuery(q, SYNONYM_WEIGHT), Occur.SHOULD);
            }
        }
        any.setMinimumNumberShouldMatch(1);
        return any.build();
    }

    /** The query's concept names as exact values of a MeSH-name piece: one term each, cheap to score. */
    private Query meshNameAlternatives(String piece, Query main, List<String> names) {
        String field = IndexFields.exact(piece);
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(main, Occur.SHOULD);
        int added = 0;
        for (String name : names) {
            String value = single(exact, field, name);
            if (!value.isEmpty() && added++ < MAX_ALTERNATIVES) {
                any.add(new BoostQuery(new TermQuery(new Term(field, value)), SYNONYM_WEIGHT), Occur.SHOULD);
            }
        }
        if (added == 0) {
            return main;
        }
        any.setMinimumNumberShouldMatch(1);
        return any.build();
    }

    /** How far apart, in words, Relaxation lets the words of a phrase stand within one value. */
    private static final int RELAXED_SLOP = 50;

    /**
     * Every word in one value of the field, in any order and near each other (a sloppy phrase whose
     * slop stays below the gap between two values, so "cardiovascular" in one condition and "stroke"
     * in another do not make "cardiovascular stroke"), an exact phrase ranking higher. With
     * {@code required} below the number of words (Lossy), some words may be missing.
     */
    private static Query allWords(String field, List<String> terms, int required) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        Query together;
        if (required >= terms.size()) {
            together = new PhraseQuery(RELAXED_SLOP, field, terms.toArray(String[]::new));
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String t : terms) {
                words.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
            }
            words.setMinimumNumberShouldMatch(required);
            together = words.build();
        }
        return new BooleanQuery.Builder()
                .add(together, Occur.MUST)
                .add(new BoostQuery(phrase(field, terms), 0.5f), Occur.SHOULD)
                .build();
    }

    private static Query phrase(String field, List<String> terms) {
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("empty phrase");
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }

    static String enumKey(String text) {
        return IndexFields.enumKey(text);
    }

    private Query dateEquals(String piece, String text) {
        var date = PartialDate.tryParse(text)
                .orElseThrow(() -> new SearchException("AREA[" + piece
                        + "] expects a date such as 2022, 2022-06 or 2022-06-15, got \"" + text + "\""));
        return LongPoint.newRangeQuery(
                IndexFields.point(piece),
                date.startOf().toEpochDay(),
                date.endOf().toEpochDay());
    }

    private static Query numberEquals(String piece, String text) {
        try {
            return DoublePoint.newExactQuery(IndexFields.point(piece), new BigDecimal(text.trim()).doubleValue());
        } catch (NumberFormatException e) {
            throw new SearchException("AREA[" + piece + "] expects a number, got \"" + text + "\"");
        }
    }

    private Query ageEquals(String piece, String text) {
        EssieNode parsed;
        try {
            parsed = EssieParser.parse("RANGE[" + text + "," + text + "]");
        } catch (EssieSyntaxException e) {
            // the words after AREA[MinimumAge] are not an age: the user's mistake, said in the user's terms
            throw new SearchException(
                    "AREA[" + piece + "] expects an age such as 16 years or 6 months, got \"" + text + "\"");
        }
        return range(
                (EssieNode.Range) parsed,
                new QueryContext(
                        List.of(new SearchArea.WeightedPiece(piece, 1, false)),
                        ExpansionMode.RELAXATION,
                        CoverageMode.CONTAINS,
                        false));
    }

    // ------------------------------------------------------------------ AREA, RANGE, MISSING

    private Query area(EssieNode.Area area, QueryContext ctx) {
        List<SearchArea.WeightedPiece> pieces = resolve(area.piece());
        if (area.size()) {
            if (pieces.size() != 1) {
                throw new SearchException("AREA[" + area.piece() + ":size] needs a list field, not a search area");
            }
            return sizeQuery(pieces.get(0).piece(), area.body());
        }
        return build(area.body(), ctx.withPieces(pieces));
    }

    /** An area name gives its weighted pieces; a field piece gives itself; a branch gives its leaves. */
    List<SearchArea.WeightedPiece> resolve(String name) {
        Optional<SearchArea> area = areas.byName(name);
        if (area.isPresent()) {
            return area.get().weightedPieces();
        }
        Optional<FieldDef> def = catalog.byPiece(name);
        if (def.isEmpty()) {
            throw new SearchException(
                    "AREA[" + name + "]: unknown search area or field piece (for example ConditionSearch, "
                            + "BasicSearch, Condition, OverallStatus, Phase, LocationCity, StartDate, MinimumAge; "
                            + "GET /api/v2/studies/search-areas and /api/v2/studies/metadata list them all)");
        }
        if (def.get().isLeaf()) {
            return List.of(new SearchArea.WeightedPiece(
                    def.get().piece(), 1.0, def.get().synonyms()));
        }
        return def.get().leaves().stream()
                .filter(f -> f.type() != FieldType.GEO_POINT)
                .map(f -> new SearchArea.WeightedPiece(f.piece(), 1.0, false))
                .toList();
    }

    private Query sizeQuery(String piece, EssieNode body) {
        long lo;
        long hi;
        if (body instanceof EssieNode.Words w
                && w.words().size() == 1
                && w.words().get(0).matches("\\d{1,6}")) {
            lo = hi = Long.parseLong(w.words().get(0));
        } else if (body instanceof EssieNode.Range r) {
            lo = r.lo().asNumber().map(BigDecimal::longValue).orElse(0L);
            hi = r.hi().asNumber().map(BigDecimal::longValue).orElse((long) Integer.MAX_VALUE);
        } else {
            throw new SearchException(
                    "AREA[" + piece + ":size] takes a number or RANGE[lo,hi], e.g. AREA[" + piece + ":size] 2");
        }
        Query sized = IntPoint.newRangeQuery(
                IndexFields.size(piece), (int) Math.max(1, lo), (int) Math.min(Integer.MAX_VALUE, hi));
        if (lo > 0) {
            return sized;
        }
        Query none = new BooleanQuery.Builder()
                .add(allStudies(), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.PRESENT, piece)), Occur.MUST_NOT)
                .build();
        return new BooleanQuery.Builder()
                .add(sized, Occur.SHOULD)
                .add(none, Occur.SHOULD)
                .build();
    }

    private Query range(EssieNode.Range r, QueryContext ctx) {
        List<Query> perPiece = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (SearchArea.WeightedPiece wp : ctx.pieces()) {
            Optional<FieldDef> def = catalog.byPiece(wp.piece());
            if (def.isEmpty() || !def.get().type().isOrdered()) {
                refused.add(wp.piece());
                continue;
            }
            perPiece.add(rangeOn(def.get(), r));
        }
        if (perPiece.isEmpty()) {
            throw new SearchException(
                    "RANGE[" + r.lo().text() + "," + r.hi().text() + "] needs a date, number or age field "
                            + "before it, e.g. AREA[StartDate]RANGE[2022-01-01,MAX] or AREA[MinimumAge]RANGE[MIN,16 years]"
                            + (refused.size() == 1 ? "; " + refused.get(0) + " is not one" : ""));
        }
        Query q = perPiece.size() == 1 ? perPiece.get(0) : new DisjunctionMaxQuery(perPiece, 0f);
        return new ConstantScoreQuery(q);
    }

    private Query rangeOn(FieldDef def, EssieNode.Range r) {
        String field = IndexFields.point(def.piece());
        switch (def.type()) {
            case DATE -> {
                long lo = r.lo().isOpen()
                        ? Long.MIN_VALUE
                        : dateBound(def, r.lo()).startOf().toEpochDay();
                long hi = r.hi().isOpen()
                        ? Long.MAX_VALUE
                        : dateBound(def, r.hi()).endOf().toEpochDay();
                return LongPoint.newRangeQuery(field, lo, hi);
            }
            case INTEGER, NUMBER -> {
                double lo = r.lo().isOpen() ? Double.NEGATIVE_INFINITY : numberBound(def, r.lo());
                double hi = r.hi().isOpen() ? Double.POSITIVE_INFINITY : numberBound(def, r.hi());
                return DoublePoint.newRangeQuery(field, lo, hi);
            }
            case AGE -> {
                double lo = r.lo().isOpen() ? Double.NEGATIVE_INFINITY : ageBoundDays(def, r.lo());
                double hi = r.hi().isOpen() ? Double.POSITIVE_INFINITY : ageBoundDays(def, r.hi());
                // a small tolerance: "18 Years" indexed as 6574.5 days equals RANGE[18 years, …]
                return DoublePoint.newRangeQuery(field, lo - 1e-6, hi + 1e-6);
            }
            default -> throw new SearchException("RANGE does not apply to " + def.piece());
        }
    }

    private static PartialDate dateBound(FieldDef def, RangeBound b) {
        return b.asDate()
                .orElseThrow(() -> new SearchException("RANGE on " + def.piece()
                        + " needs dates such as 2022, 2022-06 or 2022-06-15 (or MIN/MAX), got " + b.text()));
    }

    private static double numberBound(FieldDef def, RangeBound b) {
        return b.asNumber()
                .orElseThrow(() ->
                        new SearchException("RANGE on " + def.piece() + " needs numbers (or MIN/MAX), got " + b.text()))
                .doubleValue();
    }

    private static double ageBoundDays(FieldDef def, RangeBound b) {
        if (b instanceof RangeBound.AgeBound a) {
            return a.days().doubleValue();
        }
        // A bare number on an age field is read as years, the unit ages are nearly always given in.
        return b.asNumber()
                .map(n -> n.doubleValue() * 365.25)
                .orElseThrow(() -> new SearchException("RANGE on " + def.piece()
                        + " needs ages such as 16 years or 6 months (or MIN/MAX), got " + b.text()));
    }

    private Query missing(QueryContext ctx) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(allStudies(), Occur.FILTER);
        for (SearchArea.WeightedPiece wp : ctx.pieces()) {
            b.add(new TermQuery(new Term(IndexFields.PRESENT, wp.piece())), Occur.MUST_NOT);
        }
        return b.build();
    }

    // ------------------------------------------------------------------ TILT

    private Query tilt(EssieNode.Tilt t, QueryContext ctx) {
        Optional<FieldDef> def = catalog.byPiece(t.field());
        if (def.isEmpty() || def.get().type() != FieldType.DATE) {
            throw new SearchException("TILT[" + t.field() + "] needs a date field, e.g. TILT[StartDate]");
        }
        return new FunctionScoreQuery(
                build(t.body(), ctx),
                new RecencySource(IndexFields.sort(def.get().piece()), LocalDate.now()));
    }

    // ------------------------------------------------------------------ SEARCH[Location]

    private Query search(EssieNode.Search s, QueryContext ctx) {
        if (s.context().equalsIgnoreCase("Study")) {
            return build(s.body(), ctx);
        }
        if (!s.context().equalsIgnoreCase("Location")) {
            throw new SearchException("SEARCH[" + s.context() + "]: the contexts are Study and Location");
        }
        return span(s.body(), null);
    }

    private SpanQuery span(EssieNode node, String piece) {
        return switch (node) {
            case EssieNode.Area a -> {
                String p = LOCATION_PIECES.stream()
                        .filter(x -> x.equalsIgnoreCase(a.piece()))
                        .findFirst()
                        .orElseThrow(() -> new SearchException("inside SEARCH[Location] the fields are "
                                + String.join(", ", LOCATION_PIECES) + "; " + a.piece() + " is not one"));
                yield span(a.body(), p);
            }
            case EssieNode.Words w ->
                piece != null
                        ? siteWords(piece, w)
                        : new SpanOrQuery(LOCATION_PIECES.stream()
                                .map(p -> siteWords(p, w))
                                .toArray(SpanQuery[]::new));
            case EssieNode.Or o ->
                new SpanOrQuery(o.children().stream().map(c -> span(c, piece)).toArray(SpanQuery[]::new));
            case EssieNode.And a -> {
                List<SpanQuery> include = new ArrayList<>();
                List<SpanQuery> exclude = new ArrayList<>();
                for (EssieNode c : a.children()) {
                    if (c instanceof EssieNode.Not n) {
                        exclude.add(span(n.body(), piece));
                    } else {
                        include.add(span(c, piece));
                    }
                }
                if (include.isEmpty()) {
                    throw new SearchException("inside SEARCH[Location] a NOT needs something to exclude from");
                }
                SpanQuery in = include.size() == 1
                        ? include.get(0)
                        : new SpanNearQuery(include.toArray(SpanQuery[]::new), SAME_SITE_SLOP, false);
                yield exclude.isEmpty()
                        ? in
                        : new SpanNotQuery(
                                in,
                                exclude.size() == 1
                                        ? exclude.get(0)
                                        : new SpanOrQuery(exclude.toArray(SpanQuery[]::new)),
                                SAME_SITE_SLOP,
                                SAME_SITE_SLOP);
            }
            case EssieNode.Expansion e -> span(e.body(), piece);
            default ->
                throw new SearchException("inside SEARCH[Location] use AREA[LocationCity|LocationState|LocationCountry|"
                        + "LocationFacility|LocationZip|LocationStatus] terms joined by AND, OR and AND NOT");
        };
    }

    private static SpanQuery siteWords(String piece, EssieNode.Words w) {
        List<String> words = SiteTokens.words(w.text());
        SpanQuery[] terms = words.stream()
                .map(x -> new SpanTermQuery(new Term(SiteTokens.FIELD, SiteTokens.token(piece, x))))
                .toArray(SpanQuery[]::new);
        if (terms.length == 0) {
            throw new SearchException("SEARCH[Location]: \"" + w.text() + "\" has no words");
        }
        return terms.length == 1 ? terms[0] : new SpanNearQuery(terms, 0, true);
    }

    // ------------------------------------------------------------------ analysis

    private static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String single(Analyzer analyzer, String field, String text) {
        List<String> t = analyze(analyzer, field, text);
        return t.isEmpty() ? "" : t.get(0);
    }

    private static String escapeWildcard(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
