package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.Study;

/**
 * Records whose free text is hostile to CSV (separators, quotes, line breaks) or to spreadsheets
 * (formulas such as {@code =cmd|' /C calc'!A0}): each study must come back as exactly one record
 * with its own cells when a CSV parser reads the output, and no cell may start like a formula.
 */
class HostileCsvCellsTest {

    private static final List<String> HOSTILE_TITLES = List.of(
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://example.org/x\",\"Click for results\")",
            "+SUM(1,2)",
            "-2+3+cmd|' /C notepad'!A0",
            "@SUM(A1:A9)",
            "\t=1+1",
            "\r\n=1+1",
            "A \"quoted\", comma'd title",
            "line one\nline two\r\nline three",
            ",,,",
            "\"",
            "\"=1+1\"",
            "trailing comma,",
            "ends with a quote\"");

    private static List<Study> hostileStudies() {
        List<Study> studies = new ArrayList<>();
        for (int i = 0; i < HOSTILE_TITLES.size(); i++) {
            ObjectNode json = SampleStudies.tracer().copy();
            ObjectNode id = (ObjectNode) json.at("/protocolSection/identificationModule");
            id.put("nctId", String.format("NCT%08d", i + 1));
            id.put("briefTitle", HOSTILE_TITLES.get(i));
            id.put("acronym", HOSTILE_TITLES.get(HOSTILE_TITLES.size() - 1 - i));
            ((ObjectNode) json.at("/protocolSection/descriptionModule")).put("briefSummary", HOSTILE_TITLES.get(i));
            studies.add(SampleStudies.of(json).study());
        }
        return studies;
    }

    @Test
    void eachHostileStudyIsOneWellFormedRecordWithItsOwnCells() {
        List<Study> studies = hostileStudies();
        CsvFormat format = CsvFormat.columns(List.of("NCT Number", "Study Title", "Acronym", "Brief Summary"));
        String csv = format.render(studies);

        for (List<List<String>> parsed : List.of(LibraryCsvReader.read(csv), CsvReader.read(csv))) {
            assertThat(parsed).hasSize(studies.size() + 1);
            assertThat(parsed.get(0)).containsExactly("NCT Number", "Study Title", "Acronym", "Brief Summary");
            for (int i = 0; i < studies.size(); i++) {
                String title = HOSTILE_TITLES.get(i);
                String acronym = HOSTILE_TITLES.get(HOSTILE_TITLES.size() - 1 - i);
                assertThat(parsed.get(i + 1))
                        .as(title)
                        .containsExactly(
                                String.format("NCT%08d", i + 1),
                                ExpectedCsv.spreadsheetSafe(title),
                                ExpectedCsv.spreadsheetSafe(acronym),
                                ExpectedCsv.spreadsheetSafe(title));
            }
        }
    }

    @Test
    void noCellStartsLikeAFormulaAndNothingIsLostButTheLeadingQuote() {
        List<Study> studies = hostileStudies();
        String csv = CsvFormat.all().render(studies);

        List<List<String>> parsed = LibraryCsvReader.read(csv);
        assertThat(parsed).hasSize(studies.size() + 1);
        for (List<String> record : parsed.subList(1, parsed.size())) {
            assertThat(record).hasSize(CsvFormat.COLUMN_NAMES.size());
            for (String cell : record) {
                assertThat(cell).as("a cell a spreadsheet would run").doesNotStartWith("=");
                assertThat(cell).doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
                assertThat(cell).doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        // the titles come back whole, behind the quote where one was needed
        for (int i = 0; i < studies.size(); i++) {
            String title = parsed.get(i + 1).get(CsvFormat.COLUMN_NAMES.indexOf("Study Title"));
            assertThat(title).endsWith(HOSTILE_TITLES.get(i));
            assertThat(title.length())
                    .isIn(HOSTILE_TITLES.get(i).length(), HOSTILE_TITLES.get(i).length() + 1);
        }
    }

    @Test
    void theSameRecordsCanBeWrittenOneByOneWithTheSameBytes() throws Exception {
        List<Study> studies = hostileStudies();
        CsvFormat format = CsvFormat.all();
        StringWriter oneByOne = new StringWriter();
        format.writeHeader(oneByOne);
        for (Study study : studies) {
            format.writeRow(study, oneByOne);
        }

        assertThat(oneByOne.toString()).isEqualTo(format.render(studies));
    }
}
