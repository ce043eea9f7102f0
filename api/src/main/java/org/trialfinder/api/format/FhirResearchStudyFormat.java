package org.trialfinder.api.format;

import static org.trialfinder.api.format.Parts.date;
import static org.trialfinder.api.format.Parts.get;
import static org.trialfinder.api.format.Parts.isBlank;
import static org.trialfinder.api.format.Parts.words;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchStudy.ResearchStudyStatus;
import org.trialfinder.model.DateStruct;
import org.trialfinder.model.PartialDate;
import org.trialfinder.model.Study;
import org.trialfinder.model.derived.BrowseModule;
import org.trialfinder.model.derived.DerivedSection;
import org.trialfinder.model.derived.Mesh;
import org.trialfinder.model.document.LargeDoc;
import org.trialfinder.model.protocol.ArmGroup;
import org.trialfinder.model.protocol.ArmsInterventionsModule;
import org.trialfinder.model.protocol.ConditionsModule;
import org.trialfinder.model.protocol.Contact;
import org.trialfinder.model.protocol.ContactsLocationsModule;
import org.trialfinder.model.protocol.DescriptionModule;
import org.trialfinder.model.protocol.DesignInfo;
import org.trialfinder.model.protocol.DesignModule;
import org.trialfinder.model.protocol.EnrollmentInfo;
import org.trialfinder.model.protocol.GeoPoint;
import org.trialfinder.model.protocol.IdentificationModule;
import org.trialfinder.model.protocol.Intervention;
import org.trialfinder.model.protocol.Official;
import org.trialfinder.model.protocol.OrgStudyIdInfo;
import org.trialfinder.model.protocol.Outcome;
import org.trialfinder.model.protocol.OutcomesModule;
import org.trialfinder.model.protocol.SecondaryIdInfo;
import org.trialfinder.model.protocol.SeeAlsoLink;
import org.trialfinder.model.protocol.Sponsor;
import org.trialfinder.model.protocol.SponsorCollaboratorsModule;
import org.trialfinder.model.protocol.StatusModule;
import org.trialfinder.model.vocab.EnrollmentType;
import org.trialfinder.model.vocab.OfficialRole;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.PrimaryPurpose;

/**
 * A study as a FHIR R4 {@code ResearchStudy} in JSON ({@code format=fhir.json}, content type
 * {@code application/fhir+json}), built with HAPI FHIR's R4 structures and written by its JSON
 * parser.
 *
 * <h2>Mapping</h2>
 *
 * <ul>
 *   <li>{@code id}: the NCT number. {@code meta.lastUpdated}: the last-update post date at
 *       00:00 UTC (the record has a date, an instant needs a time).
 *   <li>{@code identifier}: the NCT number ({@code system https://clinicaltrials.gov}, use
 *       official), the org study id (use usual, assigner the organization), each secondary id
 *       (use secondary, type text the id type, assigner its domain) and each NCT alias (use old).
 *   <li>{@code title}: the brief title (what ClinicalTrials.gov titles the study page with).
 *   <li>{@code status}: see {@link #status(OverallStatus, OverallStatus)}; a {@code note} keeps
 *       ClinicalTrials.gov's own status word.
 *   <li>{@code phase}: {@code research-study-phase} codes ({@code phase-1-phase-2} for PHASE1 +
 *       PHASE2, {@code n-a} for NA); left out for studies without phases (observational).
 *   <li>{@code category}: the study type ({@code Interventional}). {@code primaryPurposeType}:
 *       the primary purpose in {@code research-study-prim-purp-type} where R4 has a code (ECT and
 *       OTHER are text only).
 *   <li>{@code focus}: each intervention ({@code Drug: Oxaliplatin}).
 *   <li>{@code condition}: each condition as text, with the MeSH code ({@code
 *       https://www.nlm.nih.gov/mesh}) of the derived {@code conditionBrowseModule.meshes} entry
 *       with the same name; MeSH terms that match no condition follow as coded concepts.
 *   <li>{@code keyword}: the keywords. {@code location}: the distinct site countries.
 *   <li>{@code description}: the brief summary (markdown, as R4 types it).
 *   <li>{@code period}: start date to completion date, partial dates kept ({@code 2024-12}).
 *   <li>{@code enrollment}: a contained {@code Group} ({@code #enrollment}) of persons with
 *       {@code quantity} = enrollment count and {@code actual} = the count is ACTUAL.
 *   <li>{@code sponsor}: a contained {@code Organization} ({@code #sponsor}) named after the
 *       lead sponsor. {@code principalInvestigator}: a contained {@code Practitioner} for the
 *       first overall official with role PRINCIPAL_INVESTIGATOR.
 *   <li>{@code site}: one contained {@code Location} per site ({@code #site-1}, …): facility
 *       name, address (city, state, postal code, country), {@code position} from {@code
 *       geoPoint}.
 *   <li>{@code contact}: the central contacts (name, phone with extension, email).
 *   <li>{@code arm}: each arm group (label, type as text and code, description).
 *       {@code objective}: each outcome measure, typed primary / secondary / exploratory (other).
 *   <li>{@code reasonStopped}: why stopped. {@code relatedArtifact}: the ClinicalTrials.gov
 *       study page (documentation), uploaded documents, see-also links and references (citation,
 *       PubMed link when there is a PMID).
 * </ul>
 *
 * <h2>Evidence and guesses</h2>
 *
 * ClinicalTrials.gov's own {@code fhir.json} output was not available to compare with; the
 * mapping follows the R4 {@code ResearchStudy} definition. The status mapping for the statuses
 * with no obvious R4 counterpart, the choice of brief over official title, the 00:00 UTC time of
 * {@code meta.lastUpdated} and the contained resources' ids are decisions made here.
 *
 * <p>Thread-safe: the FHIR context is created once per JVM (it is expensive) and a parser is
 * made per call (HAPI parsers are not thread-safe).
 */
public final class FhirResearchStudyFormat {

    /** The content type of the output. */
    public static final String CONTENT_TYPE = "application/fhir+json";

    /** The identifier system of NCT numbers. */
    public static final String NCT_SYSTEM = "https://clinicaltrials.gov";

    static final String PHASE_SYSTEM = "http://terminology.hl7.org/CodeSystem/research-study-phase";
    static final String PURPOSE_SYSTEM = "http://terminology.hl7.org/CodeSystem/research-study-prim-purp-type";
    static final String OBJECTIVE_SYSTEM = "http://terminology.hl7.org/CodeSystem/research-study-objective-type";
    static final String MESH_SYSTEM = "https://www.nlm.nih.gov/mesh";

    private static final FhirContext CONTEXT = FhirContext.forR4();

    private static final Map<OverallStatus, ResearchStudyStatus> STATUS = new EnumMap<>(OverallStatus.class);

    static {
        STATUS.put(OverallStatus.RECRUITING, ResearchStudyStatus.ACTIVE);
        STATUS.put(OverallStatus.ENROLLING_BY_INVITATION, ResearchStudyStatus.ACTIVE);
        STATUS.put(OverallStatus.AVAILABLE, ResearchStudyStatus.ACTIVE);
        STATUS.put(OverallStatus.NOT_YET_RECRUITING, ResearchStudyStatus.APPROVED);
        STATUS.put(OverallStatus.ACTIVE_NOT_RECRUITING, ResearchStudyStatus.CLOSEDTOACCRUAL);
        STATUS.put(OverallStatus.COMPLETED, ResearchStudyStatus.COMPLETED);
        STATUS.put(OverallStatus.APPROVED_FOR_MARKETING, ResearchStudyStatus.COMPLETED);
        STATUS.put(OverallStatus.SUSPENDED, ResearchStudyStatus.TEMPORARILYCLOSEDTOACCRUAL);
        STATUS.put(OverallStatus.TEMPORARILY_NOT_AVAILABLE, ResearchStudyStatus.TEMPORARILYCLOSEDTOACCRUAL);
        STATUS.put(OverallStatus.TERMINATED, ResearchStudyStatus.ADMINISTRATIVELYCOMPLETED);
        STATUS.put(OverallStatus.NO_LONGER_AVAILABLE, ResearchStudyStatus.CLOSEDTOACCRUALANDINTERVENTION);
        STATUS.put(OverallStatus.WITHDRAWN, ResearchStudyStatus.WITHDRAWN);
        STATUS.put(OverallStatus.WITHHELD, ResearchStudyStatus.INREVIEW);
        STATUS.put(OverallStatus.UNKNOWN, ResearchStudyStatus.INREVIEW);
    }

    private static final FhirResearchStudyFormat INSTANCE = new FhirResearchStudyFormat();

    private FhirResearchStudyFormat() {}

    /** The shared instance. */
    public static FhirResearchStudyFormat instance() {
        return INSTANCE;
    }

    /** The shared R4 context (for parsing the output back, e.g. in tests and clients). */
    public static FhirContext context() {
        return CONTEXT;
    }

    /**
     * The R4 {@code ResearchStudy.status} for a ClinicalTrials.gov overall status:
     *
     * <table>
     *   <caption>Status mapping</caption>
     *   <tr><th>ClinicalTrials.gov</th><th>R4</th><th>why</th></tr>
     *   <tr><td>RECRUITING</td><td>active</td><td>open to accrual</td></tr>
     *   <tr><td>ENROLLING_BY_INVITATION</td><td>active</td><td>open, to invited people</td></tr>
     *   <tr><td>AVAILABLE</td><td>active</td><td>expanded access open</td></tr>
     *   <tr><td>NOT_YET_RECRUITING</td><td>approved</td><td>approved, not yet open</td></tr>
     *   <tr><td>ACTIVE_NOT_RECRUITING</td><td>closed-to-accrual</td><td>no new participants,
     *       still treating</td></tr>
     *   <tr><td>COMPLETED</td><td>completed</td><td></td></tr>
     *   <tr><td>APPROVED_FOR_MARKETING</td><td>completed</td><td>expanded access ended because
     *       the product is marketed (guess)</td></tr>
     *   <tr><td>SUSPENDED</td><td>temporarily-closed-to-accrual</td><td></td></tr>
     *   <tr><td>TEMPORARILY_NOT_AVAILABLE</td><td>temporarily-closed-to-accrual</td><td>expanded
     *       access paused</td></tr>
     *   <tr><td>TERMINATED</td><td>administratively-completed</td><td>"completed prematurely and
     *       will not resume"</td></tr>
     *   <tr><td>NO_LONGER_AVAILABLE</td><td>closed-to-accrual-and-intervention</td><td>expanded
     *       access closed (guess)</td></tr>
     *   <tr><td>WITHDRAWN</td><td>withdrawn</td><td>stopped before enrolling anyone</td></tr>
     *   <tr><td>WITHHELD</td><td>in-review</td><td>status not public (guess)</td></tr>
     *   <tr><td>UNKNOWN</td><td>in-review</td><td>not verified for over two years: never shown
     *       as active whatever the last known status; R4 has no "unknown" (guess)</td></tr>
     * </table>
     *
     * A missing status maps to in-review. {@code lastKnownStatus} is not used for the code (it is
     * kept in the note).
     */
    public static ResearchStudyStatus status(OverallStatus overall, OverallStatus lastKnown) {
        return overall == null ? ResearchStudyStatus.INREVIEW : STATUS.get(overall);
    }

    /** The {@code research-study-phase} code for ClinicalTrials.gov phases; {@code null} if none. */
    public static String phaseCode(List<Phase> phases) {
        Set<Phase> set = new LinkedHashSet<>(Parts.list(phases));
        if (set.isEmpty()) {
            return null;
        }
        if (set.contains(Phase.PHASE1) && set.contains(Phase.PHASE2)) {
            return "phase-1-phase-2";
        }
        if (set.contains(Phase.PHASE2) && set.contains(Phase.PHASE3)) {
            return "phase-2-phase-3";
        }
        return switch (set.iterator().next()) {
            case NA -> "n-a";
            case EARLY_PHASE1 -> "early-phase-1";
            case PHASE1 -> "phase-1";
            case PHASE2 -> "phase-2";
            case PHASE3 -> "phase-3";
            case PHASE4 -> "phase-4";
        };
    }

    /** Builds the resource for {@code study}. */
    public ResearchStudy toResearchStudy(Study study) {
        ResearchStudy rs = new ResearchStudy();
        String nctId = study.nctId();
        if (!isBlank(nctId)) {
            rs.setId(nctId);
        }
        StatusModule status = Parts.status(study);
        study.lastUpdatePostDate()
                .ifPresent(day -> rs.getMeta().setLastUpdatedElement(new InstantType(day + "T00:00:00Z")));

        identifiers(study, rs);
        if (!isBlank(study.briefTitle())) {
            rs.setTitle(study.briefTitle());
        }
        rs.setStatus(status(study.overallStatus(), get(status, StatusModule::lastKnownStatus)));
        statusNote(study, status, rs);
        phase(study, rs);
        design(study, rs);
        interventions(study, rs);
        conditions(study, rs);
        for (String country : study.countries()) {
            rs.addLocation(new CodeableConcept().setText(country));
        }
        String summary = get(Parts.description(study), DescriptionModule::briefSummary);
        if (!isBlank(summary)) {
            rs.setDescription(summary);
        }
        period(status, rs);
        enrollment(study, rs);
        sponsor(study, rs);
        principalInvestigator(study, rs);
        sites(study, rs);
        centralContacts(study, rs);
        arms(study, rs);
        objectives(study, rs);
        String whyStopped = get(status, StatusModule::whyStopped);
        if (!isBlank(whyStopped)) {
            rs.setReasonStopped(new CodeableConcept().setText(whyStopped));
        }
        relatedArtifacts(study, rs);
        return rs;
    }

    /** The resource for {@code study} as compact FHIR JSON. */
    public String toJson(Study study) {
        return parser().encodeResourceToString(toResearchStudy(study));
    }

    /** Writes the resource for {@code study} as compact FHIR JSON. */
    public void write(Study study, Writer out) throws IOException {
        parser().encodeResourceToWriter(toResearchStudy(study), out);
    }

    private static IParser parser() {
        return CONTEXT.newJsonParser().setPrettyPrint(false);
    }

    // --- parts -----------------------------------------------------------------------------------

    private static void identifiers(Study study, ResearchStudy rs) {
        IdentificationModule id = Parts.identification(study);
        if (id == null) {
            return;
        }
        if (!isBlank(id.nctId())) {
            rs.addIdentifier()
                    .setUse(Identifier.IdentifierUse.OFFICIAL)
                    .setSystem(NCT_SYSTEM)
                    .setValue(id.nctId());
        }
        String orgId = get(id.orgStudyIdInfo(), OrgStudyIdInfo::id);
        if (!isBlank(orgId)) {
            Identifier identifier =
                    rs.addIdentifier().setUse(Identifier.IdentifierUse.USUAL).setValue(orgId);
            identifier.setType(new CodeableConcept().setText("Org Study ID"));
            String org = get(id.organization(), organization -> organization.fullName());
            if (!isBlank(org)) {
                identifier.setAssigner(new Reference().setDisplay(org));
            }
        }
        for (SecondaryIdInfo secondary : Parts.list(id.secondaryIdInfos())) {
            if (secondary == null || isBlank(secondary.id())) {
                continue;
            }
            Identifier identifier = rs.addIdentifier()
                    .setUse(Identifier.IdentifierUse.SECONDARY)
                    .setValue(secondary.id());
            if (secondary.type() != null) {
                identifier.setType(
                        new CodeableConcept().setText(secondary.type().name()));
            }
            if (!isBlank(secondary.domain())) {
                identifier.setAssigner(new Reference().setDisplay(secondary.domain()));
            }
        }
        for (String alias : Parts.list(id.nctIdAliases())) {
            if (!isBlank(alias)) {
                rs.addIdentifier()
                        .setUse(Identifier.IdentifierUse.OLD)
                        .setSystem(NCT_SYSTEM)
                        .setValue(alias);
            }
        }
    }

    private static void statusNote(Study study, StatusModule status, ResearchStudy rs) {
        OverallStatus overall = study.overallStatus();
        if (overall == null) {
            return;
        }
        String text = "ClinicalTrials.gov overall status: " + overall.name();
        OverallStatus lastKnown = get(status, StatusModule::lastKnownStatus);
        if (lastKnown != null) {
            text += "; last known status: " + lastKnown.name();
        }
        rs.addNote(new Annotation().setText(text));
    }

    private static void phase(Study study, ResearchStudy rs) {
        String code = phaseCode(study.phases());
        if (code == null) {
            return;
        }
        String text = String.join("|", study.phases().stream().map(Enum::name).toList());
        rs.setPhase(new CodeableConcept(new Coding(PHASE_SYSTEM, code, phaseDisplay(code))).setText(text));
    }

    private static String phaseDisplay(String code) {
        return switch (code) {
            case "n-a" -> "N/A";
            case "early-phase-1" -> "Early Phase 1";
            case "phase-1-phase-2" -> "Phase 1/Phase 2";
            case "phase-2-phase-3" -> "Phase 2/Phase 3";
            default -> "Phase " + code.substring(code.length() - 1);
        };
    }

    private static void design(Study study, ResearchStudy rs) {
        if (study.studyType() != null) {
            rs.addCategory(new CodeableConcept(
                            new Coding().setCode(study.studyType().name()).setDisplay(words(study.studyType())))
                    .setText(words(study.studyType())));
        }
        PrimaryPurpose purpose = get(get(Parts.design(study), DesignModule::designInfo), DesignInfo::primaryPurpose);
        if (purpose != null) {
            String code = switch (purpose) {
                case TREATMENT -> "treatment";
                case PREVENTION -> "prevention";
                case DIAGNOSTIC -> "diagnostic";
                case SUPPORTIVE_CARE -> "supportive-care";
                case SCREENING -> "screening";
                case HEALTH_SERVICES_RESEARCH -> "health-services-research";
                case BASIC_SCIENCE -> "basic-science";
                case DEVICE_FEASIBILITY -> "device-feasibility";
                case ECT, OTHER -> null;
            };
            CodeableConcept concept = new CodeableConcept().setText(words(purpose));
            if (code != null) {
                concept.addCoding(new Coding(PURPOSE_SYSTEM, code, words(purpose)));
            }
            rs.setPrimaryPurposeType(concept);
        }
    }

    private static void interventions(Study study, ResearchStudy rs) {
        for (Intervention i : Parts.list(get(Parts.arms(study), ArmsInterventionsModule::interventions))) {
            if (i == null || isBlank(i.name())) {
                continue;
            }
            rs.addFocus(new CodeableConcept().setText(i.type() == null ? i.name() : words(i.type()) + ": " + i.name()));
        }
    }

    private static void conditions(Study study, ResearchStudy rs) {
        BrowseModule browse = get(Parts.derived(study), DerivedSection::conditionBrowseModule);
        Map<String, Mesh> meshByTerm = new HashMap<>();
        for (Mesh mesh : Parts.list(get(browse, BrowseModule::meshes))) {
            if (mesh != null && !isBlank(mesh.id()) && !isBlank(mesh.term())) {
                meshByTerm.putIfAbsent(mesh.term().strip().toLowerCase(Locale.ROOT), mesh);
            }
        }
        Set<String> usedMesh = new HashSet<>();
        ConditionsModule module = Parts.conditions(study);
        for (String condition : Parts.list(get(module, ConditionsModule::conditions))) {
            if (isBlank(condition)) {
                continue;
            }
            CodeableConcept concept = new CodeableConcept().setText(condition);
            Mesh mesh = meshByTerm.get(condition.strip().toLowerCase(Locale.ROOT));
            if (mesh != null) {
                concept.addCoding(new Coding(MESH_SYSTEM, mesh.id(), mesh.term()));
                usedMesh.add(mesh.id());
            }
            rs.addCondition(concept);
        }
        for (Mesh mesh : Parts.list(get(browse, BrowseModule::meshes))) {
            if (mesh != null && !isBlank(mesh.id()) && usedMesh.add(mesh.id())) {
                rs.addCondition(
                        new CodeableConcept(new Coding(MESH_SYSTEM, mesh.id(), mesh.term())).setText(mesh.term()));
            }
        }
        for (String keyword : Parts.list(get(module, ConditionsModule::keywords))) {
            if (!isBlank(keyword)) {
                rs.addKeyword(new CodeableConcept().setText(keyword));
            }
        }
    }

    private static void period(StatusModule status, ResearchStudy rs) {
        DateTimeType start = dateTime(get(status, StatusModule::startDateStruct));
        DateTimeType end = dateTime(get(status, StatusModule::completionDateStruct));
        if (start == null && end == null) {
            return;
        }
        Period period = new Period();
        if (start != null) {
            period.setStartElement(start);
        }
        if (end != null) {
            period.setEndElement(end);
        }
        rs.setPeriod(period);
    }

    private static DateTimeType dateTime(DateStruct struct) {
        return PartialDate.tryParse(date(struct))
                .map(d -> new DateTimeType(d.toString()))
                .orElse(null);
    }

    private static void enrollment(Study study, ResearchStudy rs) {
        EnrollmentInfo info = get(Parts.design(study), DesignModule::enrollmentInfo);
        if (info == null || info.count() == null) {
            return;
        }
        Group group = new Group();
        group.setId("enrollment");
        group.setType(Group.GroupType.PERSON);
        group.setActual(info.type() == EnrollmentType.ACTUAL);
        group.setQuantity(info.count());
        if (info.type() != null) {
            group.setName(words(info.type()) + " enrollment");
        }
        rs.addContained(group);
        rs.addEnrollment(new Reference("#enrollment"));
    }

    private static void sponsor(Study study, ResearchStudy rs) {
        Sponsor lead = get(Parts.sponsors(study), SponsorCollaboratorsModule::leadSponsor);
        if (lead == null || isBlank(lead.name())) {
            return;
        }
        Organization org = new Organization();
        org.setId("sponsor");
        org.setName(lead.name());
        if (lead.agencyClass() != null) {
            org.addType(new CodeableConcept().setText(lead.agencyClass().name()));
        }
        rs.addContained(org);
        rs.setSponsor(new Reference("#sponsor").setDisplay(lead.name()));
    }

    private static void principalInvestigator(Study study, ResearchStudy rs) {
        for (Official official : Parts.list(get(Parts.contacts(study), ContactsLocationsModule::overallOfficials))) {
            if (official == null
                    || isBlank(official.name())
                    || official.role() != OfficialRole.PRINCIPAL_INVESTIGATOR) {
                continue;
            }
            Practitioner pi = new Practitioner();
            pi.setId("principal-investigator");
            pi.addName(new HumanName().setText(official.name()));
            rs.addContained(pi);
            Reference ref = new Reference("#principal-investigator").setDisplay(official.name());
            rs.setPrincipalInvestigator(ref);
            return;
        }
    }

    private static void sites(Study study, ResearchStudy rs) {
        int n = 0;
        for (var location : study.locations()) { // the record's site; Location below is FHIR's
            if (location == null) {
                continue;
            }
            n++;
            Location site = new Location();
            site.setId("site-" + n);
            if (!isBlank(location.facility())) {
                site.setName(location.facility());
            }
            Address address = new Address();
            if (!isBlank(location.city())) {
                address.setCity(location.city());
            }
            if (!isBlank(location.state())) {
                address.setState(location.state());
            }
            if (!isBlank(location.zip())) {
                address.setPostalCode(location.zip());
            }
            if (!isBlank(location.country())) {
                address.setCountry(location.country());
            }
            if (!address.isEmpty()) {
                site.setAddress(address);
            }
            GeoPoint geo = location.geoPoint();
            if (geo != null && geo.lat() != null && geo.lon() != null) {
                site.getPosition().setLatitude(geo.lat()).setLongitude(geo.lon());
            }
            if (location.status() != null) {
                site.setDescription("Recruitment status: " + location.status().name());
            }
            for (Contact contact : Parts.list(location.contacts())) {
                addTelecom(contact, site.getTelecom());
            }
            rs.addContained(site);
            Reference ref = new Reference("#site-" + n);
            if (!isBlank(location.facility())) {
                ref.setDisplay(location.facility());
            }
            rs.addSite(ref);
        }
    }

    private static void centralContacts(Study study, ResearchStudy rs) {
        for (Contact contact : Parts.list(get(Parts.contacts(study), ContactsLocationsModule::centralContacts))) {
            if (contact == null) {
                continue;
            }
            ContactDetail detail = new ContactDetail();
            if (!isBlank(contact.name())) {
                detail.setName(contact.name());
            }
            addTelecom(contact, detail.getTelecom());
            if (!detail.isEmpty()) {
                rs.addContact(detail);
            }
        }
    }

    private static void addTelecom(Contact contact, List<ContactPoint> telecom) {
        if (contact == null) {
            return;
        }
        if (!isBlank(contact.phone())) {
            String phone =
                    isBlank(contact.phoneExt()) ? contact.phone() : contact.phone() + " ext. " + contact.phoneExt();
            telecom.add(new ContactPoint()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(phone));
        }
        if (!isBlank(contact.email())) {
            telecom.add(new ContactPoint()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(contact.email()));
        }
    }

    private static void arms(Study study, ResearchStudy rs) {
        for (ArmGroup arm : Parts.list(get(Parts.arms(study), ArmsInterventionsModule::armGroups))) {
            if (arm == null || isBlank(arm.label())) {
                continue;
            }
            ResearchStudy.ResearchStudyArmComponent component = rs.addArm().setName(arm.label());
            if (arm.type() != null) {
                component.setType(new CodeableConcept(
                                new Coding().setCode(arm.type().name()).setDisplay(words(arm.type())))
                        .setText(words(arm.type())));
            }
            if (!isBlank(arm.description())) {
                component.setDescription(arm.description());
            }
        }
    }

    private static void objectives(Study study, ResearchStudy rs) {
        OutcomesModule outcomes = Parts.outcomes(study);
        if (outcomes == null) {
            return;
        }
        addObjectives(rs, outcomes.primaryOutcomes(), "primary", "Primary");
        addObjectives(rs, outcomes.secondaryOutcomes(), "secondary", "Secondary");
        addObjectives(rs, outcomes.otherOutcomes(), "exploratory", "Exploratory");
    }

    private static void addObjectives(ResearchStudy rs, List<Outcome> outcomes, String code, String display) {
        for (Outcome outcome : Parts.list(outcomes)) {
            if (outcome == null || isBlank(outcome.measure())) {
                continue;
            }
            rs.addObjective()
                    .setName(outcome.measure())
                    .setType(new CodeableConcept(new Coding(OBJECTIVE_SYSTEM, code, display)));
        }
    }

    private static void relatedArtifacts(Study study, ResearchStudy rs) {
        String url = CsvFormat.studyUrl(study);
        if (url != null) {
            rs.addRelatedArtifact(new RelatedArtifact()
                    .setType(RelatedArtifact.RelatedArtifactType.DOCUMENTATION)
                    .setLabel("ClinicalTrials.gov")
                    .setDisplay("ClinicalTrials.gov study record")
                    .setUrl(url));
        }
        for (LargeDoc doc : Parts.largeDocs(study)) {
            String docUrl = Parts.largeDocUrl(study.nctId(), doc);
            if (docUrl != null) {
                rs.addRelatedArtifact(new RelatedArtifact()
                        .setType(RelatedArtifact.RelatedArtifactType.DOCUMENTATION)
                        .setDisplay(Parts.largeDocLabel(doc))
                        .setUrl(docUrl));
            }
        }
        var references = Parts.references(study);
        if (references == null) {
            return;
        }
        for (SeeAlsoLink link : Parts.list(references.seeAlsoLinks())) {
            if (link != null && !isBlank(link.url())) {
                RelatedArtifact artifact = new RelatedArtifact()
                        .setType(RelatedArtifact.RelatedArtifactType.DOCUMENTATION)
                        .setUrl(link.url());
                if (!isBlank(link.label())) {
                    artifact.setDisplay(link.label());
                }
                rs.addRelatedArtifact(artifact);
            }
        }
        for (var ref : Parts.list(references.references())) { // the record's Reference; FHIR's has the same name
            if (ref == null || (isBlank(ref.citation()) && isBlank(ref.pmid()))) {
                continue;
            }
            RelatedArtifact artifact = new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION);
            if (!isBlank(ref.citation())) {
                artifact.setCitation(ref.citation());
            }
            if (!isBlank(ref.pmid())) {
                artifact.setUrl("https://pubmed.ncbi.nlm.nih.gov/" + ref.pmid().strip() + "/");
            }
            if (ref.type() != null) {
                artifact.setLabel(ref.type().name());
            }
            rs.addRelatedArtifact(artifact);
        }
    }
}
