package org.trialfinder.ingest.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.trialfinder.model.vocab.AgencyClass;
import org.trialfinder.model.vocab.ArmGroupType;
import org.trialfinder.model.vocab.BioSpecRetention;
import org.trialfinder.model.vocab.ContactRole;
import org.trialfinder.model.vocab.DateType;
import org.trialfinder.model.vocab.DesignAllocation;
import org.trialfinder.model.vocab.DesignMasking;
import org.trialfinder.model.vocab.EnrollmentType;
import org.trialfinder.model.vocab.InterventionType;
import org.trialfinder.model.vocab.InterventionalAssignment;
import org.trialfinder.model.vocab.IpdSharing;
import org.trialfinder.model.vocab.IpdSharingInfoType;
import org.trialfinder.model.vocab.LegacyWording;
import org.trialfinder.model.vocab.ObservationalModel;
import org.trialfinder.model.vocab.OfficialRole;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.PrimaryPurpose;
import org.trialfinder.model.vocab.ResponsiblePartyType;
import org.trialfinder.model.vocab.SamplingMethod;
import org.trialfinder.model.vocab.Sex;
import org.trialfinder.model.vocab.StudyType;
import org.trialfinder.model.vocab.TimePerspective;
import org.trialfinder.model.vocab.WhoMasked;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Converts one legacy ClinicalTrials.gov {@code <clinical_study>} XML document (the format of
 * AllPublicXML.zip and the TREC corpora, schema public.xsd) into a ClinicalTrials.gov API v2 study JSON
 * object: {@code {"protocolSection":{...}, "annotationSection":{...}, "documentSection":{...},
 * "derivedSection":{...}, "hasResults":bool}}, with v2 field names, v2 enum constants and v2 field
 * order. Absent or empty elements produce absent fields; empty modules are left out.
 *
 * <p>The mapping is strict: an enumerated value the converter does not know (a status, phase, class,
 * ...) raises {@link LegacyXmlException} naming the element and the value, it is never guessed.
 *
 * <p>Elements that have no API v2 home and are dropped: {@code required_header/link_text},
 * {@code required_header/url}, {@code last_update_submitted_qc}, {@code number_of_arms},
 * {@code number_of_groups}, {@code location_countries} (v2 derives countries from the locations),
 * {@code clinical_results} (only its presence is kept, as {@code hasResults}; converting results is
 * not done yet). Text free-form whitespace is normalised as documented in {@link LegacyText}.
 *
 * <p>Instances are thread-safe; the parser is created per call. The XML parser refuses DTDs and never
 * resolves external entities (XXE-safe).
 */
public final class LegacyXmlConverter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    // ------------------------------------------------------------------ wording tables (legacy -> v2)
    // The enums' legacy wording is on the model's enums (LegacyWording); these are the yes/no
    // answers and month names, which are not enums of the v2 record.

    private static final Map<String, String> HEALTHY_VOLUNTEERS =
            map("Accepts Healthy Volunteers", "true", "Yes", "true", "No", "false");

    private static final Map<String, String> YES_NO = map("Yes", "true", "No", "false");

    private static final Map<String, String> MONTHS = map(
            "January",
            "01",
            "February",
            "02",
            "March",
            "03",
            "April",
            "04",
            "May",
            "05",
            "June",
            "06",
            "July",
            "07",
            "August",
            "08",
            "September",
            "09",
            "October",
            "10",
            "November",
            "11",
            "December",
            "12");

    private static final Pattern DATE = Pattern.compile("([A-Z][a-z]+) (?:(\\d{1,2}), )?(\\d{4})");
    private static final Pattern MASKING_TEXT = Pattern.compile("([^(]+?)\\s*(?:\\((.*)\\))?");
    private static final Pattern AGE = Pattern.compile("(\\d+) (Years?|Months?|Weeks?|Days?|Hours?|Minutes?)");
    private static final Pattern DOWNLOAD_DATE =
            Pattern.compile("ClinicalTrials\\.gov processed this data on ([A-Z][a-z]+ \\d{1,2}, \\d{4})");

    // ------------------------------------------------------------------ API

    /**
     * Converts one {@code <clinical_study>} document.
     *
     * @param xml        the document; read to the end, not closed
     * @param sourceName a name for messages, e.g. the zip entry name
     * @return the study in API v2 shape
     * @throws LegacyXmlException malformed XML (message has line and column), no clinical_study root,
     *                            no nct_id, or a value that cannot be mapped (message quotes it)
     */
    public ObjectNode convert(InputStream xml, String sourceName) throws LegacyXmlException {
        Document doc = parse(xml, sourceName);
        Element root = doc.getDocumentElement();
        if (root == null || !"clinical_study".equals(root.getTagName())) {
            throw new LegacyXmlException(
                    sourceName,
                    "root element is <" + (root == null ? "" : root.getTagName()) + ">, expected <clinical_study>");
        }
        return new Conversion(sourceName, root).run();
    }

    // ------------------------------------------------------------------ parsing

    /**
     * One secured parser per thread: building a factory and parser costs more than parsing a
     * record, and DocumentBuilder is not thread-safe. {@code reset()} returns it to its configured state.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS =
            ThreadLocal.withInitial(LegacyXmlConverter::newBuilder);

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            configure(builder);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("JDK XML parser cannot be secured", e);
        }
    }

    private static void configure(DocumentBuilder builder) {
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
    }

    private static Document parse(InputStream xml, String sourceName) throws LegacyXmlException {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        configure(builder); // reset() drops the resolver and error handler
        try {
            InputSource in = new InputSource(xml);
            in.setSystemId(sourceName);
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new LegacyXmlException(
                    sourceName,
                    "malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + e.getMessage(),
                    e);
        } catch (SAXException e) {
            throw new LegacyXmlException(sourceName, "malformed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LegacyXmlException(sourceName, "cannot read XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        f.setValidating(false);
        return f;
    }

    // ------------------------------------------------------------------ the conversion of one document

    private static final class Conversion {
        private final String source;
        private final Element root;

        Conversion(String source, Element root) {
            this.source = source;
            this.root = root;
        }

        ObjectNode run() throws LegacyXmlException {
            ObjectNode study = F.objectNode();
            ObjectNode ps = study.putObject("protocolSection");
            put(ps, "identificationModule", identification());
            put(ps, "statusModule", status());
            put(ps, "sponsorCollaboratorsModule", sponsors());
            put(ps, "oversightModule", oversight());
            put(ps, "descriptionModule", description());
            put(ps, "conditionsModule", conditions());
            put(ps, "designModule", design());
            put(ps, "armsInterventionsModule", armsInterventions());
            put(ps, "outcomesModule", outcomes());
            put(ps, "eligibilityModule", eligibility());
            put(ps, "contactsLocationsModule", contactsLocations());
            put(ps, "referencesModule", references());
            put(ps, "ipdSharingStatementModule", ipdSharing());
            // resultsSection: clinical_results is not converted yet (only hasResults is set)
            put(study, "annotationSection", annotations());
            put(study, "documentSection", documents());
            put(study, "derivedSection", derived());
            study.put("hasResults", child(root, "clinical_results") != null);
            return study;
        }

        // ---------------------------------------------------------- modules

        private ObjectNode identification() throws LegacyXmlException {
            Element idInfo = child(root, "id_info");
            String nctId = idInfo == null ? null : text(idInfo, "nct_id");
            if (nctId == null) throw new LegacyXmlException(source, "no <id_info>/<nct_id>");
            ObjectNode m = F.objectNode();
            m.put("nctId", nctId);
            putTexts(m, "nctIdAliases", idInfo, "nct_alias");
            String org = text(idInfo, "org_study_id");
            if (org != null) m.putObject("orgStudyIdInfo").put("id", org);
            ArrayNode secondary = F.arrayNode();
            for (Element e : children(idInfo, "secondary_id")) {
                String s = LegacyText.plain(e.getTextContent());
                if (s != null) secondary.addObject().put("id", s);
            }
            put(m, "secondaryIdInfos", secondary);
            // organization: the legacy XML has no organization element; <source> is the organization
            // that provided the record, which is what v2 calls organization.fullName. Its class is
            // only known when the source is the lead sponsor (then it is the lead sponsor's class).
            String src = text(root, "source");
            if (src != null) {
                ObjectNode o = m.putObject("organization");
                o.put("fullName", src);
                Element lead = child(child(root, "sponsors"), "lead_sponsor");
                if (lead != null && src.equals(text(lead, "agency"))) {
                    putEnum(o, "class", lead, "agency_class", AgencyClass.class);
                }
            }
            putText(m, "briefTitle", root, "brief_title");
            putText(m, "officialTitle", root, "official_title");
            putText(m, "acronym", root, "acronym");
            return m;
        }

        private ObjectNode status() throws LegacyXmlException {
            ObjectNode m = F.objectNode();
            putDate(m, "statusVerifiedDate", "verification_date");
            String overall = text(root, "overall_status");
            if (overall != null) m.put("overallStatus", lookup("overall_status", overall, OverallStatus.class));
            putEnum(m, "lastKnownStatus", root, "last_known_status", OverallStatus.class);
            putText(m, "whyStopped", root, "why_stopped");
            String hasEa = text(root, "has_expanded_access");
            if (hasEa != null) {
                m.putObject("expandedAccessInfo").put("hasExpandedAccess", bool("has_expanded_access", hasEa, YES_NO));
            }
            putDateStruct(m, "startDateStruct", "start_date");
            putDateStruct(m, "primaryCompletionDateStruct", "primary_completion_date");
            putDateStruct(m, "completionDateStruct", "completion_date");
            putDate(m, "studyFirstSubmitDate", "study_first_submitted");
            putDate(m, "studyFirstSubmitQcDate", "study_first_submitted_qc");
            putDateStruct(m, "studyFirstPostDateStruct", "study_first_posted");
            putDate(m, "resultsFirstSubmitDate", "results_first_submitted");
            putDate(m, "resultsFirstSubmitQcDate", "results_first_submitted_qc");
            putDateStruct(m, "resultsFirstPostDateStruct", "results_first_posted");
            putDate(m, "dispFirstSubmitDate", "disposition_first_submitted");
            putDate(m, "dispFirstSubmitQcDate", "disposition_first_submitted_qc");
            putDateStruct(m, "dispFirstPostDateStruct", "disposition_first_posted");
            putDate(m, "lastUpdateSubmitDate", "last_update_submitted");
            // last_update_submitted_qc has no v2 field: dropped
            putDateStruct(m, "lastUpdatePostDateStruct", "last_update_posted");
            return m;
        }

        private ObjectNode sponsors() throws LegacyXmlException {
            ObjectNode m = F.objectNode();
            Element rp = child(root, "responsible_party");
            if (rp != null) {
                ObjectNode r = F.objectNode();
                putEnum(r, "type", rp, "responsible_party_type", ResponsiblePartyType.class);
                putText(r, "investigatorFullName", rp, "investigator_full_name");
                putText(r, "investigatorTitle", rp, "investigator_title");
                putText(r, "investigatorAffiliation", rp, "investigator_affiliation");
                putText(r, "oldNameTitle", rp, "name_title");
                putText(r, "oldOrganization", rp, "organization");
                put(m, "responsibleParty", r);
            }
            Element sponsors = child(root, "sponsors");
            Element lead = child(sponsors, "lead_sponsor");
            if (lead != null) put(m, "leadSponsor", agency(lead));
            ArrayNode collaborators = F.arrayNode();
            for (Element c : children(sponsors, "collaborator")) {
                ObjectNode a = agency(c);
                if (!a.isEmpty()) collaborators.add(a);
            }
            put(m, "collaborators", collaborators);
            return m;
        }

        private ObjectNode agency(Element e) throws LegacyXmlException {
            ObjectNode a = F.objectNode();
            putText(a, "name", e, "agency");
            putEnum(a, "class", e, "agency_class", AgencyClass.class);
            return a;
        }

        private ObjectNode oversight() throws LegacyXmlException {
            Element o = child(root, "oversight_info");
            ObjectNode m = F.objectNode();
            if (o == null) return m;
            putBool(m, "oversightHasDmc", o, "has_dmc");
            putBool(m, "isFdaRegulatedDrug", o, "is_fda_regulated_drug");
            putBool(m, "isFdaRegulatedDevice", o, "is_fda_regulated_device");
            putBool(m, "isUnapprovedDevice", o, "is_unapproved_device");
            putBool(m, "isPpsd", o, "is_ppsd");
            putBool(m, "isUsExport", o, "is_us_export");
            return m;
        }

        private ObjectNode description() {
            ObjectNode m = F.objectNode();
            putTextblock(m, "briefSummary", root, "brief_summary");
            putTextblock(m, "detailedDescription", root, "detailed_description");
            return m;
        }

        private ObjectNode conditions() {
            ObjectNode m = F.objectNode();
            putTexts(m, "conditions", root, "condition");
            putTexts(m, "keywords", root, "keyword");
            return m;
        }

        private ObjectNode design() throws LegacyXmlException {
            ObjectNode m = F.objectNode();
            String studyType = text(root, "study_type");
            if (studyType != null) {
                m.put("studyType", lookup("study_type", studyType, StudyType.class));
            }
            Element ea = child(root, "expanded_access_info");
            if (ea != null) {
                ObjectNode t = F.objectNode();
                putBool(t, "individual", ea, "expanded_access_type_individual");
                putBool(t, "intermediate", ea, "expanded_access_type_intermediate");
                putBool(t, "treatment", ea, "expanded_access_type_treatment");
                put(m, "expandedAccessTypes", t);
            }
            // only the registry flavour says anything about patientRegistry; plain "Observational"
            // does not say "false" (v2 also leaves it out for old observational records)
            if ("Observational [Patient Registry]".equals(studyType)) m.put("patientRegistry", true);
            putText(m, "targetDuration", root, "target_duration");
            String phase = text(root, "phase");
            if (phase != null) {
                ArrayNode phases = m.putArray("phases");
                for (String p : phase.split("/(?=Phase)")) phases.add(lookup("phase", p.strip(), Phase.class));
            }
            Element di = child(root, "study_design_info");
            if (di != null) {
                ObjectNode d = F.objectNode();
                putEnum(d, "allocation", di, "allocation", DesignAllocation.class);
                putEnum(d, "interventionModel", di, "intervention_model", InterventionalAssignment.class);
                putText(d, "interventionModelDescription", di, "intervention_model_description");
                putEnum(d, "primaryPurpose", di, "primary_purpose", PrimaryPurpose.class);
                putEnum(d, "observationalModel", di, "observational_model", ObservationalModel.class);
                putEnum(d, "timePerspective", di, "time_perspective", TimePerspective.class);
                String masking = text(di, "masking");
                String maskingDescr = text(di, "masking_description");
                if (masking != null || maskingDescr != null) {
                    ObjectNode mi = d.putObject("maskingInfo");
                    ArrayNode who = F.arrayNode();
                    if (masking != null) {
                        Matcher mm = MASKING_TEXT.matcher(masking);
                        if (!mm.matches()) throw unknown("masking", masking);
                        String level = masking.equals("None (Open Label)") ? masking : mm.group(1);
                        mi.put("masking", lookup("masking", level, DesignMasking.class));
                        if (mm.group(2) != null && !masking.equals("None (Open Label)")) {
                            for (String w : mm.group(2).split(",")) {
                                who.add(lookup("masking", w.strip(), WhoMasked.class));
                            }
                        }
                    }
                    if (maskingDescr != null) mi.put("maskingDescription", maskingDescr);
                    put(mi, "whoMasked", who);
                }
                put(m, "designInfo", d);
            }
            ObjectNode bio = F.objectNode();
            putEnum(bio, "retention", root, "biospec_retention", BioSpecRetention.class);
            putTextblock(bio, "description", root, "biospec_descr");
            put(m, "bioSpec", bio);
            Element enr = child(root, "enrollment");
            String count = enr == null ? null : LegacyText.plain(enr.getTextContent());
            if (count != null) {
                ObjectNode e = m.putObject("enrollmentInfo");
                try {
                    e.put("count", Integer.parseInt(count));
                } catch (NumberFormatException ex) {
                    throw unknown("enrollment", count);
                }
                String type = enr.getAttribute("type");
                if (!type.isEmpty()) e.put("type", lookup("enrollment@type", type, EnrollmentType.class));
            }
            // number_of_arms / number_of_groups: no v2 field (v2 lists the arm groups only): dropped
            return m;
        }

        private ObjectNode armsInterventions() throws LegacyXmlException {
            ObjectNode m = F.objectNode();
            List<Element> interventions = children(root, "intervention");
            ArrayNode arms = F.arrayNode();
            for (Element a : children(root, "arm_group")) {
                ObjectNode g = arms.addObject();
                String label = text(a, "arm_group_label");
                if (label != null) g.put("label", label);
                putEnum(g, "type", a, "arm_group_type", ArmGroupType.class);
                putText(g, "description", a, "description");
                // v2 interventionNames: "<intervention type as displayed>: <name>" for every intervention
                // whose arm_group_label list names this arm (legacy XML has the link on the intervention)
                ArrayNode names = F.arrayNode();
                for (Element i : interventions) {
                    if (label != null && texts(i, "arm_group_label").contains(label)) {
                        String type = text(i, "intervention_type");
                        String name = text(i, "intervention_name");
                        names.add((type == null ? "" : type + ": ") + (name == null ? "" : name));
                    }
                }
                put(g, "interventionNames", names);
            }
            put(m, "armGroups", arms);
            ArrayNode iv = F.arrayNode();
            for (Element i : interventions) {
                ObjectNode o = iv.addObject();
                putEnum(o, "type", i, "intervention_type", InterventionType.class);
                putText(o, "name", i, "intervention_name");
                putText(o, "description", i, "description");
                putTexts(o, "armGroupLabels", i, "arm_group_label");
                putTexts(o, "otherNames", i, "other_name");
            }
            put(m, "interventions", iv);
            return m;
        }

        private ObjectNode outcomes() {
            ObjectNode m = F.objectNode();
            put(m, "primaryOutcomes", outcomeList("primary_outcome"));
            put(m, "secondaryOutcomes", outcomeList("secondary_outcome"));
            put(m, "otherOutcomes", outcomeList("other_outcome"));
            return m;
        }

        private ArrayNode outcomeList(String tag) {
            ArrayNode a = F.arrayNode();
            for (Element e : children(root, tag)) {
                ObjectNode o = F.objectNode();
                putText(o, "measure", e, "measure");
                putText(o, "description", e, "description");
                putText(o, "timeFrame", e, "time_frame");
                if (!o.isEmpty()) a.add(o);
            }
            return a;
        }

        private ObjectNode eligibility() throws LegacyXmlException {
            ObjectNode m = F.objectNode();
            Element el = child(root, "eligibility");
            if (el == null) return m;
            putTextblock(m, "eligibilityCriteria", el, "criteria");
            String hv = text(el, "healthy_volunteers");
            if (hv != null) m.put("healthyVolunteers", bool("healthy_volunteers", hv, HEALTHY_VOLUNTEERS));
            putEnum(m, "sex", el, "gender", Sex.class);
            putBool(m, "genderBased", el, "gender_based");
            putText(m, "genderDescription", el, "gender_description");
            Double min = null;
            Double max = null;
            String minAge = text(el, "minimum_age");
            if (minAge != null && !minAge.equals("N/A")) {
                m.put("minimumAge", minAge);
                min = years("minimum_age", minAge);
            }
            String maxAge = text(el, "maximum_age");
            if (maxAge != null && !maxAge.equals("N/A")) {
                m.put("maximumAge", maxAge);
                max = years("maximum_age", maxAge);
            }
            // stdAges as ClinicalTrials.gov derives them: CHILD 0-17, ADULT 18-64, OLDER_ADULT 65+;
            // a category is listed when [min, max] overlaps it (absent bound = open). This rule
            // reproduces stdAges of all 1,492 studies in /work/shared/data/ctgov-v2.
            double lo = min == null ? 0 : min;
            double hi = max == null ? Double.POSITIVE_INFINITY : max;
            ArrayNode std = m.putArray("stdAges");
            if (lo < 18) std.add("CHILD");
            if (lo < 65 && hi >= 18) std.add("ADULT");
            if (hi >= 65) std.add("OLDER_ADULT");
            putTextblock(m, "studyPopulation", el, "study_pop");
            putEnum(m, "samplingMethod", el, "sampling_method", SamplingMethod.class);
            return m;
        }

        private double years(String tag, String age) throws LegacyXmlException {
            Matcher a = AGE.matcher(age);
            if (!a.matches()) throw unknown(tag, age);
            double n = Long.parseLong(a.group(1));
            String unit = a.group(2);
            if (unit.startsWith("Year")) return n;
            if (unit.startsWith("Month")) return n / 12.0;
            if (unit.startsWith("Week")) return n * 7 / 365.25;
            if (unit.startsWith("Day")) return n / 365.25;
            if (unit.startsWith("Hour")) return n / (24 * 365.25);
            return n / (60 * 24 * 365.25);
        }

        private ObjectNode contactsLocations() throws LegacyXmlException {
            ObjectNode m = F.objectNode();
            ArrayNode central = F.arrayNode();
            // v2 has role CONTACT for central contacts; legacy backup contacts have no other v2 role
            for (Element c : children(root, "overall_contact")) addContact(central, c, "CONTACT");
            for (Element c : children(root, "overall_contact_backup")) addContact(central, c, "CONTACT");
            put(m, "centralContacts", central);
            ArrayNode officials = F.arrayNode();
            for (Element o : children(root, "overall_official")) {
                ObjectNode n = F.objectNode();
                String name = personName(o);
                if (name != null) n.put("name", name);
                putText(n, "affiliation", o, "affiliation");
                putEnum(n, "role", o, "role", OfficialRole.class);
                if (!n.isEmpty()) officials.add(n);
            }
            put(m, "overallOfficials", officials);
            ArrayNode locations = F.arrayNode();
            for (Element l : children(root, "location")) {
                ObjectNode n = F.objectNode();
                Element fac = child(l, "facility");
                putText(n, "facility", fac, "name");
                putEnum(n, "status", l, "status", OverallStatus.class);
                Element addr = child(fac, "address");
                putText(n, "city", addr, "city");
                putText(n, "state", addr, "state");
                putText(n, "zip", addr, "zip");
                putText(n, "country", addr, "country");
                ArrayNode contacts = F.arrayNode();
                for (Element c : children(l, "contact")) addContact(contacts, c, "CONTACT");
                for (Element c : children(l, "contact_backup")) addContact(contacts, c, "CONTACT");
                for (Element inv : children(l, "investigator")) {
                    String role = text(inv, "role");
                    addContact(
                            contacts, inv, role == null ? null : lookup("investigator/role", role, ContactRole.class));
                }
                put(n, "contacts", contacts);
                // no geoPoint: the legacy XML has no coordinates (geocoding happens elsewhere)
                locations.add(n);
            }
            put(m, "locations", locations);
            return m;
        }

        private void addContact(ArrayNode into, Element c, String role) {
            ObjectNode n = F.objectNode();
            String name = personName(c);
            if (name != null) n.put("name", name);
            if (role != null) n.put("role", role);
            putText(n, "phone", c, "phone");
            putText(n, "phoneExt", c, "phone_ext");
            putText(n, "email", c, "email");
            into.add(n);
        }

        /** first_name middle_name last_name, degrees (the public export fills last_name only). */
        private String personName(Element e) {
            List<String> parts = new ArrayList<>();
            for (String tag : List.of("first_name", "middle_name", "last_name")) {
                String s = text(e, tag);
                if (s != null) parts.add(s);
            }
            String name = parts.isEmpty() ? null : String.join(" ", parts);
            String degrees = text(e, "degrees");
            if (degrees != null) name = name == null ? degrees : name + ", " + degrees;
            return name;
        }

        private ObjectNode references() {
            ObjectNode m = F.objectNode();
            ArrayNode refs = F.arrayNode();
            for (Element r : children(root, "reference")) addReference(refs, r, "BACKGROUND");
            for (Element r : children(root, "results_reference")) addReference(refs, r, "RESULT");
            put(m, "references", refs);
            ArrayNode links = F.arrayNode();
            for (Element l : children(root, "link")) {
                ObjectNode n = F.objectNode();
                putText(n, "label", l, "description");
                putText(n, "url", l, "url");
                if (!n.isEmpty()) links.add(n);
            }
            put(m, "seeAlsoLinks", links);
            ArrayNode ipds = F.arrayNode();
            for (Element d : children(child(root, "study_docs"), "study_doc")) {
                ObjectNode n = F.objectNode();
                putText(n, "id", d, "doc_id");
                putText(n, "type", d, "doc_type");
                putText(n, "url", d, "doc_url");
                putText(n, "comment", d, "doc_comment");
                if (!n.isEmpty()) ipds.add(n);
            }
            put(m, "availIpds", ipds);
            return m;
        }

        private void addReference(ArrayNode into, Element r, String type) {
            ObjectNode n = F.objectNode();
            putText(n, "pmid", r, "PMID");
            n.put("type", type);
            putText(n, "citation", r, "citation");
            into.add(n);
        }

        private ObjectNode ipdSharing() throws LegacyXmlException {
            ObjectNode m = F.objectNode();
            Element p = child(root, "patient_data");
            if (p == null) return m;
            putEnum(m, "ipdSharing", p, "sharing_ipd", IpdSharing.class);
            putText(m, "description", p, "ipd_description");
            ArrayNode types = F.arrayNode();
            for (String t : texts(p, "ipd_info_type")) types.add(lookup("ipd_info_type", t, IpdSharingInfoType.class));
            put(m, "infoTypes", types);
            putText(m, "timeFrame", p, "ipd_time_frame");
            putText(m, "accessCriteria", p, "ipd_access_criteria");
            putText(m, "url", p, "ipd_url");
            return m;
        }

        /** pending_results (results submitted but not yet posted) -> v2 unpostedAnnotation events. */
        private ObjectNode annotations() throws LegacyXmlException {
            ObjectNode section = F.objectNode();
            Element pr = child(root, "pending_results");
            if (pr == null) return section;
            ArrayNode events = F.arrayNode();
            for (Element e : children(pr, null)) {
                String type = switch (e.getTagName()) {
                    case "submitted" -> "RELEASE";
                    case "returned" -> "RESET";
                    case "submission_canceled" -> "UNRELEASE";
                    default -> throw unknown("pending_results child", e.getTagName());
                };
                ObjectNode ev = events.addObject();
                ev.put("type", type);
                String d = LegacyText.plain(e.getTextContent());
                // the legacy export writes "Unknown" for some dates: the event is kept without a date
                if (d != null && !d.equals("Unknown")) ev.put("date", date(e.getTagName(), d));
            }
            if (!events.isEmpty()) {
                section.putObject("annotationModule")
                        .putObject("unpostedAnnotation")
                        .set("unpostedEvents", events);
            }
            return section;
        }

        /** provided_document_section -> v2 documentSection.largeDocumentModule.largeDocs. */
        private ObjectNode documents() throws LegacyXmlException {
            ObjectNode section = F.objectNode();
            ArrayNode docs = F.arrayNode();
            for (Element d : children(child(root, "provided_document_section"), "provided_document")) {
                ObjectNode n = F.objectNode();
                Boolean prot = optBool(d, "document_has_protocol");
                Boolean sap = optBool(d, "document_has_sap");
                Boolean icf = optBool(d, "document_has_icf");
                // typeAbbrev is v2's abbreviation of the three flags ("Prot_SAP", "ICF", ...)
                List<String> abbrev = new ArrayList<>();
                if (Boolean.TRUE.equals(prot)) abbrev.add("Prot");
                if (Boolean.TRUE.equals(sap)) abbrev.add("SAP");
                if (Boolean.TRUE.equals(icf)) abbrev.add("ICF");
                if (!abbrev.isEmpty()) n.put("typeAbbrev", String.join("_", abbrev));
                if (prot != null) n.put("hasProtocol", prot);
                if (sap != null) n.put("hasSap", sap);
                if (icf != null) n.put("hasIcf", icf);
                putText(n, "label", d, "document_type");
                String date = text(d, "document_date");
                if (date != null) n.put("date", date("document_date", date));
                // v2 filename = last path segment of the legacy document_url
                // (https://ClinicalTrials.gov/ProvidedDocs/81/NCT02405481/Prot_SAP_000.pdf)
                String url = text(d, "document_url");
                if (url != null) n.put("filename", url.substring(url.lastIndexOf('/') + 1));
                if (!n.isEmpty()) docs.add(n);
            }
            if (!docs.isEmpty()) section.putObject("largeDocumentModule").set("largeDocs", docs);
            return section;
        }

        private ObjectNode derived() throws LegacyXmlException {
            ObjectNode section = F.objectNode();
            ObjectNode misc = F.objectNode();
            // versionHolder is the date of the data snapshot; the legacy equivalent is
            // required_header/download_date "ClinicalTrials.gov processed this data on February 03, 2023"
            String dl = text(child(root, "required_header"), "download_date");
            if (dl != null) {
                Matcher m = DOWNLOAD_DATE.matcher(dl);
                if (m.matches()) misc.put("versionHolder", date("download_date", m.group(1)));
            }
            ArrayNode removed = F.arrayNode();
            for (String c : texts(child(root, "removed_countries"), "country")) removed.add(c);
            put(misc, "removedCountries", removed);
            put(section, "miscInfoModule", misc);
            put(section, "conditionBrowseModule", browse("condition_browse"));
            put(section, "interventionBrowseModule", browse("intervention_browse"));
            return section;
        }

        /** The legacy XML has MeSH terms without ids, so only {@code term} is written. */
        private ObjectNode browse(String tag) {
            ObjectNode m = F.objectNode();
            ArrayNode meshes = F.arrayNode();
            for (String t : texts(child(root, tag), "mesh_term"))
                meshes.addObject().put("term", t);
            put(m, "meshes", meshes);
            return m;
        }

        // ---------------------------------------------------------- value helpers

        private LegacyXmlException unknown(String tag, String value) {
            return new LegacyXmlException(source, "unknown <" + tag + "> value \"" + value + "\"");
        }

        private String lookup(String tag, String value, Map<String, String> table) throws LegacyXmlException {
            String v = table.get(value);
            if (v == null) throw unknown(tag, value);
            return v;
        }

        /** The v2 value of the enum {@code type} that the legacy text stands for. */
        private <E extends Enum<E> & LegacyWording> String lookup(String tag, String value, Class<E> type)
                throws LegacyXmlException {
            return LegacyWording.fromLegacy(type, value).map(Enum::name).orElseThrow(() -> unknown(tag, value));
        }

        private boolean bool(String tag, String value, Map<String, String> table) throws LegacyXmlException {
            return Boolean.parseBoolean(lookup(tag, value, table));
        }

        private Boolean optBool(Element parent, String tag) throws LegacyXmlException {
            String v = text(parent, tag);
            return v == null ? null : bool(tag, v, YES_NO);
        }

        private void putBool(ObjectNode o, String field, Element parent, String tag) throws LegacyXmlException {
            Boolean b = optBool(parent, tag);
            if (b != null) o.put(field, b);
        }

        private <E extends Enum<E> & LegacyWording> void putEnum(
                ObjectNode o, String field, Element parent, String tag, Class<E> type) throws LegacyXmlException {
            String v = text(parent, tag);
            if (v != null) o.put(field, lookup(tag, v, type));
        }

        /** "August 1999" -> "1999-08", "August 3, 1999" -> "1999-08-03". */
        private String date(String tag, String value) throws LegacyXmlException {
            Matcher m = DATE.matcher(value);
            if (!m.matches() || !MONTHS.containsKey(m.group(1))) throw unknown(tag, value);
            String ym = m.group(3) + "-" + MONTHS.get(m.group(1));
            if (m.group(2) == null) return ym;
            int day = Integer.parseInt(m.group(2));
            if (day < 1 || day > 31) throw unknown(tag, value);
            return ym + "-" + (day < 10 ? "0" : "") + day;
        }

        private void putDate(ObjectNode o, String field, String tag) throws LegacyXmlException {
            String v = text(root, tag);
            if (v != null) o.put(field, date(tag, v));
        }

        private void putDateStruct(ObjectNode o, String field, String tag) throws LegacyXmlException {
            Element e = child(root, tag);
            String v = e == null ? null : LegacyText.plain(e.getTextContent());
            if (v == null) return;
            ObjectNode s = o.putObject(field);
            s.put("date", date(tag, v));
            String type = e.getAttribute("type");
            if (!type.isEmpty()) s.put("type", lookup(tag + "@type", type, DateType.class));
        }
    }

    // ------------------------------------------------------------------ DOM / JSON helpers

    private static Element child(Element parent, String tag) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) return e;
        }
        return null;
    }

    /** Direct child elements named tag (all child elements when tag is null). */
    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) out.add(e);
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? null : LegacyText.plain(e.getTextContent());
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> out = new ArrayList<>();
        for (Element e : children(parent, tag)) {
            String s = LegacyText.plain(e.getTextContent());
            if (s != null) out.add(s);
        }
        return out;
    }

    private static void putText(ObjectNode o, String field, Element parent, String tag) {
        String v = text(parent, tag);
        if (v != null) o.put(field, v);
    }

    private static void putTexts(ObjectNode o, String field, Element parent, String tag) {
        List<String> v = texts(parent, tag);
        if (!v.isEmpty()) {
            ArrayNode a = o.putArray(field);
            v.forEach(a::add);
        }
    }

    /** parent/tag/textblock, normalised by {@link LegacyText#textblock}. */
    private static void putTextblock(ObjectNode o, String field, Element parent, String tag) {
        Element tb = child(child(parent, tag), "textblock");
        String v = tb == null ? null : LegacyText.textblock(tb.getTextContent());
        if (v != null) o.put(field, v);
    }

    /** Sets field unless value is an empty object or array. */
    private static void put(ObjectNode o, String field, JsonNode value) {
        if (value != null && !value.isEmpty()) o.set(field, value);
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return Map.copyOf(m);
    }
}
