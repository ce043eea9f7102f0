package org.trialfinder.search.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trialfinder.search.contract.RecordScan.anyHasWords;
import static org.trialfinder.search.contract.RecordScan.text;
import static org.trialfinder.search.contract.RecordScan.texts;
import static org.trialfinder.search.contract.RecordScan.words;
import static org.trialfinder.search.contract.SampleSearches.page;
import static org.trialfinder.search.contract.SampleSearches.same;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.SearchException;

/**
 * Essie expressions become the engine's queries (Lucene queries, OpenSearch query DSL) that behave as the expression says: operators, phrases,
 * areas, coverage, ranges and expansion, each checked against a scan of the sample's records.
 */
public abstract class EssieTranslationContract {
    private static final String CONDITIONS = "/protocolSection/conditionsModule/conditions";
    private static final String BRIEF_TITLE = "/protocolSection/identificationModule/briefTitle";

    private static List<String> conditions(JsonNode r) {
        return texts(r, CONDITIONS, null);
    }

    /** A whole value folded as the exact fields fold it: lower case, no diacritics. */
    private static String folded(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void orTakesEitherSide() {
        same(
                "impotence OR \"premature ejaculation\" in Condition",
                Ask.advanced("AREA[Condition]EXPANSION[None]impotence OR "
                        + "AREA[Condition]EXPANSION[None]\"premature ejaculation\""),
                r -> anyHasWords(conditions(r), "impotence") || anyHasWords(conditions(r), "premature ejaculation"));
    }

    @Test
    void aPhraseKeepsItsWordsTogetherWhereAndDoesNot() {
        same(
                "\"erectile dysfunction\" in BriefTitle",
                Ask.advanced("AREA[BriefTitle]EXPANSION[None]\"erectile dysfunction\""),
                r -> anyHasWords(List.of(text(r, BRIEF_TITLE)), "erectile dysfunction"));
        same(
                "dysfunction AND erectile in BriefTitle",
                Ask.advanced("AREA[BriefTitle]EXPANSION[None](dysfunction AND erectile)"),
                r -> words(text(r, BRIEF_TITLE)).contains(" dysfunction ")
                        && words(text(r, BRIEF_TITLE)).contains(" erectile "));
    }

    @Test
    void notAloneExcludes() {
        same(
                "NOT PHASE3",
                Ask.advanced("NOT AREA[Phase]PHASE3"),
                r -> !texts(r, "/protocolSection/designModule/phases", null).contains("PHASE3"));
    }

    @Test
    void enumValuesIgnoreCase() {
        same(
                "AREA[OverallStatus]recruiting",
                Ask.advanced("AREA[OverallStatus]recruiting"),
                r -> text(r, "/protocolSection/statusModule/overallStatus").equals("RECRUITING"));
    }

    @Test
    void coverageComparesTheWholeValue() {
        same(
                "COVERAGE[FullMatch] erectile dysfunction",
                Ask.advanced("AREA[Condition]COVERAGE[FullMatch]\"Erectile Dysfunction\""),
                r -> conditions(r).stream().anyMatch(c -> folded(c).equals("erectile dysfunction")));
        same(
                "COVERAGE[StartsWith] erectile dysfunction",
                Ask.advanced("AREA[Condition]COVERAGE[StartsWith]\"erectile dysfunction\""),
                r -> conditions(r).stream().anyMatch(c -> folded(c).startsWith("erectile dysfunction")));
        same(
                "COVERAGE[EndsWith] headache",
                Ask.advanced("AREA[Condition]COVERAGE[EndsWith]headache"),
                r -> conditions(r).stream().anyMatch(c -> folded(c).endsWith("headache")));
        assertThatThrownBy(() -> page(Ask.advanced("AREA[BriefSummary]COVERAGE[FullMatch]asthma")))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("COVERAGE[FullMatch]")
                .hasMessageContaining("BriefSummary");
    }

    @Test
    void rangeAppliesToDatesAndNumbersOnly() {
        same("StartDate before 2005", Ask.advanced("AREA[StartDate]RANGE[MIN,2004-12-31]"), r -> {
            String d = text(r, "/protocolSection/statusModule/startDateStruct/date");
            return !d.isEmpty() && d.compareTo("2005") < 0;
        });
        assertThatThrownBy(() -> page(Ask.advanced("AREA[BriefTitle]RANGE[1,2]")))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("RANGE");
    }

    @Test
    void aWordThatIsNotAnAgeInAnAgeAreaIsTheUsersMistake() {
        // found by bench/run fuzz (seed 1, request 361): query.lead=AREA[MaximumAge]NA answered 500
        assertThatThrownBy(() -> page(Ask.advanced("AREA[MaximumAge]NA")))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("AREA[MaximumAge] expects an age")
                .hasMessageContaining("\"NA\"");
        assertThatThrownBy(() -> page(Ask.advanced("AREA[MinimumAge]\"18 years, 2\"")))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("AREA[MinimumAge] expects an age");
    }

    @Test
    void expansionNoneMatchesTheWordsAsWrittenOnly() {
        // stemming finds "headaches" for "headache"; EXPANSION[None] does not
        same(
                "EXPANSION[None]headaches in Condition",
                Ask.advanced("AREA[Condition]EXPANSION[None]headaches"),
                r -> anyHasWords(conditions(r), "headaches"));
    }

    @Test
    void wideQueriesStayInsideTheClauseLimits() {
        // found by the load benchmark: synonyms over BasicSearch's ~50 pieces passed Lucene's clause limit (500)
        assertThat(page(Ask.query("query.term", "herniated discs")).hits()).isNotEmpty();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            many.append("word").append(i).append(' ');
        }
        refusedWithAReasonOrAnswered(Ask.query("query.term", many.toString().trim()));
        refusedWithAReasonOrAnswered(Ask.query("query.term", "*?*?*?*?*?*?*?*?"));
    }

    private static void refusedWithAReasonOrAnswered(Ask ask) {
        try {
            page(ask);
        } catch (SearchException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
