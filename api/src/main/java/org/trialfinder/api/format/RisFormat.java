package org.trialfinder.api.format;

import static org.trialfinder.api.format.Parts.date;
import static org.trialfinder.api.format.Parts.get;
import static org.trialfinder.api.format.Parts.isBlank;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.trialfinder.model.PartialDate;
import org.trialfinder.model.Study;
import org.trialfinder.model.document.LargeDoc;
import org.trialfinder.model.protocol.ConditionsModule;
import org.trialfinder.model.protocol.Contact;
import org.trialfinder.model.protocol.ContactsLocationsModule;
import org.trialfinder.model.protocol.DescriptionModule;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.OrgStudyIdInfo;
import org.trialfinder.model.protocol.SecondaryIdInfo;
import org.trialfinder.model.protocol.Sponsor;
import org.trialfinder.model.protocol.SponsorCollaboratorsModule;
import org.trialfinder.model.protocol.StatusModule;

/**
 * A study as an RIS record ({@code format=ris}), for citation managers (EndNote, Zotero,
 * Covidence): one {@code TAG  - value} line per value, CRLF line ends, closed by {@code ER  - }.
 *
 * <h2>Tags</h2>
 *
 * In output order ({@link #TAGS}); a tag whose value the record lacks is left out:
 *
 * <table>
 *   <caption>RIS tags</caption>
 *   <tr><th>tag</th><th>value</th></tr>
 *   <tr><td>TY</td><td>{@code DBASE} (online database), always written</td></tr>
 *   <tr><td>ID, AN</td><td>NCT number</td></tr>
 *   <tr><td>U1</td><td>org study id, then each secondary id as {@code id [TYPE]}</td></tr>
 *   <tr><td>ST</td><td>brief title, with the acronym in brackets</td></tr>
 *   <tr><td>TI</td><td>official title, else the brief title</td></tr>
 *   <tr><td>AU</td><td>lead sponsor (corporate author)</td></tr>
 *   <tr><td>A2</td><td>each collaborator</td></tr>
 *   <tr><td>PY</td><td>year first posted</td></tr>
 *   <tr><td>DA</td><td>date first posted, {@code YYYY/MM/DD} (partial dates stay partial)</td></tr>
 *   <tr><td>Y1</td><td>date first submitted, {@code YYYY/MM/DD}</td></tr>
 *   <tr><td>Y2</td><td>start date, {@code YYYY/MM/DD}</td></tr>
 *   <tr><td>C1</td><td>lead sponsor</td></tr>
 *   <tr><td>C2</td><td>overall status ({@code RECRUITING})</td></tr>
 *   <tr><td>C3</td><td>last update posted ({@code 2024-09-19})</td></tr>
 *   <tr><td>C4</td><td>last update submitted</td></tr>
 *   <tr><td>C5</td><td>study type ({@code INTERVENTIONAL})</td></tr>
 *   <tr><td>C6</td><td>{@code Has Results} or {@code No Results}</td></tr>
 *   <tr><td>C7</td><td>kinds of uploaded documents ({@code Protocol, SAP, ICF})</td></tr>
 *   <tr><td>C8</td><td>first central contact: name {@code [ROLE]}, phone ({@code ext.}), email,
 *       one line each</td></tr>
 *   <tr><td>KW</td><td>each condition, then each keyword, without repeats</td></tr>
 *   <tr><td>AB</td><td>brief summary, line breaks folded into spaces</td></tr>
 *   <tr><td>UR</td><td>{@code https://clinicaltrials.gov/study/NCT…}</td></tr>
 *   <tr><td>DB</td><td>{@code ClinicalTrials.gov}</td></tr>
 *   <tr><td>DP</td><td>{@code National Library of Medicine (US)}</td></tr>
 *   <tr><td>PP</td><td>{@code Bethesda (MD)}</td></tr>
 *   <tr><td>SF</td><td>{@code ClinicalTrials.gov}</td></tr>
 *   <tr><td>ER</td><td>end of record, always written</td></tr>
 * </table>
 *
 * <h2>Evidence and guesses</h2>
 *
 * ClinicalTrials.gov documents its RIS tags on a page ("RIS Download") that was not available
 * here, and no RIS file downloaded from it was found. The layout above follows the one public
 * client found that mirrors it (TY {@code DBASE}, DP/PP, ID/AN, U1 with the id type in brackets,
 * ST with the acronym, TI official title, Y1/Y2, A2, C1 to C8, AB, UR, SF) and adds the tags the
 * citation managers read most (AU, PY, DA, KW, DB). Guessed: AU = lead sponsor, the org study id
 * in U1, KW, DA/PY from the first-posted date, RIS-style {@code YYYY/MM/DD} dates in Y1/Y2/DA,
 * and folding line breaks in AB. The real download also writes the date retrieved (RD); it is
 * left out here so the same record always renders the same bytes (ETags).
 *
 * <p>{@code fields} selects tags by name ({@link #tags(List)}); TY and ER are always written so
 * the record stays valid. Instances are immutable and thread-safe.
 */
public final class RisFormat {

    /** The line separator: CRLF, as the RIS specification says. */
    public static final String LINE_SEPARATOR = "\r\n";

    /** The MIME type ClinicalTrials.gov-style clients expect for RIS. */
    public static final String CONTENT_TYPE = "application/x-research-info-systems";

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    /** One RIS tag: its two-character name, what it holds, and its values for a study. */
    public record Tag(String name, String meaning, Function<Study, List<String>> values) {
        public Tag {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(meaning, "meaning");
            Objects.requireNonNull(values, "values");
        }
    }

    /** Every tag, in output order. */
    public static final List<Tag> TAGS = List.of(
            new Tag("TY", "type of reference", s -> List.of("DBASE")),
            new Tag("ID", "reference ID: NCT number", s -> one(s.nctId())),
            new Tag("AN", "accession number: NCT number", s -> one(s.nctId())),
            new Tag("U1", "other IDs: org study ID, secondary IDs [type]", RisFormat::otherIds),
            new Tag("ST", "short title: brief title (acronym)", RisFormat::shortTitle),
            new Tag("TI", "title: official title, else brief title", RisFormat::title),
            new Tag("AU", "author: lead sponsor", s -> one(get(leadSponsor(s), Sponsor::name))),
            new Tag(
                    "A2",
                    "secondary authors: collaborators",
                    s -> each(get(Parts.sponsors(s), SponsorCollaboratorsModule::collaborators), Sponsor::name)),
            new Tag("PY", "year first posted", RisFormat::year),
            new Tag(
                    "DA",
                    "date first posted",
                    s -> one(risDate(date(get(Parts.status(s), StatusModule::studyFirstPostDateStruct))))),
            new Tag(
                    "Y1",
                    "date first submitted",
                    s -> one(risDate(get(Parts.status(s), StatusModule::studyFirstSubmitDate)))),
            new Tag("Y2", "start date", s -> one(risDate(date(get(Parts.status(s), StatusModule::startDateStruct))))),
            new Tag("C1", "lead sponsor", s -> one(get(leadSponsor(s), Sponsor::name))),
            new Tag("C2", "overall status", s -> one(Parts.name(s.overallStatus()))),
            new Tag(
                    "C3",
                    "last update posted",
                    s -> one(date(get(Parts.status(s), StatusModule::lastUpdatePostDateStruct)))),
            new Tag("C4", "last update submitted", s -> one(get(Parts.status(s), StatusModule::lastUpdateSubmitDate))),
            new Tag("C5", "study type", s -> one(Parts.name(s.studyType()))),
            new Tag(
                    "C6",
                    "results posted",
                    s -> List.of(Boolean.TRUE.equals(s.hasResults()) ? "Has Results" : "No Results")),
            new Tag("C7", "study documents", RisFormat::documentKinds),
            new Tag("C8", "central contact", RisFormat::centralContact),
            new Tag("KW", "keywords: conditions, then keywords", RisFormat::keywords),
            new Tag(
                    "AB",
                    "abstract: brief summary",
                    s -> one(get(Parts.description(s), DescriptionModule::briefSummary))),
            new Tag("UR", "URL of the study page", s -> one(CsvFormat.studyUrl(s))),
            new Tag("DB", "database", s -> List.of("ClinicalTrials.gov")),
            new Tag("DP", "database provider", s -> List.of("National Library of Medicine (US)")),
            new Tag("PP", "place published", s -> List.of("Bethesda (MD)")),
            new Tag("SF", "source", s -> List.of("ClinicalTrials.gov")),
            new Tag("ER", "end of reference", s -> List.of("")));

    /** The names of {@link #TAGS}, in order. */
    public static final List<String> TAG_NAMES = TAGS.stream().map(Tag::name).toList();

    private static final Map<String, Tag> BY_NAME = new LinkedHashMap<>();

    static {
        for (Tag tag : TAGS) {
            BY_NAME.put(tag.name(), tag);
        }
    }

    private static final RisFormat ALL = new RisFormat(TAGS);

    private final List<Tag> tags;

    private RisFormat(List<Tag> tags) {
        this.tags = List.copyOf(tags);
    }

    /** Every tag: the default when {@code fields} is absent. */
    public static RisFormat all() {
        return ALL;
    }

    /**
     * Only the tags named in {@code requested} (case-insensitive), plus TY and ER; output stays
     * in the order of {@link #TAGS} whatever the order requested.
     *
     * @throws IllegalArgumentException if the list is empty or names an unknown tag; the message
     *     lists the allowed tags
     */
    public static RisFormat tags(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new IllegalArgumentException(
                    "at least one RIS tag is needed; allowed: " + String.join(", ", TAG_NAMES));
        }
        List<String> unknown = new ArrayList<>();
        Set<String> wanted = new HashSet<>(List.of("TY", "ER"));
        for (String name : requested) {
            String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            if (BY_NAME.containsKey(key)) {
                wanted.add(key);
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "unknown RIS tag " : "unknown RIS tags ")
                    + String.join(
                            ", ", unknown.stream().map(n -> "\"" + n + "\"").toList())
                    + "; allowed: " + String.join(", ", TAG_NAMES));
        }
        return new RisFormat(
                TAGS.stream().filter(t -> wanted.contains(t.name())).toList());
    }

    /** The selected tags, in output order. */
    public List<String> tagNames() {
        return tags.stream().map(Tag::name).toList();
    }

    /** Writes the record for {@code study}, ending with the {@code ER} line and its CRLF. */
    public void write(Study study, Writer out) throws IOException {
        for (Tag tag : tags) {
            for (String value : tag.values().apply(study)) {
                out.write(tag.name());
                out.write("  - ");
                out.write(value);
                out.write(LINE_SEPARATOR);
            }
        }
    }

    /** The record for {@code study} as a string. */
    public String render(Study study) {
        StringWriter out = new StringWriter();
        try {
            write(study, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /**
     * The records for several studies, separated by an empty line as citation managers expect.
     */
    public void writeAll(Iterable<Study> studies, Writer out) throws IOException {
        boolean first = true;
        for (Study study : studies) {
            if (!first) {
                out.write(LINE_SEPARATOR);
            }
            first = false;
            write(study, out);
        }
    }

    // --- values --------------------------------------------------------------------------------

    /** {@code value} as a one-line RIS value, or no value when it is blank. */
    private static List<String> one(String value) {
        String clean = clean(value);
        return clean == null ? List.of() : List.of(clean);
    }

    private static <T> List<String> each(List<T> items, Function<T, String> value) {
        List<String> out = new ArrayList<>();
        for (T item : Parts.list(items)) {
            String clean = item == null ? null : clean(value.apply(item));
            if (clean != null) {
                out.add(clean);
            }
        }
        return out;
    }

    /** Folds line breaks (and the spaces around them) into one space; blank is {@code null}. */
    static String clean(String value) {
        if (isBlank(value)) {
            return null;
        }
        return LINE_BREAKS.matcher(value.strip()).replaceAll(" ");
    }

    /** {@code 2024-12-05} → {@code 2024/12/05}, {@code 2024-12} → {@code 2024/12}. */
    static String risDate(String isoDate) {
        if (isBlank(isoDate)) {
            return null;
        }
        return PartialDate.tryParse(isoDate)
                .map(d -> d.toString().replace('-', '/'))
                .orElse(isoDate);
    }

    private static Sponsor leadSponsor(Study s) {
        return get(Parts.sponsors(s), SponsorCollaboratorsModule::leadSponsor);
    }

    private static List<String> otherIds(Study s) {
        IdentificationModule id = Parts.identification(s);
        if (id == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(one(get(id.orgStudyIdInfo(), OrgStudyIdInfo::id)));
        out.addAll(each(
                id.secondaryIdInfos(),
                (SecondaryIdInfo x) -> isBlank(x.id())
                        ? null
                        : x.type() == null ? x.id() : x.id() + " [" + x.type().name() + "]"));
        return out;
    }

    private static List<String> shortTitle(Study s) {
        String brief = s.briefTitle();
        String acronym = get(Parts.identification(s), IdentificationModule::acronym);
        if (isBlank(brief)) {
            return List.of();
        }
        return one(isBlank(acronym) ? brief : brief + " (" + acronym + ")");
    }

    private static List<String> title(Study s) {
        String official = get(Parts.identification(s), IdentificationModule::officialTitle);
        return one(isBlank(official) ? s.briefTitle() : official);
    }

    private static List<String> year(Study s) {
        String posted = date(get(Parts.status(s), StatusModule::studyFirstPostDateStruct));
        return PartialDate.tryParse(posted)
                .map(d -> List.of(Integer.toString(d.year())))
                .orElse(List.of());
    }

    private static List<String> documentKinds(Study s) {
        boolean protocol = false;
        boolean sap = false;
        boolean icf = false;
        for (LargeDoc doc : Parts.largeDocs(s)) {
            protocol |= Boolean.TRUE.equals(doc.hasProtocol());
            sap |= Boolean.TRUE.equals(doc.hasSap());
            icf |= Boolean.TRUE.equals(doc.hasIcf());
        }
        return one(Parts.joinPresent(", ", protocol ? "Protocol" : null, sap ? "SAP" : null, icf ? "ICF" : null));
    }

    private static List<String> centralContact(Study s) {
        List<Contact> contacts = Parts.list(get(Parts.contacts(s), ContactsLocationsModule::centralContacts));
        if (contacts.isEmpty() || contacts.get(0) == null) {
            return List.of();
        }
        Contact c = contacts.get(0);
        List<String> out = new ArrayList<>(3);
        if (!isBlank(c.name())) {
            out.addAll(
                    one(c.role() == null ? c.name() : c.name() + " [" + c.role().name() + "]"));
        }
        if (!isBlank(c.phone())) {
            out.addAll(one(isBlank(c.phoneExt()) ? c.phone() : c.phone() + " ext. " + c.phoneExt()));
        }
        out.addAll(one(c.email()));
        return out;
    }

    private static List<String> keywords(Study s) {
        ConditionsModule module = Parts.conditions(s);
        if (module == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(each(module.conditions(), c -> c));
        out.addAll(each(module.keywords(), k -> k));
        return List.copyOf(out);
    }
}
