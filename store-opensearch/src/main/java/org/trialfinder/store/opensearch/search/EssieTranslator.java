package org.trialfinder.store.opensearch.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.trialfinder.search.fields.SiteWords;
import org.trialfinder.store.opensearch.index.IndexFieldNames;

/**
 * Turns the parsed Essie tree into OpenSearch's query DSL, node for node as the embedded engine's
 * {@code EssieQueryBuilder} turns it into Lucene queries (one exhaustive switch over the same sealed tree): words
 * per piece of the current area, the best piece counting ({@code dis_max}, weights from the areas table);
 * Relaxation's "every word within one value, in any order" as a sloppy phrase below the gap between values, an
 * exact phrase ranking higher; MeSH synonyms added at query time for the pieces that take them; ranges, sizes and
 * {@code MISSING} on the numeric, size and presence fields; {@code SEARCH[Location]} as one nested query over the
 * sites, so its conditions hold at one site. Text is analysed by the index's own analyzers (the queries name the
 * fields), except where a query type takes terms as given (prefix, wildcard), where it is folded here the same way.
 */
final class EssieTranslator {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Score share of the non-best pieces in a disjunction. */
    private static final double TIE_BREAKER = 0.1;
    /** Synonyms rank a little below the words as typed (Essie: "exact beats synonym"). */
    private static final double SYNONYM_WEIGHT = 0.85;
    /** How far apart, in words, Relaxation lets the words of a phrase stand within one value. */
    private static final int RELAXED_SLOP = 50;
    /** Alternatives (synonyms, narrower names) added for one phrase in one piece. */
    static final int MAX_ALTERNATIVES = 40;

    private final FieldCatalog catalog;
    private final SearchAreas areas;
    private final Synonyms synonyms;

    EssieTranslator(FieldCatalog catalog, SearchAreas areas, Synonyms synonyms) {
        this.catalog = catalog;
        this.areas = areas;
        this.synonyms = synonyms;
    }

    ObjectNode build(EssieNode node, TranslationContext ctx) {
        return switch (node) {
            case EssieNode.Words w -> words(w, ctx);
            case EssieNode.And a -> {
                ObjectNode bool = JSON.createObjectNode();
                ObjectNode b = bool.putObject("bool");
                for (EssieNode c : a.children()) {
                    if (c instanceof EssieNode.Not n) {
                        b.withArray("must_not").add(build(n.body(), ctx));
                        b.withArray("filter").add(matchAll());
                    } else {
                        b.withArray("must").add(build(c, ctx));
                    }
                }
                yield bool;
            }
            case EssieNode.Or o -> {
                ObjectNode bool = JSON.createObjectNode();
                ObjectNode b = bool.putObject("bool");
                ArrayNode should = b.putArray("should");
                o.children().forEach(c -> should.add(build(c, ctx)));
                b.put("minimum_should_match", 1);
                yield bool;
            }
            case EssieNode.Not n -> not(build(n.body(), ctx));
            case EssieNode.Area area -> area(area, ctx);
            case EssieNode.Search s -> search(s, ctx);
            case EssieNode.Range r -> range(r, ctx);
            case EssieNode.Missing m -> missing(ctx);
            case EssieNode.All all -> matchAll();
            case EssieNode.Expansion e -> build(e.body(), ctx.withExpansion(e.mode()));
            case EssieNode.Coverage c -> build(c.body(), ctx.withCoverage(c.mode()));
            case EssieNode.Tilt t -> tilt(t, ctx);
        };
    }

    static ObjectNode matchAll() {
        ObjectNode q = JSON.createObjectNode();
        q.putObject("match_all");
        return q;
    }

    static ObjectNode matchNone() {
        ObjectNode q = JSON.createObjectNode();
        q.putObject("match_none");
        return q;
    }

    static ObjectNode not(ObjectNode body) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        b.putArray("filter").add(matchAll());
        b.putArray("must_not").add(body);
        return q;
    }

    static ObjectNode term(String field, Object value) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode t = q.putObject("term");
        switch (value) {
            case String s -> t.put(field, s);
            case Double d -> t.put(field, d);
            case Long l -> t.put(field, l);
            default -> t.put(field, value.toString());
        }
        return q;
    }

    static ObjectNode boost(ObjectNode query, double weight) {
        if (weight == 1.0) {
            return query;
        }
        // a bool with one must clause carries a boost for any query type
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        b.putArray("must").add(query);
        b.put("boost", weight);
        return q;
    }

    private static ObjectNode disMax(List<ObjectNode> queries, double tieBreaker) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        ObjectNode q = JSON.createObjectNode();
        ObjectNode d = q.putObject("dis_max");
        d.put("tie_breaker", tieBreaker);
        ArrayNode qs = d.putArray("queries");
        queries.forEach(qs::add);
        return q;
    }

    // ------------------------------------------------------------------ words

    private ObjectNode words(EssieNode.Words w, TranslationContext ctx) {
        List<ObjectNode> perPiece = new ArrayList<>();
        for (SearchArea.WeightedPiece wp : ctx.pieces()) {
            Optional<FieldDef> def = catalog.byPiece(wp.piece());
            if (def.isEmpty()) {
                continue;
            }
            ObjectNode q = wordsInPiece(def.get(), w, ctx, wp.synonyms());
            if (q != null) {
                perPiece.add(boost(q, wp.weight()));
            }
        }
        if (perPiece.isEmpty()) {
            return matchNone();
        }
        return disMax(perPiece, TIE_BREAKER);
    }

    private ObjectNode wordsInPiece(FieldDef def, EssieNode.Words w, TranslationContext ctx, boolean withSynonyms) {
        String piece = def.piece();
        String text = w.text();
        return switch (def.type()) {
            case TEXT, MARKUP -> textQuery(piece, def.type() == FieldType.TEXT, text, w.quoted(), ctx, withSynonyms);
            case ENUM, BOOLEAN -> term(IndexFieldNames.exact(piece), IndexFieldNames.enumKey(text));
            case DATE -> dateEquals(piece, text);
            case INTEGER, NUMBER -> numberEquals(piece, text);
            case AGE -> ageEquals(piece, text);
            default -> null;
        };
    }

    private ObjectNode textQuery(
            String piece, boolean hasExact, String text, boolean quoted, TranslationContext ctx, boolean withSynonyms) {
        CoverageMode coverage = ctx.coverage();
        if (coverage != CoverageMode.CONTAINS) {
            if (!hasExact) {
                throw new SearchException("COVERAGE[" + coverage.text() + "] applies to short text fields; " + piece
                        + " is long text (use words or phrases there)");
            }
            String field = IndexFieldNames.exact(piece);
            String value = foldWhole(text);
            ObjectNode q = JSON.createObjectNode();
            switch (coverage) {
                // analysed by the field's own analyzer: exactly the folded term the value was indexed as
                case FULL_MATCH -> q.putObject("match").put(field, text);
                case STARTS_WITH -> q.putObject("prefix").put(field, value);
                case ENDS_WITH -> q.putObject("wildcard").put(field, "*" + escapeWildcard(value));
                case CONTAINS -> throw new IllegalStateException();
            }
            return q;
        }
        ExpansionMode mode = ctx.expansion();
        if (mode == ExpansionMode.NONE) {
            return phrase(IndexFieldNames.words(piece), text, 0);
        }
        String field = IndexFieldNames.stemmed(piece);
        ObjectNode main = switch (mode) {
            case TERM, CONCEPT -> phrase(field, text, 0);
            case RELAXATION -> quoted ? phrase(field, text, 0) : allWords(field, text);
            case LOSSY -> someWords(field, text);
            case NONE -> throw new IllegalStateException();
        };
        boolean meshNames = hasExact && (piece.endsWith("MeshTerm") || piece.endsWith("AncestorTerm"));
        if (mode == ExpansionMode.TERM || !(withSynonyms || meshNames)) {
            return main;
        }
        Synonyms.Alternatives alt = synonyms.of(text);
        if (meshNames && !withSynonyms) {
            return meshNameAlternatives(piece, main, alt.sameConcept());
        }
        List<String> alternatives = new ArrayList<>(alt.sameConcept());
        alternatives.addAll(alt.narrower());
        if (alternatives.size() > MAX_ALTERNATIVES) {
            alternatives = alternatives.subList(0, MAX_ALTERNATIVES);
        }
        if (alternatives.isEmpty()) {
            return main;
        }
        ObjectNode any = JSON.createObjectNode();
        ObjectNode b = any.putObject("bool");
        ArrayNode should = b.putArray("should");
        should.add(main);
        for (String other : alternatives) {
            if (!other.equalsIgnoreCase(text)) {
                ObjectNode q =
                        mode == ExpansionMode.CONCEPT || quoted ? phrase(field, other, 0) : allWords(field, other);
                should.add(boost(q, SYNONYM_WEIGHT));
            }
        }
        b.put("minimum_should_match", 1);
        return any;
    }

    /** The query's concept names as whole values of a MeSH-name piece (each analysed to one folded term). */
    private static ObjectNode meshNameAlternatives(String piece, ObjectNode main, List<String> names) {
        ObjectNode any = JSON.createObjectNode();
        ObjectNode b = any.putObject("bool");
        ArrayNode should = b.putArray("should");
        should.add(main);
        int added = 0;
        for (String name : names) {
            if (!name.isBlank() && added++ < MAX_ALTERNATIVES) {
                ObjectNode m = JSON.createObjectNode();
                m.putObject("match")
                        .putObject(IndexFieldNames.exact(piece))
                        .put("query", name)
                        .put("boost", SYNONYM_WEIGHT);
                should.add(m);
            }
        }
        if (added == 0) {
            return main;
        }
        b.put("minimum_should_match", 1);
        return any;
    }

    /** The words as a phrase (analysed by the field's analyzer; no words: nothing matches). */
    private static ObjectNode phrase(String field, String text, int slop) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode p = q.putObject("match_phrase").putObject(field);
        p.put("query", text);
        if (slop > 0) {
            p.put("slop", slop);
        }
        return q;
    }

    /**
     * Every word in one value of the field, in any order and near each other (a sloppy phrase below the gap
     * between two values), an exact phrase ranking higher.
     */
    private static ObjectNode allWords(String field, String text) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        b.putArray("must").add(phrase(field, text, RELAXED_SLOP));
        b.putArray("should").add(boost(phrase(field, text, 0), 0.5));
        return q;
    }

    /** Lossy: at least half the words (rounded up), an exact phrase ranking higher. */
    private static ObjectNode someWords(String field, String text) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        ObjectNode match = JSON.createObjectNode();
        match.putObject("match")
                .putObject(field)
                .put("query", text)
                .put("operator", "or")
                // n minus half of n rounded down: half of the words rounded up, at least one
                .put("minimum_should_match", "-50%");
        b.putArray("must").add(match);
        b.putArray("should").add(boost(phrase(field, text, 0), 0.5));
        return q;
    }

    /** A whole value folded as the exact analyzer folds it (for the query types that take terms as given). */
    static String foldWhole(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static ObjectNode range(String field, Object lo, Object hi) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode r = q.putObject("range").putObject(field);
        if (lo != null) {
            putNumber(r, "gte", lo);
        }
        if (hi != null) {
            putNumber(r, "lte", hi);
        }
        return q;
    }

    private static void putNumber(ObjectNode o, String key, Object n) {
        if (n instanceof Long l) {
            o.put(key, l);
        } else {
            o.put(key, (Double) n);
        }
    }

    private static ObjectNode dateEquals(String piece, String text) {
        var date = PartialDate.tryParse(text)
                .orElseThrow(() -> new SearchException("AREA[" + piece
                        + "] expects a date such as 2022, 2022-06 or 2022-06-15, got \"" + text + "\""));
        return range(
                IndexFieldNames.point(piece),
                date.startOf().toEpochDay(),
                date.endOf().toEpochDay());
    }

    private static ObjectNode numberEquals(String piece, String text) {
        try {
            return term(IndexFieldNames.point(piece), new BigDecimal(text.trim()).doubleValue());
        } catch (NumberFormatException e) {
            throw new SearchException("AREA[" + piece + "] expects a number, got \"" + text + "\"");
        }
    }

    private ObjectNode ageEquals(String piece, String text) {
        EssieNode parsed;
        try {
            parsed = EssieParser.parse("RANGE[" + text + "," + text + "]");
        } catch (EssieSyntaxException e) {
            throw new SearchException(
                    "AREA[" + piece + "] expects an age such as 16 years or 6 months, got \"" + text + "\"");
        }
        return range(
                (EssieNode.Range) parsed,
                new TranslationContext(
                        List.of(new SearchArea.WeightedPiece(piece, 1, false)),
                        ExpansionMode.RELAXATION,
                        CoverageMode.CONTAINS));
    }

    // ------------------------------------------------------------------ AREA, RANGE, MISSING

    private ObjectNode area(EssieNode.Area area, TranslationContext ctx) {
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

    private static ObjectNode sizeQuery(String piece, EssieNode body) {
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
        ObjectNode sized = range(IndexFieldNames.size(piece), Math.max(1, lo), Math.min(Integer.MAX_VALUE, hi));
        if (lo > 0) {
            return sized;
        }
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        b.putArray("should").add(sized).add(not(term(IndexFieldNames.PRESENT, piece)));
        b.put("minimum_should_match", 1);
        return q;
    }

    private ObjectNode range(EssieNode.Range r, TranslationContext ctx) {
        List<ObjectNode> perPiece = new ArrayList<>();
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
        ObjectNode q = JSON.createObjectNode();
        q.putObject("constant_score").set("filter", disMax(perPiece, 0));
        return q;
    }

    private static ObjectNode rangeOn(FieldDef def, EssieNode.Range r) {
        String field = IndexFieldNames.point(def.piece());
        return switch (def.type()) {
            case DATE ->
                range(
                        field,
                        r.lo().isOpen()
                                ? null
                                : dateBound(def, r.lo()).startOf().toEpochDay(),
                        r.hi().isOpen() ? null : dateBound(def, r.hi()).endOf().toEpochDay());
            case INTEGER, NUMBER ->
                range(
                        field,
                        r.lo().isOpen() ? null : numberBound(def, r.lo()),
                        r.hi().isOpen() ? null : numberBound(def, r.hi()));
            // a small tolerance: "18 Years" indexed as 6574.5 days equals RANGE[18 years, …]
            case AGE ->
                range(
                        field,
                        r.lo().isOpen() ? null : ageBoundDays(def, r.lo()) - 1e-6,
                        r.hi().isOpen() ? null : ageBoundDays(def, r.hi()) + 1e-6);
            default -> throw new SearchException("RANGE does not apply to " + def.piece());
        };
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
        // a bare number on an age field is read as years, the unit ages are nearly always given in
        return b.asNumber()
                .map(n -> n.doubleValue() * 365.25)
                .orElseThrow(() -> new SearchException("RANGE on " + def.piece()
                        + " needs ages such as 16 years or 6 months (or MIN/MAX), got " + b.text()));
    }

    private static ObjectNode missing(TranslationContext ctx) {
        ObjectNode q = JSON.createObjectNode();
        ObjectNode b = q.putObject("bool");
        b.putArray("filter").add(matchAll());
        ArrayNode not = b.putArray("must_not");
        for (SearchArea.WeightedPiece wp : ctx.pieces()) {
            not.add(term(IndexFieldNames.PRESENT, wp.piece()));
        }
        return q;
    }

    // ------------------------------------------------------------------ TILT

    /** Recent studies rank higher: a factor from 0.5 (20 or more years old, or no date) to 1.0 (today or later). */
    private ObjectNode tilt(EssieNode.Tilt t, TranslationContext ctx) {
        Optional<FieldDef> def = catalog.byPiece(t.field());
        if (def.isEmpty() || def.get().type() != FieldType.DATE) {
            throw new SearchException("TILT[" + t.field() + "] needs a date field, e.g. TILT[StartDate]");
        }
        ObjectNode q = JSON.createObjectNode();
        ObjectNode fs = q.putObject("function_score");
        fs.set("query", build(t.body(), ctx));
        ObjectNode script = fs.putObject("script_score").putObject("script");
        script.put(
                "source",
                "def v = doc[params.f]; if (v.size() == 0) { return 0.5; }"
                        + " double age = Math.max(0, params.today - v.get(v.size() - 1));"
                        + " return 0.5 + 0.5 * Math.max(0, 1 - age / params.span);");
        script.putObject("params")
                .put("f", IndexFieldNames.point(def.get().piece()))
                .put("today", LocalDate.now().toEpochDay())
                .put("span", 20 * 365.25);
        fs.put("boost_mode", "multiply");
        return q;
    }

    // ------------------------------------------------------------------ SEARCH[Location]

    private ObjectNode search(EssieNode.Search s, TranslationContext ctx) {
        if (s.context().equalsIgnoreCase("Study")) {
            return build(s.body(), ctx);
        }
        if (!s.context().equalsIgnoreCase("Location")) {
            throw new SearchException("SEARCH[" + s.context() + "]: the contexts are Study and Location");
        }
        ObjectNode q = JSON.createObjectNode();
        ObjectNode nested = q.putObject("nested");
        nested.put("path", IndexFieldNames.SITES);
        nested.set("query", site(s.body(), null));
        nested.put("score_mode", "max");
        return q;
    }

    /** A condition on one site: every part of it holds at the same nested site object. */
    private ObjectNode site(EssieNode node, String piece) {
        return switch (node) {
            case EssieNode.Area a -> {
                String p = IndexFieldNames.SITE_PIECES.stream()
                        .filter(x -> x.equalsIgnoreCase(a.piece()))
                        .findFirst()
                        .orElseThrow(() -> new SearchException("inside SEARCH[Location] the fields are "
                                + String.join(", ", IndexFieldNames.SITE_PIECES) + "; " + a.piece() + " is not one"));
                yield site(a.body(), p);
            }
            case EssieNode.Words w -> {
                String words = SiteWords.joined(w.text());
                if (words.isEmpty()) {
                    throw new SearchException("SEARCH[Location]: \"" + w.text() + "\" has no words");
                }
                if (piece != null) {
                    yield phrase(IndexFieldNames.site(piece), words, 0);
                }
                List<ObjectNode> any = IndexFieldNames.SITE_PIECES.stream()
                        .map(p -> phrase(IndexFieldNames.site(p), words, 0))
                        .toList();
                yield disMax(any, 0);
            }
            case EssieNode.Or o -> {
                ObjectNode q = JSON.createObjectNode();
                ObjectNode b = q.putObject("bool");
                ArrayNode should = b.putArray("should");
                o.children().forEach(c -> should.add(site(c, piece)));
                b.put("minimum_should_match", 1);
                yield q;
            }
            case EssieNode.And a -> {
                ObjectNode q = JSON.createObjectNode();
                ObjectNode b = q.putObject("bool");
                int included = 0;
                for (EssieNode c : a.children()) {
                    if (c instanceof EssieNode.Not n) {
                        b.withArray("must_not").add(site(n.body(), piece));
                    } else {
                        b.withArray("must").add(site(c, piece));
                        included++;
                    }
                }
                if (included == 0) {
                    throw new SearchException("inside SEARCH[Location] a NOT needs something to exclude from");
                }
                yield q;
            }
            case EssieNode.Expansion e -> site(e.body(), piece);
            default ->
                throw new SearchException("inside SEARCH[Location] use AREA[LocationCity|LocationState|LocationCountry|"
                        + "LocationFacility|LocationZip|LocationStatus] terms joined by AND, OR and AND NOT");
        };
    }

    private static String escapeWildcard(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
