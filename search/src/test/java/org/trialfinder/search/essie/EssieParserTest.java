package org.trialfinder.search.essie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialfinder.search.essie.EssieNode.all;
import static org.trialfinder.search.essie.EssieNode.and;
import static org.trialfinder.search.essie.EssieNode.area;
import static org.trialfinder.search.essie.EssieNode.areaSize;
import static org.trialfinder.search.essie.EssieNode.coverage;
import static org.trialfinder.search.essie.EssieNode.expansion;
import static org.trialfinder.search.essie.EssieNode.missing;
import static org.trialfinder.search.essie.EssieNode.not;
import static org.trialfinder.search.essie.EssieNode.or;
import static org.trialfinder.search.essie.EssieNode.phrase;
import static org.trialfinder.search.essie.EssieNode.range;
import static org.trialfinder.search.essie.EssieNode.search;
import static org.trialfinder.search.essie.EssieNode.tilt;
import static org.trialfinder.search.essie.EssieNode.words;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialfinder.model.PartialDate;
import org.trialfinder.model.text.TextSpan;
import org.trialfinder.search.essie.RangeBound.AgeBound;
import org.trialfinder.search.essie.RangeBound.DateBound;
import org.trialfinder.search.essie.RangeBound.NumberBound;
import org.trialfinder.search.essie.RangeBound.Open;

class EssieParserTest {

    private static EssieNode parse(String s) {
        return EssieParser.parse(s);
    }

    private static RangeBound open() {
        return new Open();
    }

    private static RangeBound num(String n) {
        return new NumberBound(new BigDecimal(n));
    }

    private static RangeBound age(String n, AgeUnit u) {
        return new AgeBound(new BigDecimal(n), u);
    }

    private static RangeBound date(int y, int m, int d) {
        return new DateBound(PartialDate.of(y, m, d));
    }

    @Nested
    class Terms {
        @Test
        void adjacentBareWordsFormOneGroup() {
            assertThat(parse("lung cancer")).isEqualTo(words("lung", "cancer"));
            assertThat(parse("  lung \t  cancer\n")).isEqualTo(words("lung", "cancer"));
        }

        @Test
        void quotedPhrase() {
            EssieNode n = parse("\"back pain\"");
            assertThat(n).isEqualTo(phrase("back", "pain"));
            assertThat(n).isNotEqualTo(words("back", "pain"));
            assertThat(((EssieNode.Words) n).quoted()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "COVID-19",
                    "IL-6",
                    "HbA1c",
                    "5.0",
                    "T2DM",
                    "NCT01234567",
                    "2022-06-15",
                    "O'Brien",
                    "a[1]",
                    "MIN",
                    "MAX",
                    "C:\\temp",
                    "50%",
                    "n=100",
                    "ß-thalassemia",
                    "AREA"
                })
        void wordsWithPunctuationAreKeptExactly(String word) {
            assertThat(parse(word)).isEqualTo(words(word));
        }

        @Test
        void keepsCaseOfWords() {
            assertThat(parse("Heart ATTACK")).isEqualTo(words("Heart", "ATTACK"));
        }

        @Test
        void lowercaseOperatorWordsAreOrdinaryWords() {
            assertThat(parse("salt and pepper or not")).isEqualTo(words("salt", "and", "pepper", "or", "not"));
            assertThat(parse("Not Or And")).isEqualTo(words("Not", "Or", "And"));
            assertThat(parse("area[Condition]x")).isEqualTo(words("area[Condition]x"));
            assertThat(parse("ANDROID ORANGE NOTCH ALLERGY MISSINGNESS"))
                    .isEqualTo(words("ANDROID", "ORANGE", "NOTCH", "ALLERGY", "MISSINGNESS"));
        }

        @Test
        void backslashEscapesOperatorWords() {
            assertThat(parse("\\AND")).isEqualTo(words("AND"));
            assertThat(parse("\\MISSING")).isEqualTo(words("MISSING"));
            assertThat(parse("rock \\AND roll")).isEqualTo(words("rock", "AND", "roll"));
            assertThat(parse("\\ALL leukemia")).isEqualTo(words("ALL", "leukemia"));
            assertThat(parse("\\NOT \\OR")).isEqualTo(words("NOT", "OR"));
            assertThat(parse("\\AREA[Condition]x")).isEqualTo(words("AREA[Condition]x"));
        }

        @Test
        void backslashEscapesSpecialCharacters() {
            assertThat(parse("a\\(b\\)")).isEqualTo(words("a(b)"));
            assertThat(parse("say\\\"hi")).isEqualTo(words("say\"hi"));
            assertThat(parse("back\\\\slash")).isEqualTo(words("back\\slash"));
            assertThat(parse("\\\\AND")).isEqualTo(words("\\AND"));
            assertThat(parse("trailing\\")).isEqualTo(words("trailing\\"));
        }

        @Test
        void quotedPhraseIsLiteralAndHonoursEscapedQuotes() {
            assertThat(parse("\"rock AND roll\"")).isEqualTo(phrase("rock", "AND", "roll"));
            assertThat(parse("\"AREA[Condition] (x)\"")).isEqualTo(phrase("AREA[Condition]", "(x)"));
            assertThat(parse("\"say \\\"sleep deprivation\\\" now\""))
                    .isEqualTo(phrase("say", "\"sleep", "deprivation\"", "now"));
            assertThat(parse("\"a\\\\b\"")).isEqualTo(phrase("a\\b"));
            assertThat(parse("\"  spaced   out  \"")).isEqualTo(phrase("spaced", "out"));
        }

        @Test
        void spansPointIntoTheText() {
            String text = "heart attack OR \"back pain\"";
            EssieNode.Or or = (EssieNode.Or) parse(text);
            assertThat(or.span()).isEqualTo(new TextSpan(0, text.length()));
            assertThat(or.children().get(0).span()).isEqualTo(new TextSpan(0, 12));
            assertThat(or.children().get(1).span()).isEqualTo(new TextSpan(16, 27));
            assertThat(text.substring(16, 27)).isEqualTo("\"back pain\"");
        }

        @Test
        void spansOfOperators() {
            String text = "x AND AREA[Phase](PHASE2 OR PHASE3)";
            EssieNode.And and = (EssieNode.And) parse(text);
            EssieNode.Area area = (EssieNode.Area) and.children().get(1);
            assertThat(text.substring(area.span().start(), area.span().end()))
                    .isEqualTo("AREA[Phase](PHASE2 OR PHASE3");
            assertThat(area.body().span()).isEqualTo(new TextSpan(18, 34));
            EssieNode.Range r = (EssieNode.Range) ((EssieNode.Area) parse("AREA[Age]RANGE[1,2]")).body();
            assertThat(r.span()).isEqualTo(new TextSpan(9, 19));
        }
    }

    @Nested
    class Precedence {
        @Test
        void andBindsTighterThanOr() {
            assertThat(parse("a OR b AND c")).isEqualTo(or(words("a"), and(words("b"), words("c"))));
            assertThat(parse("a AND b OR c")).isEqualTo(or(and(words("a"), words("b")), words("c")));
        }

        @Test
        void notBindsTighterThanAnd() {
            assertThat(parse("NOT a AND b")).isEqualTo(and(not(words("a")), words("b")));
            assertThat(parse("a AND NOT b OR c")).isEqualTo(or(and(words("a"), not(words("b"))), words("c")));
            assertThat(parse("NOT a OR NOT b")).isEqualTo(or(not(words("a")), not(words("b"))));
            assertThat(parse("NOT NOT a")).isEqualTo(not(not(words("a"))));
        }

        @Test
        void sameOperatorsAreFlat() {
            assertThat(parse("a OR b OR c")).isEqualTo(or(words("a"), words("b"), words("c")));
            assertThat(parse("a AND b AND c")).isEqualTo(and(words("a"), words("b"), words("c")));
            assertThat(parse("(a AND b) AND (c AND d)")).isEqualTo(and(words("a"), words("b"), words("c"), words("d")));
            assertThat(parse("a OR (b OR c)")).isEqualTo(or(words("a"), words("b"), words("c")));
        }

        @Test
        void parenthesesGroup() {
            assertThat(parse("(head OR neck) AND pain"))
                    .isEqualTo(and(or(words("head"), words("neck")), words("pain")));
            assertThat(parse("((a))")).isEqualTo(words("a"));
            assertThat(parse("NOT (a OR b)")).isEqualTo(not(or(words("a"), words("b"))));
        }

        @Test
        void wordGroupsInsideBooleans() {
            assertThat(parse("heart attack OR stroke OR dizziness AND shortness of breath"))
                    .isEqualTo(or(
                            words("heart", "attack"),
                            words("stroke"),
                            and(words("dizziness"), words("shortness", "of", "breath"))));
        }

        @Test
        void implicitAndBetweenGroupsThatAreNotBareWords() {
            assertThat(parse("AREA[Phase]PHASE2 AREA[StudyType]INTERVENTIONAL"))
                    .isEqualTo(and(area("Phase", words("PHASE2")), area("StudyType", words("INTERVENTIONAL"))));
            assertThat(parse("pain (head OR neck)")).isEqualTo(and(words("pain"), or(words("head"), words("neck"))));
            assertThat(parse("(head OR neck) pain")).isEqualTo(and(or(words("head"), words("neck")), words("pain")));
            assertThat(parse("heart \"back pain\"")).isEqualTo(and(words("heart"), phrase("back", "pain")));
            assertThat(parse("\"a b\"\"c d\"")).isEqualTo(and(phrase("a", "b"), phrase("c", "d")));
            assertThat(parse("bethesda NOT maryland")).isEqualTo(and(words("bethesda"), not(words("maryland"))));
        }

        @Test
        void implicitAndHasAndPrecedence() {
            assertThat(parse("a OR AREA[X]b AREA[Y]c"))
                    .isEqualTo(or(words("a"), and(area("X", words("b")), area("Y", words("c")))));
            assertThat(parse("AREA[X]b AREA[Y]c OR d"))
                    .isEqualTo(or(and(area("X", words("b")), area("Y", words("c"))), words("d")));
        }

        @Test
        void explicitAndImplicitAndMix() {
            assertThat(parse("AREA[X]b AND AREA[Y]c AREA[Z]d"))
                    .isEqualTo(and(area("X", words("b")), area("Y", words("c")), area("Z", words("d"))));
        }
    }

    @Nested
    class Operators {
        @Test
        void areaAppliesToTheTermThatFollows() {
            assertThat(parse("AREA[Condition]\"heart attack\""))
                    .isEqualTo(area("Condition", phrase("heart", "attack")));
            assertThat(parse("AREA[InterventionName]aspirin")).isEqualTo(area("InterventionName", words("aspirin")));
            assertThat(parse("AREA[Condition] heart attack")).isEqualTo(area("Condition", words("heart", "attack")));
            assertThat(parse("AREA[Phase](PHASE2 OR PHASE3)"))
                    .isEqualTo(area("Phase", or(words("PHASE2"), words("PHASE3"))));
        }

        @Test
        void areaBindsTighterThanAnd() {
            assertThat(parse("AREA[Condition]asthma AND children"))
                    .isEqualTo(and(area("Condition", words("asthma")), words("children")));
            assertThat(parse("NOT AREA[OverallStatus]COMPLETED"))
                    .isEqualTo(not(area("OverallStatus", words("COMPLETED"))));
        }

        @Test
        void areaNamesAreKeptAsWritten() {
            assertThat(parse("AREA[condition]x")).isEqualTo(area("condition", words("x")));
            assertThat(parse("AREA[ Condition ]x")).isEqualTo(area("Condition", words("x")));
            assertThat(parse("AREA[protocolSection.conditionsModule.conditions]x"))
                    .isEqualTo(area("protocolSection.conditionsModule.conditions", words("x")));
        }

        @Test
        void areaOverRange() {
            assertThat(parse("AREA[LastUpdatePostDate]RANGE[2023-01-15,MAX]"))
                    .isEqualTo(area("LastUpdatePostDate", range(date(2023, 1, 15), open())));
        }

        @Test
        void areaOverMissing() {
            assertThat(parse("AREA[OverallStatus]MISSING")).isEqualTo(area("OverallStatus", missing()));
            assertThat(parse("AREA[ResultsFirstPostDate] MISSING")).isEqualTo(area("ResultsFirstPostDate", missing()));
        }

        @Test
        void sizeForm() {
            assertThat(parse("AREA[Phase:size] 2")).isEqualTo(areaSize("Phase", words("2")));
            assertThat(parse("AREA[Phase:size]RANGE[2,MAX]")).isEqualTo(areaSize("Phase", range(num("2"), open())));
            assertThat(parse("AREA[Phase:SIZE]2")).isEqualTo(areaSize("Phase", words("2")));
            assertThat(parse("AREA[Phase]2")).isNotEqualTo(areaSize("Phase", words("2")));
        }

        @Test
        void searchContext() {
            assertThat(parse("SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationState]Maine)"))
                    .isEqualTo(search(
                            "Location",
                            and(area("LocationCity", words("Portland")), area("LocationState", words("Maine")))));
            assertThat(parse("SEARCH[Study](cancer)")).isEqualTo(search("Study", words("cancer")));
        }

        @Test
        void searchIsAPrefixOperator() {
            assertThat(
                            parse(
                                    "heart attack AND SEARCH[Location](AREA[LocationCity]Portland AND AREA[LocationState]Maine)"))
                    .isEqualTo(and(
                            words("heart", "attack"),
                            search(
                                    "Location",
                                    and(
                                            area("LocationCity", words("Portland")),
                                            area("LocationState", words("Maine"))))));
            assertThat(parse("SEARCH[Location]AREA[LocationCity]Portland OR x"))
                    .isEqualTo(or(search("Location", area("LocationCity", words("Portland"))), words("x")));
        }

        @Test
        void ranges() {
            assertThat(parse("AREA[MinimumAge]RANGE[MIN, 16 years] AND AREA[MaximumAge]RANGE[16 years, MAX]"))
                    .isEqualTo(and(
                            area("MinimumAge", range(open(), age("16", AgeUnit.YEARS))),
                            area("MaximumAge", range(age("16", AgeUnit.YEARS), open()))));
            assertThat(parse("AREA[EnrollmentCount]RANGE[ 50 ,2.5 ]"))
                    .isEqualTo(area("EnrollmentCount", range(num("50"), num("2.5"))));
            assertThat(parse("RANGE[2022, 2022-06]")).isEqualTo(range(num("2022"), date(2022, 6, 0)));
            assertThat(parse("RANGE[01/01/2015, 12/31/2020]")).isEqualTo(range(date(2015, 1, 1), date(2020, 12, 31)));
            assertThat(parse("RANGE[min,max]")).isEqualTo(range(open(), open()));
        }

        @Test
        void ageUnits() {
            assertThat(parse("RANGE[6 months, 4 weeks]"))
                    .isEqualTo(range(age("6", AgeUnit.MONTHS), age("4", AgeUnit.WEEKS)));
            assertThat(parse("RANGE[10 days, 12 hours]"))
                    .isEqualTo(range(age("10", AgeUnit.DAYS), age("12", AgeUnit.HOURS)));
            assertThat(parse("RANGE[1 Year, 18 Years]"))
                    .isEqualTo(range(age("1", AgeUnit.YEARS), age("18", AgeUnit.YEARS)));
            assertThat(parse("RANGE[18yrs, 65 yr]"))
                    .isEqualTo(range(age("18", AgeUnit.YEARS), age("65", AgeUnit.YEARS)));
            assertThat(parse("RANGE[30 minutes, 2.5 years]"))
                    .isEqualTo(range(age("30", AgeUnit.MINUTES), age("2.5", AgeUnit.YEARS)));
        }

        @Test
        void missingAndAll() {
            assertThat(parse("ALL")).isEqualTo(all());
            assertThat(parse("MISSING")).isEqualTo(missing());
            assertThat(parse("ALL AND NOT cancer")).isEqualTo(and(all(), not(words("cancer"))));
            assertThat(parse("AREA[Phase](MISSING OR PHASE1)"))
                    .isEqualTo(area("Phase", or(missing(), words("PHASE1"))));
        }

        @Test
        void modifiers() {
            assertThat(parse("EXPANSION[None]aspirin")).isEqualTo(expansion(ExpansionMode.NONE, words("aspirin")));
            assertThat(parse("EXPANSION[Relaxation]\"heart disease\""))
                    .isEqualTo(expansion(ExpansionMode.RELAXATION, phrase("heart", "disease")));
            assertThat(parse("EXPANSION[term]x")).isEqualTo(expansion(ExpansionMode.TERM, words("x")));
            assertThat(parse("EXPANSION[Concept] x")).isEqualTo(expansion(ExpansionMode.CONCEPT, words("x")));
            assertThat(parse("EXPANSION[Lossy]x")).isEqualTo(expansion(ExpansionMode.LOSSY, words("x")));
            assertThat(parse("COVERAGE[FullMatch]pain")).isEqualTo(coverage(CoverageMode.FULL_MATCH, words("pain")));
            assertThat(parse("COVERAGE[StartsWith]x")).isEqualTo(coverage(CoverageMode.STARTS_WITH, words("x")));
            assertThat(parse("COVERAGE[EndsWith]x")).isEqualTo(coverage(CoverageMode.ENDS_WITH, words("x")));
            assertThat(parse("COVERAGE[Contains]x")).isEqualTo(coverage(CoverageMode.CONTAINS, words("x")));
            assertThat(parse("TILT[StudyFirstPostDate]prostate cancer"))
                    .isEqualTo(tilt("StudyFirstPostDate", words("prostate", "cancer")));
        }

        @Test
        void modifiersComposeAndApplyToOneOperand() {
            assertThat(parse("AREA[BriefTitle]COVERAGE[FullMatch]diabetes"))
                    .isEqualTo(area("BriefTitle", coverage(CoverageMode.FULL_MATCH, words("diabetes"))));
            assertThat(parse("EXPANSION[None]AREA[Condition]cancer AND x"))
                    .isEqualTo(and(expansion(ExpansionMode.NONE, area("Condition", words("cancer"))), words("x")));
            assertThat(parse("AREA[BriefTitle](aspirin AND stroke)"))
                    .isEqualTo(area("BriefTitle", and(words("aspirin"), words("stroke"))));
        }
    }

    @Nested
    class RealWorld {
        @Test
        void documentedExamples() {
            assertThat(parse("youth OR teen")).isEqualTo(or(words("youth"), words("teen")));
            assertThat(parse("heart AND attack")).isEqualTo(and(words("heart"), words("attack")));
            assertThat(parse("(acetaminophen OR aspirin) AND NOT (heart failure OR heart attack)"))
                    .isEqualTo(and(
                            or(words("acetaminophen"), words("aspirin")),
                            not(or(words("heart", "failure"), words("heart", "attack")))));
            assertThat(parse("AREA[LocationCity] Boston AND AREA[LocationState] Massachusetts"))
                    .isEqualTo(
                            and(area("LocationCity", words("Boston")), area("LocationState", words("Massachusetts"))));
            assertThat(parse("AREA[OverallStatus] \"Completed\" AND AREA[ResultsFirstPostDate] MISSING"))
                    .isEqualTo(
                            and(area("OverallStatus", phrase("Completed")), area("ResultsFirstPostDate", missing())));
            assertThat(parse("AREA[EnrollmentCount] RANGE[500, MAX]"))
                    .isEqualTo(area("EnrollmentCount", range(num("500"), open())));
        }

        @Test
        void syncFilter() {
            assertThat(parse("AREA[LastUpdatePostDate]RANGE[2024-05-01,MAX]"))
                    .isEqualTo(area("LastUpdatePostDate", range(date(2024, 5, 1), open())));
        }

        @Test
        void advancedFilterLikeTheWebsiteBuilds() {
            EssieNode n = parse("AREA[StudyType]INTERVENTIONAL AND AREA[Phase](PHASE2 OR PHASE3) AND "
                    + "AREA[OverallStatus](RECRUITING OR NOT_YET_RECRUITING) AND AREA[StdAge]ADULT AND "
                    + "AREA[StartDate]RANGE[2020-01-01, MAX] AND AREA[Sex]ALL");
            assertThat(n)
                    .isEqualTo(and(
                            area("StudyType", words("INTERVENTIONAL")),
                            area("Phase", or(words("PHASE2"), words("PHASE3"))),
                            area("OverallStatus", or(words("RECRUITING"), words("NOT_YET_RECRUITING"))),
                            area("StdAge", words("ADULT")),
                            area("StartDate", range(date(2020, 1, 1), open())),
                            area("Sex", all())));
        }

        @Test
        void patientStyleQuery() {
            EssieNode n = parse(
                    "(\"type 2 diabetes\" OR T2DM) AND NOT insulin AND SEARCH[Location](AREA[LocationCountry]\"United States\" "
                            + "AND AREA[LocationStatus]RECRUITING) AND AREA[MinimumAge]RANGE[MIN, 45 years]");
            assertThat(n)
                    .isEqualTo(and(
                            or(phrase("type", "2", "diabetes"), words("T2DM")),
                            not(words("insulin")),
                            search(
                                    "Location",
                                    and(
                                            area("LocationCountry", phrase("United", "States")),
                                            area("LocationStatus", words("RECRUITING")))),
                            area("MinimumAge", range(open(), age("45", AgeUnit.YEARS)))));
        }

        @Test
        void nctIds() {
            assertThat(parse("AREA[NCTId](NCT04280705 OR NCT04368728)"))
                    .isEqualTo(area("NCTId", or(words("NCT04280705"), words("NCT04368728"))));
        }
    }

    @Test
    void toStringIsCanonicalText() {
        assertThat(parse("a  OR   b and c").toString()).isEqualTo("a OR b and c");
        assertThat(parse("(a OR b)c").toString()).isEqualTo("(a OR b) AND c");
    }

    @Test
    void equalityIgnoresSpans() {
        assertThat(parse("a    OR b")).isEqualTo(parse("a OR b")).hasSameHashCodeAs(parse("a OR b"));
        assertThat(parse("AREA[X]  y").hashCode())
                .isEqualTo(area("X", words("y")).hashCode());
    }
}
