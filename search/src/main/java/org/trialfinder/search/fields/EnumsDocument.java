package org.trialfinder.search.fields;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.trialfinder.model.vocab.LegacyWording;
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
 * model's enums ({@code org.trialfinder.model.vocab}), each with the legacy wording it carries
 * ({@link LegacyWording#legacy()}, which the legacy XML converter in {@code ingest} reads back),
 * plus the results-section enums, which the model keeps as raw JSON and whose wording is listed
 * here. Legacy values not taken from the classic XML are derived and listed in this package's
 * {@code NOTICE.md}.
 */
public final class EnumsDocument {

    private static final Map<Class<?>, String> TYPE_NAMES = new LinkedHashMap<>();
    /** type → (value → legacyValue), in API order. */
    private static final Map<String, Map<String, String>> TYPES = new LinkedHashMap<>();

    static {
        vocab(OverallStatus.class, "Status");
        vocab(RecruitmentStatus.class, "RecruitmentStatus");
        vocab(ExpandedAccessStatus.class, "ExpandedAccessStatus");
        vocab(Phase.class, "Phase");
        vocab(StudyType.class, "StudyType");
        vocab(Sex.class, "Sex");
        vocab(StandardAge.class, "StandardAge");
        vocab(SamplingMethod.class, "SamplingMethod");
        vocab(IpdSharing.class, "IpdSharing");
        vocab(IpdSharingInfoType.class, "IpdSharingInfoType");
        vocab(OrgStudyIdType.class, "OrgStudyIdType");
        vocab(SecondaryIdType.class, "SecondaryIdType");
        vocab(AgencyClass.class, "AgencyClass");
        vocab(DateType.class, "DateType");
        vocab(ResponsiblePartyType.class, "ResponsiblePartyType");
        vocab(DesignAllocation.class, "DesignAllocation");
        vocab(InterventionalAssignment.class, "InterventionalAssignment");
        vocab(PrimaryPurpose.class, "PrimaryPurpose");
        vocab(ObservationalModel.class, "ObservationalModel");
        vocab(TimePerspective.class, "DesignTimePerspective");
        vocab(DesignMasking.class, "DesignMasking");
        vocab(WhoMasked.class, "WhoMasked");
        vocab(BioSpecRetention.class, "BioSpecRetention");
        vocab(EnrollmentType.class, "EnrollmentType");
        vocab(ArmGroupType.class, "ArmGroupType");
        vocab(InterventionType.class, "InterventionType");
        vocab(ContactRole.class, "ContactRole");
        vocab(OfficialRole.class, "OfficialRole");
        vocab(ReferenceType.class, "ReferenceType");
        vocab(BrowseLeafRelevance.class, "BrowseLeafRelevance");
        vocab(UnpostedEventType.class, "UnpostedEventType");
        vocab(ViolationEventType.class, "ViolationEventType");
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

    /** A model enum under its API type name; the values and their wording are the enum's own. */
    private static <E extends Enum<E> & LegacyWording> void vocab(Class<E> cls, String type) {
        Map<String, String> values = new LinkedHashMap<>();
        for (E c : cls.getEnumConstants()) values.put(c.name(), c.legacy());
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
