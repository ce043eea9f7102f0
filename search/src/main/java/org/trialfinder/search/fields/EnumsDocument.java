package org.trialfinder.search.fields;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.model.vocab.AgencyClass;
import org.trialfinder.model.vocab.ArmGroupType;
import org.trialfinder.model.vocab.BioSpecRetention;
import org.trialfinder.model.vocab.BrowseLeafRelevance;
import org.trialfinder.model.vocab.ContactRole;
import org.trialfinder.model.vocab.DateType;
import org.trialfinder.model.vocab.DesignAllocation;
import org.trialfinder.model.vocab.DesignMasking;
import org.trialfinder.model.vocab.EnrollmentType;
import org.trialfinder.model.vocab.ExpandedAccessStatus;
import org.trialfinder.model.vocab.InterventionType;
import org.trialfinder.model.vocab.InterventionalAssignment;
import org.trialfinder.model.vocab.IpdSharing;
import org.trialfinder.model.vocab.IpdSharingInfoType;
import org.trialfinder.model.vocab.ObservationalModel;
import org.trialfinder.model.vocab.OfficialRole;
import org.trialfinder.model.vocab.OrgStudyIdType;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.model.vocab.Phase;
import org.trialfinder.model.vocab.PrimaryPurpose;
import org.trialfinder.model.vocab.RecruitmentStatus;
import org.trialfinder.model.vocab.ReferenceType;
import org.trialfinder.model.vocab.ResponsiblePartyType;
import org.trialfinder.model.vocab.SamplingMethod;
import org.trialfinder.model.vocab.SecondaryIdType;
import org.trialfinder.model.vocab.Sex;
import org.trialfinder.model.vocab.StandardAge;
import org.trialfinder.model.vocab.StudyType;
import org.trialfinder.model.vocab.TimePerspective;
import org.trialfinder.model.vocab.UnpostedEventType;
import org.trialfinder.model.vocab.ViolationEventType;
import org.trialfinder.model.vocab.WhoMasked;

/**
 * The {@code GET /studies/enums} response: every enum type of the data model with the pieces that
 * use it and, for each value, ClinicalTrials.gov's {@code legacyValue} (the wording of the classic
 * site and XML, e.g. {@code RECRUITING} → {@code "Recruiting"}, {@code PHASE1} → {@code "Phase 1"}).
 *
 * <p>Shape: {@code [{"type":"Status","pieces":["OverallStatus","LastKnownStatus"],
 * "values":[{"value":"RECRUITING","legacyValue":"Recruiting"},…]},…]}. Values come from the
 * model's enums ({@code org.trialfinder.model.vocab}) plus the results-section enums, which the
 * model keeps as raw JSON. Legacy values: where the classic XML wording is known (the same tables
 * as the legacy XML converter in {@code ingest}) it is used; the rest are derived and listed in
 * this package's {@code NOTICE.md}.
 */
public final class EnumsDocument {

    private static final Map<Class<?>, String> TYPE_NAMES = new LinkedHashMap<>();
    /** type → (value → legacyValue), in API order. */
    private static final Map<String, Map<String, String>> TYPES = new LinkedHashMap<>();

    static {
        vocab(
                OverallStatus.class,
                "Status",
                "ACTIVE_NOT_RECRUITING",
                "Active, not recruiting",
                "COMPLETED",
                "Completed",
                "ENROLLING_BY_INVITATION",
                "Enrolling by invitation",
                "NOT_YET_RECRUITING",
                "Not yet recruiting",
                "RECRUITING",
                "Recruiting",
                "SUSPENDED",
                "Suspended",
                "TERMINATED",
                "Terminated",
                "WITHDRAWN",
                "Withdrawn",
                "AVAILABLE",
                "Available",
                "NO_LONGER_AVAILABLE",
                "No longer available",
                "TEMPORARILY_NOT_AVAILABLE",
                "Temporarily not available",
                "APPROVED_FOR_MARKETING",
                "Approved for marketing",
                "WITHHELD",
                "Withheld",
                "UNKNOWN",
                "Unknown status");
        vocab(
                RecruitmentStatus.class,
                "RecruitmentStatus",
                "ACTIVE_NOT_RECRUITING",
                "Active, not recruiting",
                "COMPLETED",
                "Completed",
                "ENROLLING_BY_INVITATION",
                "Enrolling by invitation",
                "NOT_YET_RECRUITING",
                "Not yet recruiting",
                "RECRUITING",
                "Recruiting",
                "SUSPENDED",
                "Suspended",
                "TERMINATED",
                "Terminated",
                "WITHDRAWN",
                "Withdrawn",
                "AVAILABLE",
                "Available");
        vocab(
                ExpandedAccessStatus.class,
                "ExpandedAccessStatus",
                "AVAILABLE",
                "Available",
                "NO_LONGER_AVAILABLE",
                "No longer available",
                "TEMPORARILY_NOT_AVAILABLE",
                "Temporarily not available",
                "APPROVED_FOR_MARKETING",
                "Approved for marketing");
        vocab(
                Phase.class,
                "Phase",
                "NA",
                "Not Applicable",
                "EARLY_PHASE1",
                "Early Phase 1",
                "PHASE1",
                "Phase 1",
                "PHASE2",
                "Phase 2",
                "PHASE3",
                "Phase 3",
                "PHASE4",
                "Phase 4");
        vocab(
                StudyType.class,
                "StudyType",
                "EXPANDED_ACCESS",
                "Expanded Access",
                "INTERVENTIONAL",
                "Interventional",
                "OBSERVATIONAL",
                "Observational");
        vocab(Sex.class, "Sex", "FEMALE", "Female", "MALE", "Male", "ALL", "All");
        vocab(StandardAge.class, "StandardAge", "CHILD", "Child", "ADULT", "Adult", "OLDER_ADULT", "Older Adult");
        vocab(
                SamplingMethod.class,
                "SamplingMethod",
                "PROBABILITY_SAMPLE",
                "Probability Sample",
                "NON_PROBABILITY_SAMPLE",
                "Non-Probability Sample");
        vocab(IpdSharing.class, "IpdSharing", "YES", "Yes", "NO", "No", "UNDECIDED", "Undecided");
        vocab(
                IpdSharingInfoType.class,
                "IpdSharingInfoType",
                "STUDY_PROTOCOL",
                "Study Protocol",
                "SAP",
                "Statistical Analysis Plan (SAP)",
                "ICF",
                "Informed Consent Form (ICF)",
                "CSR",
                "Clinical Study Report (CSR)",
                "ANALYTIC_CODE",
                "Analytic Code");
        vocab(
                OrgStudyIdType.class,
                "OrgStudyIdType",
                "NIH",
                "U.S. NIH Grant/Contract",
                "FDA",
                "U.S. FDA Grant/Contract",
                "VA",
                "U.S. VA Grant/Contract",
                "CDC",
                "U.S. CDC Grant/Contract",
                "AHRQ",
                "U.S. AHRQ Grant/Contract",
                "SAMHSA",
                "U.S. SAMHSA Grant/Contract");
        vocab(
                SecondaryIdType.class,
                "SecondaryIdType",
                "NIH",
                "U.S. NIH Grant/Contract",
                "FDA",
                "U.S. FDA Grant/Contract",
                "VA",
                "U.S. VA Grant/Contract",
                "CDC",
                "U.S. CDC Grant/Contract",
                "AHRQ",
                "U.S. AHRQ Grant/Contract",
                "SAMHSA",
                "U.S. SAMHSA Grant/Contract",
                "OTHER_GRANT",
                "Other Grant/Funding Number",
                "EUDRACT_NUMBER",
                "EudraCT Number",
                "CTIS",
                "EU Trial (CTIS) Number",
                "REGISTRY",
                "Registry Identifier",
                "OTHER",
                "Other Identifier");
        vocab(
                AgencyClass.class,
                "AgencyClass",
                "NIH",
                "NIH",
                "FED",
                "U.S. Fed",
                "OTHER_GOV",
                "Other Government",
                "INDIV",
                "Individual",
                "INDUSTRY",
                "Industry",
                "NETWORK",
                "Network",
                "AMBIG",
                "Ambiguous",
                "OTHER",
                "Other",
                "UNKNOWN",
                "Unknown");
        vocab(DateType.class, "DateType", "ACTUAL", "Actual", "ESTIMATED", "Estimated");
        vocab(
                ResponsiblePartyType.class,
                "ResponsiblePartyType",
                "SPONSOR",
                "Sponsor",
                "PRINCIPAL_INVESTIGATOR",
                "Principal Investigator",
                "SPONSOR_INVESTIGATOR",
                "Sponsor-Investigator");
        vocab(
                DesignAllocation.class,
                "DesignAllocation",
                "RANDOMIZED",
                "Randomized",
                "NON_RANDOMIZED",
                "Non-Randomized",
                "NA",
                "N/A");
        vocab(
                InterventionalAssignment.class,
                "InterventionalAssignment",
                "SINGLE_GROUP",
                "Single Group Assignment",
                "PARALLEL",
                "Parallel Assignment",
                "CROSSOVER",
                "Crossover Assignment",
                "FACTORIAL",
                "Factorial Assignment",
                "SEQUENTIAL",
                "Sequential Assignment");
        vocab(
                PrimaryPurpose.class,
                "PrimaryPurpose",
                "TREATMENT",
                "Treatment",
                "PREVENTION",
                "Prevention",
                "DIAGNOSTIC",
                "Diagnostic",
                "ECT",
                "Educational/Counseling/Training",
                "SUPPORTIVE_CARE",
                "Supportive Care",
                "SCREENING",
                "Screening",
                "HEALTH_SERVICES_RESEARCH",
                "Health Services Research",
                "BASIC_SCIENCE",
                "Basic Science",
                "DEVICE_FEASIBILITY",
                "Device Feasibility",
                "OTHER",
                "Other");
        vocab(
                ObservationalModel.class,
                "ObservationalModel",
                "COHORT",
                "Cohort",
                "CASE_CONTROL",
                "Case-Control",
                "CASE_ONLY",
                "Case-Only",
                "CASE_CROSSOVER",
                "Case-Crossover",
                "ECOLOGIC_OR_COMMUNITY",
                "Ecologic or Community",
                "FAMILY_BASED",
                "Family-Based",
                "DEFINED_POPULATION",
                "Defined Population",
                "NATURAL_HISTORY",
                "Natural History",
                "OTHER",
                "Other");
        vocab(
                TimePerspective.class,
                "DesignTimePerspective",
                "RETROSPECTIVE",
                "Retrospective",
                "PROSPECTIVE",
                "Prospective",
                "CROSS_SECTIONAL",
                "Cross-Sectional",
                "OTHER",
                "Other");
        vocab(
                DesignMasking.class,
                "DesignMasking",
                "NONE",
                "None (Open Label)",
                "SINGLE",
                "Single",
                "DOUBLE",
                "Double",
                "TRIPLE",
                "Triple",
                "QUADRUPLE",
                "Quadruple");
        vocab(
                WhoMasked.class,
                "WhoMasked",
                "PARTICIPANT",
                "Participant",
                "CARE_PROVIDER",
                "Care Provider",
                "INVESTIGATOR",
                "Investigator",
                "OUTCOMES_ASSESSOR",
                "Outcomes Assessor");
        vocab(
                BioSpecRetention.class,
                "BioSpecRetention",
                "NONE_RETAINED",
                "None Retained",
                "SAMPLES_WITH_DNA",
                "Samples With DNA",
                "SAMPLES_WITHOUT_DNA",
                "Samples Without DNA");
        vocab(EnrollmentType.class, "EnrollmentType", "ACTUAL", "Actual", "ESTIMATED", "Estimated");
        vocab(
                ArmGroupType.class,
                "ArmGroupType",
                "EXPERIMENTAL",
                "Experimental",
                "ACTIVE_COMPARATOR",
                "Active Comparator",
                "PLACEBO_COMPARATOR",
                "Placebo Comparator",
                "SHAM_COMPARATOR",
                "Sham Comparator",
                "NO_INTERVENTION",
                "No Intervention",
                "OTHER",
                "Other");
        vocab(
                InterventionType.class,
                "InterventionType",
                "BEHAVIORAL",
                "Behavioral",
                "BIOLOGICAL",
                "Biological",
                "COMBINATION_PRODUCT",
                "Combination Product",
                "DEVICE",
                "Device",
                "DIAGNOSTIC_TEST",
                "Diagnostic Test",
                "DIETARY_SUPPLEMENT",
                "Dietary Supplement",
                "DRUG",
                "Drug",
                "GENETIC",
                "Genetic",
                "PROCEDURE",
                "Procedure",
                "RADIATION",
                "Radiation",
                "OTHER",
                "Other");
        vocab(
                ContactRole.class,
                "ContactRole",
                "STUDY_CHAIR",
                "Study Chair",
                "STUDY_DIRECTOR",
                "Study Director",
                "PRINCIPAL_INVESTIGATOR",
                "Principal Investigator",
                "SUB_INVESTIGATOR",
                "Sub-Investigator",
                "CONTACT",
                "Contact");
        vocab(
                OfficialRole.class,
                "OfficialRole",
                "STUDY_CHAIR",
                "Study Chair",
                "STUDY_DIRECTOR",
                "Study Director",
                "PRINCIPAL_INVESTIGATOR",
                "Principal Investigator",
                "SUB_INVESTIGATOR",
                "Sub-Investigator");
        vocab(
                ReferenceType.class,
                "ReferenceType",
                "BACKGROUND",
                "background",
                "RESULT",
                "result",
                "DERIVED",
                "derived");
        vocab(BrowseLeafRelevance.class, "BrowseLeafRelevance", "LOW", "low", "HIGH", "high");
        vocab(
                UnpostedEventType.class,
                "UnpostedEventType",
                "RESET",
                "Reset",
                "RELEASE",
                "Release",
                "UNRELEASE",
                "Unrelease");
        vocab(
                ViolationEventType.class,
                "ViolationEventType",
                "VIOLATION_IDENTIFIED",
                "Violation Identified by FDA",
                "CORRECTION_CONFIRMED",
                "Correction Confirmed by FDA",
                "PENALTY_IMPOSED",
                "Penalty Imposed by FDA",
                "ISSUES_IN_LETTER_ADDRESSED_CONFIRMED",
                "Issues in letter addressed; confirmed by FDA.");
        // results section (no model enum: resultsSection is kept as raw JSON)
        results(
                "MeasureParam",
                "GEOMETRIC_MEAN",
                "Geometric Mean",
                "GEOMETRIC_LEAST_SQUARES_MEAN",
                "Geometric Least Squares Mean",
                "LEAST_SQUARES_MEAN",
                "Least Squares Mean",
                "LOG_MEAN",
                "Log Mean",
                "MEAN",
                "Mean",
                "MEDIAN",
                "Median",
                "NUMBER",
                "Number",
                "COUNT_OF_PARTICIPANTS",
                "Count of Participants",
                "COUNT_OF_UNITS",
                "Count of Units");
        results(
                "MeasureDispersionType",
                "NA",
                "Not Applicable",
                "STANDARD_DEVIATION",
                "Standard Deviation",
                "STANDARD_ERROR",
                "Standard Error",
                "INTER_QUARTILE_RANGE",
                "Inter-Quartile Range",
                "FULL_RANGE",
                "Full Range",
                "CONFIDENCE_80",
                "80% Confidence Interval",
                "CONFIDENCE_90",
                "90% Confidence Interval",
                "CONFIDENCE_95",
                "95% Confidence Interval",
                "CONFIDENCE_975",
                "97.5% Confidence Interval",
                "CONFIDENCE_99",
                "99% Confidence Interval",
                "CONFIDENCE_OTHER",
                "Other Confidence Interval Level",
                "GEOMETRIC_COEFFICIENT",
                "Geometric Coefficient of Variation");
        results(
                "OutcomeMeasureType",
                "PRIMARY",
                "Primary",
                "SECONDARY",
                "Secondary",
                "OTHER_PRE_SPECIFIED",
                "Other Pre-specified",
                "POST_HOC",
                "Post-Hoc");
        results("ReportingStatus", "NOT_POSTED", "Not Posted", "POSTED", "Posted");
        results(
                "EventAssessment",
                "NON_SYSTEMATIC_ASSESSMENT",
                "Non-systematic Assessment",
                "SYSTEMATIC_ASSESSMENT",
                "Systematic Assessment");
        results("AgreementRestrictionType", "LTE60", "LTE60", "GT60", "GT60", "OTHER", "OTHER");
        results(
                "AnalysisDispersionType",
                "STANDARD_DEVIATION",
                "Standard Deviation",
                "STANDARD_ERROR_OF_MEAN",
                "Standard Error of the Mean");
        results("ConfidenceIntervalNumSides", "ONE_SIDED", "1-Sided", "TWO_SIDED", "2-Sided");
        results(
                "NonInferiorityType",
                "SUPERIORITY",
                "Superiority",
                "NON_INFERIORITY",
                "Non-Inferiority",
                "EQUIVALENCE",
                "Equivalence",
                "OTHER",
                "Other",
                "NON_INFERIORITY_OR_EQUIVALENCE",
                "Non-Inferiority or Equivalence",
                "SUPERIORITY_OR_OTHER",
                "Superiority or Other",
                "NON_INFERIORITY_OR_EQUIVALENCE_LEGACY",
                "Non-Inferiority or Equivalence (legacy)",
                "SUPERIORITY_OR_OTHER_LEGACY",
                "Superiority or Other (legacy)");
    }

    private EnumsDocument() {}

    private static void vocab(Class<? extends Enum<?>> cls, String type, String... pairs) {
        Map<String, String> values = pairs(pairs);
        // every model constant must have a row, and no row may name a constant the model lacks
        List<String> constants = new ArrayList<>();
        for (Enum<?> c : cls.getEnumConstants()) constants.add(c.name());
        if (!constants.equals(List.copyOf(values.keySet()))) {
            throw new IllegalStateException("legacy table for " + type + " " + values.keySet() + " does not match "
                    + cls.getName() + " " + constants);
        }
        TYPE_NAMES.put(cls, type);
        TYPES.put(type, values);
    }

    private static void results(String type, String... pairs) {
        TYPES.put(type, pairs(pairs));
    }

    private static Map<String, String> pairs(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    /** The API's name for a model enum: {@code Status} for {@code OverallStatus}, {@code DesignTimePerspective} for {@code TimePerspective}. */
    static String typeNameOf(Class<?> cls) {
        String t = TYPE_NAMES.get(cls);
        if (t == null) throw new IllegalArgumentException("no enum type for " + cls);
        return t;
    }

    static List<String> valuesOf(String type) {
        Map<String, String> v = TYPES.get(type);
        if (v == null) throw new IllegalArgumentException("unknown enum type " + type);
        return List.copyOf(v.keySet());
    }

    /** Enum type names in document order ({@code Status}, {@code RecruitmentStatus}, {@code Phase}…). */
    public static List<String> types() {
        return List.copyOf(TYPES.keySet());
    }

    /** The values of an enum type, or empty when there is no such type. */
    public static List<String> values(String type) {
        Map<String, String> v = TYPES.get(type);
        return v == null ? List.of() : List.copyOf(v.keySet());
    }

    /** ClinicalTrials.gov's legacy wording of a value, e.g. {@code ("Phase","PHASE1")} → {@code "Phase 1"}. */
    public static Optional<String> legacyValue(String type, String value) {
        Map<String, String> v = TYPES.get(type);
        return v == null ? Optional.empty() : Optional.ofNullable(v.get(value));
    }

    /** The value whose legacy wording is {@code legacy} (case-insensitive), e.g. {@code "Not yet recruiting"} → {@code NOT_YET_RECRUITING}. */
    public static Optional<String> fromLegacy(String type, String legacy) {
        Map<String, String> v = TYPES.get(type);
        if (v == null || legacy == null) return Optional.empty();
        for (Map.Entry<String, String> e : v.entrySet()) {
            if (e.getValue().equalsIgnoreCase(legacy.trim())) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }

    /** The {@code /studies/enums} response for the standard catalog. */
    public static ArrayNode json() {
        return json(FieldCatalog.standard());
    }

    /** The {@code /studies/enums} response; {@code pieces} lists the catalog's pieces of each type. */
    public static ArrayNode json(FieldCatalog catalog) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode out = f.arrayNode();
        for (Map.Entry<String, Map<String, String>> t : TYPES.entrySet()) {
            ObjectNode node = out.addObject();
            node.put("type", t.getKey());
            ArrayNode pieces = node.putArray("pieces");
            for (FieldDef d : catalog.all()) {
                if (t.getKey().equals(d.enumType())) pieces.add(d.piece());
            }
            ArrayNode values = node.putArray("values");
            for (Map.Entry<String, String> v : t.getValue().entrySet()) {
                ObjectNode value = values.addObject();
                value.put("value", v.getKey());
                value.put("legacyValue", v.getValue());
            }
        }
        return out;
    }
}
