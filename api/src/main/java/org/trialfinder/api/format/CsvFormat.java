package org.trialfinder.api.format;

import static org.trialfinder.api.format.Parts.date;
import static org.trialfinder.api.format.Parts.get;
import static org.trialfinder.api.format.Parts.isBlank;
import static org.trialfinder.api.format.Parts.joinEach;
import static org.trialfinder.api.format.Parts.joinPresent;
import static org.trialfinder.api.format.Parts.name;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.model.protocol.ArmsInterventionsModule;
import org.trialfinder.model.protocol.ConditionsModule;
import org.trialfinder.model.protocol.ContactsLocationsModule;
import org.trialfinder.model.protocol.DescriptionModule;
import org.trialfinder.model.protocol.DesignInfo;
import org.trialfinder.model.protocol.DesignModule;
import org.trialfinder.model.protocol.EligibilityModule;
import org.trialfinder.model.protocol.EnrollmentInfo;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.Intervention;
import org.trialfinder.model.protocol.Location;
import org.trialfinder.model.protocol.MaskingInfo;
import org.trialfinder.model.protocol.OrgStudyIdInfo;
import org.trialfinder.model.protocol.Outcome;
import org.trialfinder.model.protocol.OutcomesModule;
import org.trialfinder.model.protocol.SecondaryIdInfo;
import org.trialfinder.model.protocol.Sponsor;
import org.trialfinder.model.protocol.SponsorCollaboratorsModule;
import org.trialfinder.model.protocol.StatusModule;

/**
 * Studies as CSV, in the columns and cell layout of ClinicalTrials.gov's CSV download ({@code
 * format=csv} of API v2 and the site's "Download" button).
 *
 * <h2>Columns</h2>
 *
 * The 30 columns, in ClinicalTrials.gov's order, are {@link #COLUMN_NAMES}; {@code fields}
 * selects among them by these names ({@link #columns(List)}), and the default is all of them
 * ({@link #all()}, as ClinicalTrials.gov's default). {@code fields} may also name pieces of the
 * data model ({@code NCTId}, {@code OfficialTitle}), mixed with the column names in any order: a
 * piece gives a column headed by its piece name ({@link PieceColumns}). Each official cell is
 * computed from the record as follows; lists are joined with {@code |} and a missing value is an
 * empty cell:
 *
 * <table>
 *   <caption>How each cell is computed</caption>
 *   <tr><th>column</th><th>cell</th><th>example</th></tr>
 *   <tr><td>NCT Number</td><td>{@code nctId}</td><td>{@code NCT06600893}</td></tr>
 *   <tr><td>Study Title</td><td>{@code briefTitle}</td><td></td></tr>
 *   <tr><td>Study URL</td><td>{@code https://clinicaltrials.gov/study/} + NCT id</td><td></td></tr>
 *   <tr><td>Acronym</td><td>{@code acronym}</td><td>{@code GRIPHON}</td></tr>
 *   <tr><td>Study Status</td><td>{@code overallStatus}, the enum constant</td>
 *       <td>{@code NOT_YET_RECRUITING}</td></tr>
 *   <tr><td>Brief Summary</td><td>{@code briefSummary} as stored (markdown, newlines kept)</td>
 *       <td></td></tr>
 *   <tr><td>Study Results</td><td>{@code YES} when {@code hasResults}, else {@code NO}</td>
 *       <td></td></tr>
 *   <tr><td>Conditions</td><td>{@code conditions}</td><td>{@code Psoriasis|Psoriasis Arthritis}
 *       </td></tr>
 *   <tr><td>Interventions</td><td>{@code TYPE: name} per intervention</td>
 *       <td>{@code DRUG: Selexipag|DRUG: Placebo}</td></tr>
 *   <tr><td>Primary / Secondary / Other Outcome Measures</td><td>per outcome, {@code measure,
 *       description, timeFrame} with the missing parts left out</td>
 *       <td>{@code Systolic Blood Pressure, Change from baseline to half an hour}</td></tr>
 *   <tr><td>Sponsor</td><td>lead sponsor's name</td><td></td></tr>
 *   <tr><td>Collaborators</td><td>collaborators' names</td><td></td></tr>
 *   <tr><td>Sex</td><td>{@code sex}</td><td>{@code ALL}</td></tr>
 *   <tr><td>Age</td><td>{@code stdAges} joined with {@code ", "}</td>
 *       <td>{@code ADULT, OLDER_ADULT}</td></tr>
 *   <tr><td>Phases</td><td>{@code phases}</td><td>{@code PHASE1|PHASE2}, {@code NA}</td></tr>
 *   <tr><td>Enrollment</td><td>{@code enrollmentInfo.count}</td><td>{@code 96}</td></tr>
 *   <tr><td>Funder Type</td><td>lead sponsor's class</td><td>{@code INDUSTRY}</td></tr>
 *   <tr><td>Study Type</td><td>{@code studyType}</td><td>{@code INTERVENTIONAL}</td></tr>
 *   <tr><td>Study Design</td><td>{@code Label: VALUE} parts joined with {@code " | "}; masking
 *       lists who is masked in brackets</td>
 *       <td>{@code Allocation: RANDOMIZED | Intervention Model: PARALLEL | Masking: DOUBLE
 *       (PARTICIPANT, INVESTIGATOR) | Primary Purpose: TREATMENT}, {@code Observational Model:
 *       COHORT | Time Perspective: RETROSPECTIVE}</td></tr>
 *   <tr><td>Other IDs</td><td>org study id, then the secondary ids</td>
 *       <td>{@code AC-065A303|2009-014992-31}</td></tr>
 *   <tr><td>Start Date, Primary Completion Date, Completion Date, First Posted, Results First
 *       Posted, Last Update Posted</td><td>the date as registered, partial dates kept</td>
 *       <td>{@code 2024-07}, {@code 2024-07-23}</td></tr>
 *   <tr><td>Locations</td><td>per site, {@code facility, city, state, zip, country} with the
 *       missing parts left out</td>
 *       <td>{@code Possover, Zürich, 8008, Switzerland}</td></tr>
 *   <tr><td>Study Documents</td><td>per document, its label, {@code ", "}, and its URL under
 *       {@code https://cdn.clinicaltrials.gov/large-docs/<last 2 digits>/<NCT id>/}</td>
 *       <td>{@code Study Protocol, https://cdn.clinicaltrials.gov/large-docs/06/NCT01112306/Prot_000.pdf}
 *       </td></tr>
 * </table>
 *
 * <h2>Evidence and guesses</h2>
 *
 * The column names and order, and every cell layout above, were checked against CSV files
 * downloaded from ClinicalTrials.gov and published in public repositories (2024-09 to 2026-03
 * exports; three rows of one are the golden test {@code CsvFormatTest#matchesRealExport}). What
 * could not be checked and is a guess:
 *
 * <ul>
 *   <li>Study Design separator: exports up to late 2024 joined the parts with {@code "|"}, the
 *       2025-2026 ones with {@code " | "}; this follows the newer one.
 *   <li>Study Design order when a record mixes interventional and observational design fields:
 *       Allocation, Intervention Model, Observational Model, Time Perspective, Masking, Primary
 *       Purpose (each export only showed one kind).
 *   <li>Study Documents label for a document without {@code label}: built from the
 *       {@code has*} flags as the labels in the records read.
 *   <li>Line breaks: records end with CRLF (RFC 4180); line breaks inside a cell stay as they are
 *       in the record (LF). The exports examined do not show which record separator the real
 *       service uses.
 *   <li>Column name matching in {@link #columns(List)} ignores case and surrounding spaces; a
 *       repeated name yields one column.
 *   <li>Piece names in {@code fields} and the leading quote on formula-like cells are
 *       Trialfinder's own. Whether ClinicalTrials.gov neutralises formulas is not known (no cell of
 *       the golden export starts with a formula character); where it does not, an official client
 *       sees a difference only on such cells, e.g. an outcome measure beginning {@code "- "}.
 * </ul>
 *
 * <h2>Quoting and formulas</h2>
 *
 * The CSV is written by Jackson's CSV module with exact quoting, as RFC 4180 says: a cell
 * containing a comma, a double quote, CR or LF is enclosed in double quotes, with each double
 * quote doubled; other cells are written bare (as ClinicalTrials.gov does: {@code ADULT} bare,
 * {@code "ADULT, OLDER_ADULT"} quoted). Before that, a cell that a spreadsheet would run as a
 * formula ({@code =cmd|' /C calc'!A0} as a title) gets a leading single quote ({@link
 * FormulaNeutraliser}, OWASP's advice); plain numbers are left alone.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvFormat {

    /** The record separator: CRLF, as RFC 4180 says. */
    public static final String RECORD_SEPARATOR = "\r\n";

    /** One column: its CSV name and how its cell is computed from a study. */
    public record Column(String name, Function<Row, String> cell) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cell, "cell");
        }

        /** A column computed from the study's model, as all of ClinicalTrials.gov's are. */
        static Column official(String name, Function<Study, String> cell) {
            return new Column(name, row -> cell.apply(row.study()));
        }

        /**
         * The cell for {@code study} as the record has it (before {@link FormulaNeutraliser}):
         * never {@code null}, empty when the record has no value.
         */
        public String valueOf(Study study) {
            return valueOf(new Row(study));
        }

        String valueOf(Row row) {
            String value = cell.apply(row);
            return value == null ? "" : value;
        }
    }

    /**
     * One study being written: its model, and its JSON tree, built once and only when a piece
     * column reads it (the official columns read the model).
     */
    public static final class Row {
        private final Study study;
        private JsonNode json;

        Row(Study study) {
            this.study = Objects.requireNonNull(study, "study");
        }

        public Study study() {
            return study;
        }

        /** The study as ClinicalTrials.gov's JSON ({@link StudyJson#toTree}, lossless). */
        public JsonNode json() {
            if (json == null) {
                json = StudyJson.toTree(study);
            }
            return json;
        }
    }

    /** All columns, in ClinicalTrials.gov's order. */
    public static final List<Column> ALL_COLUMNS = List.of(
            Column.official("NCT Number", Study::nctId),
            Column.official("Study Title", Study::briefTitle),
            Column.official("Study URL", CsvFormat::studyUrl),
            Column.official("Acronym", s -> get(Parts.identification(s), IdentificationModule::acronym)),
            Column.official("Study Status", s -> name(s.overallStatus())),
            Column.official("Brief Summary", s -> get(Parts.description(s), DescriptionModule::briefSummary)),
            Column.official("Study Results", s -> Boolean.TRUE.equals(s.hasResults()) ? "YES" : "NO"),
            Column.official(
                    "Conditions", s -> joinEach(get(Parts.conditions(s), ConditionsModule::conditions), "|", c -> c)),
            Column.official("Interventions", CsvFormat::interventions),
            Column.official("Primary Outcome Measures", s -> outcomes(s, OutcomesModule::primaryOutcomes)),
            Column.official("Secondary Outcome Measures", s -> outcomes(s, OutcomesModule::secondaryOutcomes)),
            Column.official("Other Outcome Measures", s -> outcomes(s, OutcomesModule::otherOutcomes)),
            Column.official("Sponsor", s -> get(leadSponsor(s), Sponsor::name)),
            Column.official(
                    "Collaborators",
                    s -> joinEach(
                            get(Parts.sponsors(s), SponsorCollaboratorsModule::collaborators), "|", Sponsor::name)),
            Column.official("Sex", s -> name(get(Parts.eligibility(s), EligibilityModule::sex))),
            Column.official(
                    "Age", s -> joinEach(get(Parts.eligibility(s), EligibilityModule::stdAges), ", ", Enum::name)),
            Column.official("Phases", s -> joinEach(s.phases(), "|", Enum::name)),
            Column.official("Enrollment", s -> {
                Integer count = get(get(Parts.design(s), DesignModule::enrollmentInfo), EnrollmentInfo::count);
                return count == null ? null : count.toString();
            }),
            Column.official("Funder Type", s -> name(get(leadSponsor(s), Sponsor::agencyClass))),
            Column.official("Study Type", s -> name(s.studyType())),
            Column.official("Study Design", CsvFormat::studyDesign),
            Column.official("Other IDs", CsvFormat::otherIds),
            Column.official("Start Date", s -> date(get(Parts.status(s), StatusModule::startDateStruct))),
            Column.official(
                    "Primary Completion Date",
                    s -> date(get(Parts.status(s), StatusModule::primaryCompletionDateStruct))),
            Column.official("Completion Date", s -> date(get(Parts.status(s), StatusModule::completionDateStruct))),
            Column.official("First Posted", s -> date(get(Parts.status(s), StatusModule::studyFirstPostDateStruct))),
            Column.official(
                    "Results First Posted", s -> date(get(Parts.status(s), StatusModule::resultsFirstPostDateStruct))),
            Column.official(
                    "Last Update Posted", s -> date(get(Parts.status(s), StatusModule::lastUpdatePostDateStruct))),
            Column.official(
                    "Locations",
                    s -> joinEach(
                            get(Parts.contacts(s), ContactsLocationsModule::locations), "|", CsvFormat::location)),
            Column.official("Study Documents", CsvFormat::studyDocuments));

    /** The names of {@link #ALL_COLUMNS}, in order. */
    public static final List<String> COLUMN_NAMES =
            ALL_COLUMNS.stream().map(Column::name).toList();

    private static final Map<String, Column> BY_KEY = new LinkedHashMap<>();

    static {
        for (Column column : ALL_COLUMNS) {
            BY_KEY.put(key(column.name()), column);
        }
    }

    private static final CsvFormat ALL = new CsvFormat(ALL_COLUMNS);

    /**
     * Writes one record per array of cells: exact RFC 4180 quoting (only where needed), CRLF after
     * each record, and the caller's writer left open (a response body is closed by its owner).
     */
    private static final ObjectWriter RECORDS = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build()
            .writer(CsvSchema.emptySchema().withLineSeparator(RECORD_SEPARATOR));

    private final List<Column> columns;

    private CsvFormat(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Every column, in ClinicalTrials.gov's order: the default when {@code fields} is absent. */
    public static CsvFormat all() {
        return ALL;
    }

    /**
     * The columns named in {@code requested}, in the order requested: ClinicalTrials.gov's CSV
     * column names ({@code "NCT Number"}, {@code "Study Title"}, …) and leaf piece names of the data
     * model ({@code NCTId}, {@code LocationCity}), mixed. Names match ignoring case and surrounding
     * spaces, column names before piece names; a name given twice yields one column.
     *
     * @throws IllegalArgumentException if the list is empty, names a branch piece, or names
     *     something that is neither a column nor a piece; the message names it and lists the
     *     allowed column names
     */
    public static CsvFormat columns(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new IllegalArgumentException(
                    "at least one CSV column is needed; allowed: " + String.join(", ", COLUMN_NAMES));
        }
        Map<String, Column> chosen = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : requested) {
            Column column = name == null ? null : byName(name).orElse(null);
            if (column == null) {
                unknown.add(name);
            } else {
                chosen.putIfAbsent(column.name(), column);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "unknown CSV column " : "unknown CSV columns ")
                    + String.join(
                            ", ", unknown.stream().map(n -> "\"" + n + "\"").toList())
                    + suggestions(unknown)
                    + "; allowed: " + String.join(", ", COLUMN_NAMES)
                    + ", or piece names of the study record (GET /api/v2/studies/metadata)");
        }
        return new CsvFormat(List.copyOf(chosen.values()));
    }

    /** The selected columns, in output order. */
    public List<Column> columns() {
        return columns;
    }

    /** The selected column names, in output order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Writes the header record (column names) and its CRLF. */
    public void writeHeader(Writer out) throws IOException {
        RECORDS.writeValue(out, columnNames().toArray(String[]::new));
    }

    /** Writes one record for {@code study} and its CRLF. */
    public void writeRow(Study study, Writer out) throws IOException {
        RECORDS.writeValue(out, cellArray(new Row(study)));
    }

    /**
     * Writes the header and one record per study, each ended by CRLF, through one CSV generator;
     * {@code out} is flushed and left open.
     */
    public void write(Iterable<Study> studies, Writer out) throws IOException {
        try (SequenceWriter records = RECORDS.writeValues(out)) {
            records.write(columnNames().toArray(String[]::new));
            for (Study study : studies) {
                records.write(cellArray(new Row(study)));
            }
        }
    }

    /** The cells of one record as written (formulas neutralised), unquoted, in column order. */
    public List<String> cells(Study study) {
        return List.of(cellArray(new Row(study)));
    }

    /** The header and one record per study, as one string. */
    public String render(Iterable<Study> studies) {
        StringWriter out = new StringWriter();
        try {
            write(studies, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /**
     * {@code cell} quoted as RFC 4180 requires (only when it holds a comma, quote, CR or LF), by the
     * same CSV writer as the records; no formula neutralising.
     */
    public static String quote(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        try {
            String record = RECORDS.writeValueAsString(new String[] {cell});
            return record.substring(0, record.length() - RECORD_SEPARATOR.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to a string does not fail
        }
    }

    private String[] cellArray(Row row) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = FormulaNeutraliser.neutralise(columns.get(i).valueOf(row));
        }
        return cells;
    }

    /** An official column by its name, else a piece column. */
    private static Optional<Column> byName(String name) {
        Column official = BY_KEY.get(key(name));
        return official != null ? Optional.of(official) : PieceColumns.byName(name.strip());
    }

    private static String suggestions(List<String> unknown) {
        List<String> close = new ArrayList<>();
        for (String name : unknown) {
            for (String piece : PieceColumns.suggestions(name, 3)) {
                if (!close.contains(piece)) {
                    close.add(piece);
                }
            }
        }
        return close.isEmpty() ? "" : " (close piece names: " + String.join(", ", close) + ")";
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    // --- cells -------------------------------------------------------------------------------

    static String studyUrl(Study s) {
        String id = s.nctId();
        return isBlank(id) ? null : Parts.STUDY_URL_PREFIX + id;
    }

    private static Sponsor leadSponsor(Study s) {
        return get(Parts.sponsors(s), SponsorCollaboratorsModule::leadSponsor);
    }

    private static String interventions(Study s) {
        return joinEach(
                get(Parts.arms(s), ArmsInterventionsModule::interventions),
                "|",
                (Intervention i) -> i.type() == null ? i.name() : i.type().name() + ": " + Parts.orEmpty(i.name()));
    }

    private static String outcomes(Study s, Function<OutcomesModule, List<Outcome>> which) {
        return joinEach(
                get(Parts.outcomes(s), which),
                "|",
                (Outcome o) -> joinPresent(", ", o.measure(), o.description(), o.timeFrame()));
    }

    static String studyDesign(Study s) {
        DesignInfo info = get(Parts.design(s), DesignModule::designInfo);
        if (info == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(6);
        addPart(parts, "Allocation", name(info.allocation()));
        addPart(parts, "Intervention Model", name(info.interventionModel()));
        addPart(parts, "Observational Model", name(info.observationalModel()));
        addPart(parts, "Time Perspective", name(info.timePerspective()));
        MaskingInfo masking = info.maskingInfo();
        if (masking != null && masking.masking() != null) {
            String who = joinEach(masking.whoMasked(), ", ", Enum::name);
            addPart(
                    parts,
                    "Masking",
                    who.isEmpty() ? masking.masking().name() : masking.masking().name() + " (" + who + ")");
        }
        addPart(parts, "Primary Purpose", name(info.primaryPurpose()));
        return String.join(" | ", parts);
    }

    private static void addPart(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + ": " + value);
        }
    }

    private static String otherIds(Study s) {
        IdentificationModule id = Parts.identification(s);
        if (id == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        String org = get(id.orgStudyIdInfo(), OrgStudyIdInfo::id);
        if (!isBlank(org)) {
            ids.add(org);
        }
        for (SecondaryIdInfo secondary : Parts.list(id.secondaryIdInfos())) {
            if (secondary != null && !isBlank(secondary.id())) {
                ids.add(secondary.id());
            }
        }
        return String.join("|", ids);
    }

    private static String location(Location l) {
        return joinPresent(", ", l.facility(), l.city(), l.state(), l.zip(), l.country());
    }

    private static String studyDocuments(Study s) {
        String nctId = s.nctId();
        return joinEach(Parts.largeDocs(s), "|", doc -> {
            String url = Parts.largeDocUrl(nctId, doc);
            return url == null ? null : Parts.largeDocLabel(doc) + ", " + url;
        });
    }
}
