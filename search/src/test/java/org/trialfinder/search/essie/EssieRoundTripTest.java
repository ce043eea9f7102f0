package org.trialfinder.search.essie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialfinder.model.PartialDate;
import org.trialfinder.model.text.TextSpan;

/** {@code parse(write(parse(x))) == parse(x)}, on real expressions and on generated trees. */
class EssieRoundTripTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lung cancer",
                "\"back pain\"",
                "a OR b AND c",
                "NOT a AND b",
                "a AND NOT b OR c",
                "(head OR neck) AND pain",
                "(head OR neck) pain",
                "heart attack OR stroke OR dizziness AND shortness of breath",
                "AREA[Condition]\"heart attack\"",
                "AREA[Phase](PHASE2 OR PHASE3)",
                "AREA[LastUpdatePostDate]RANGE[2023-01-15,MAX]",
                "AREA[OverallStatus]MISSING",
                "AREA[Phase:size] 2",
                "AREA[Phase:size]RANGE[2,MAX]",
                "SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationState]Maine)",
                "AREA[MinimumAge]RANGE[MIN, 16 years] AND AREA[MaximumAge]RANGE[16 years, MAX]",
                "AREA[Phase]PHASE2 AREA[StudyType]INTERVENTIONAL",
                "EXPANSION[None]aspirin OR COVERAGE[FullMatch]\"pain\" OR TILT[StudyFirstPostDate](prostate cancer)",
                "\\AND \\MISSING \\ALL a\\(b\\) \"say \\\"hi\\\"\" C:\\temp",
                "RANGE[01/01/2015, 12/31/2020] OR RANGE[2.50, 1 Year] OR RANGE[2022, 2022-06]",
                "ALL AND NOT cancer",
                "NOT NOT (a OR NOT (b AND c))",
                "x AREA[A]AREA[B]EXPANSION[lossy]COVERAGE[startswith]y z",
                "(\"type 2 diabetes\" OR T2DM) AND NOT insulin AND SEARCH[Location](AREA[LocationCountry]\"United States\")",
            })
    void realExpressionsRoundTrip(String text) {
        EssieNode first = EssieParser.parse(text);
        String canonical = EssieWriter.write(first);
        EssieNode second = EssieParser.parse(canonical);
        assertThat(second).as(canonical).isEqualTo(first);
        assertThat(EssieWriter.write(second)).isEqualTo(canonical);
    }

    @Test
    void canonicalForms() {
        assertThat(write("a OR b AND c")).isEqualTo("a OR b AND c");
        assertThat(write("(a OR b) AND c")).isEqualTo("(a OR b) AND c");
        assertThat(write("NOT (a AND b)")).isEqualTo("NOT (a AND b)");
        assertThat(write("AREA[Condition]  \"heart attack\"")).isEqualTo("AREA[Condition]\"heart attack\"");
        assertThat(write("SEARCH[Location]AREA[LocationCity]x")).isEqualTo("SEARCH[Location](AREA[LocationCity]x)");
        assertThat(write("AREA[Age]RANGE[ min ,16 Years ]")).isEqualTo("AREA[Age]RANGE[MIN, 16 years]");
        assertThat(write("RANGE[1 yrs, 01/02/2020]")).isEqualTo("RANGE[1 year, 2020-01-02]");
        assertThat(write("RANGE[2.50, 100]")).isEqualTo("RANGE[2.5, 100]");
        assertThat(write("EXPANSION[none]COVERAGE[fullmatch]x")).isEqualTo("EXPANSION[None]COVERAGE[FullMatch]x");
        assertThat(write("a b (c)")).isEqualTo("a b AND c");
        assertThat(write("\\AND")).isEqualTo("\\AND");
        assertThat(write("\\AREA[x]y")).isEqualTo("\\AREA[x]y");
    }

    private static String write(String text) {
        return EssieWriter.write(EssieParser.parse(text));
    }

    // ---- generated trees ----

    private static final String[] WORDS = {
        "cancer",
        "lung",
        "COVID-19",
        "IL-6",
        "HbA1c",
        "5.0",
        "T2DM",
        "NCT01234567",
        "and",
        "or",
        "not",
        "AND",
        "OR",
        "NOT",
        "MISSING",
        "ALL",
        "MIN",
        "MAX",
        "AREA[x]",
        "RANGE[1,2]",
        "SEARCH[Location]y",
        "a(b)",
        "say\"hi",
        "back\\slash",
        "\\AND",
        "\\",
        "(",
        ")",
        "\"",
        "x]",
        "[y",
        "AREA",
        "EXPANSION[None]",
        "héllo",
        "50%",
        "O'Brien",
    };
    private static final String[] PIECES = {"Condition", "Phase", "LocationCity", "protocolSection.x", "Min_Age", "a-b"
    };

    @Test
    void generatedTreesRoundTrip() {
        Random random = new Random(20240617L);
        for (int i = 0; i < 5_000; i++) {
            EssieNode node = node(random, 4);
            String text = EssieWriter.write(node);
            EssieNode parsed = EssieParser.parse(text);
            assertThat(parsed).as(text).isEqualTo(node);
            assertThat(EssieWriter.write(parsed)).isEqualTo(text);
            // and the spans of the parsed tree lie inside the text
            assertThat(parsed.span().start()).isGreaterThanOrEqualTo(0);
            assertThat(parsed.span().end()).isLessThanOrEqualTo(text.length());
        }
    }

    private static EssieNode node(Random r, int depth) {
        int kind = depth <= 0 ? r.nextInt(4) : r.nextInt(13);
        return switch (kind) {
            case 0, 1 -> words(r);
            case 2 -> r.nextBoolean() ? EssieNode.missing() : EssieNode.all();
            case 3 -> EssieNode.range(bound(r), bound(r));
            case 4 -> new EssieNode.And(children(r, depth), TextSpan.NONE);
            case 5 -> new EssieNode.Or(children(r, depth), TextSpan.NONE);
            case 6 -> EssieNode.not(node(r, depth - 1));
            case 7 -> new EssieNode.Area(pick(r, PIECES), r.nextBoolean(), node(r, depth - 1), TextSpan.NONE);
            case 8 -> EssieNode.search(r.nextBoolean() ? "Location" : "Study", node(r, depth - 1));
            case 9 ->
                EssieNode.expansion(
                        ExpansionMode.values()[r.nextInt(ExpansionMode.values().length)], node(r, depth - 1));
            case 10 ->
                EssieNode.coverage(CoverageMode.values()[r.nextInt(CoverageMode.values().length)], node(r, depth - 1));
            case 11 -> EssieNode.tilt("StudyFirstPostDate", node(r, depth - 1));
            default -> new EssieNode.And(List.of(words(r), node(r, depth - 1)), TextSpan.NONE);
        };
    }

    private static List<EssieNode> children(Random r, int depth) {
        List<EssieNode> out = new ArrayList<>();
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) out.add(node(r, depth - 1));
        return out;
    }

    private static EssieNode words(Random r) {
        int n = 1 + r.nextInt(3);
        String[] ws = new String[n];
        for (int i = 0; i < n; i++) ws[i] = pick(r, WORDS);
        return r.nextBoolean() ? EssieNode.words(ws) : EssieNode.phrase(ws);
    }

    private static RangeBound bound(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> new RangeBound.Open();
            case 1 -> new RangeBound.NumberBound(BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(3)));
            case 2 -> new RangeBound.DateBound(PartialDate.ofMonth(1990 + r.nextInt(40), 1 + r.nextInt(12)));
            case 3 ->
                new RangeBound.DateBound(PartialDate.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            case 4 -> new RangeBound.NumberBound(BigDecimal.valueOf(-r.nextInt(50)));
            default ->
                new RangeBound.AgeBound(
                        BigDecimal.valueOf(r.nextInt(2_000), r.nextInt(2)),
                        AgeUnit.values()[r.nextInt(AgeUnit.values().length)]);
        };
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
