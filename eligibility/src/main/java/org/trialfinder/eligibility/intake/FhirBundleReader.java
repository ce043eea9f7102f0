package org.trialfinder.eligibility.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationReferenceRangeComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.PatientProfile.Treatment;
import org.trialfinder.eligibility.intake.ProfileException.Problem;
import org.trialfinder.eligibility.lab.Analyte;
import org.trialfinder.eligibility.lab.LabUnitException;
import org.trialfinder.eligibility.lab.Units;

/**
 * Reads an HL7 FHIR R4 {@code Bundle} (JSON) into a patient profile:
 * <ul>
 *   <li>Patient: birth date (age at the reader's today) and gender;</li>
 *   <li>Observation, by LOINC code: lab results through the lab catalog ({@code valueQuantity}, its UCUM
 *       code or unit, {@code referenceRange.low/high} as LLN/ULN, {@code effectiveDateTime}); ECOG (89247-1)
 *       and Karnofsky (89243-0) performance status; pregnancy status (82810-3); test results (HIV, HBsAg,
 *       anti-HBc, HBV DNA, HCV antibody and RNA, tuberculosis, pregnancy test: {@link FhirTestResults}). The
 *       latest observation of each kind wins;</li>
 *   <li>Condition: its text or display as a condition, and a metastatic site when it is one (SNOMED
 *       "secondary malignant neoplasm of …", ICD-10 C77–C79, or the words "metastasis to the liver");</li>
 *   <li>MedicationStatement, MedicationRequest, MedicationAdministration and Procedure: treatments with
 *       their dates.</li>
 * </ul>
 * Records marked entered-in-error, refuted, not done or not taken are skipped. A document that is not a
 * valid FHIR R4 Bundle throws a {@link ProfileException} saying what HAPI found wrong; an impossible lab
 * value or unit throws one naming the Observation. Resources of other types and observations the catalog
 * does not know are listed in the warnings. Thread-safe; the FHIR context is built once per JVM.
 */
public final class FhirBundleReader {

    private static final String LOINC = "http://loinc.org";
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String UCUM_SYSTEM = "http://unitsofmeasure.org";
    static final String ECOG_LOINC = "89247-1";
    static final String KARNOFSKY_LOINC = "89243-0";
    static final String PREGNANCY_STATUS_LOINC = "82810-3";

    // LOINC answer list LL529-9 (ECOG): LA9622-7 is grade 0 … LA9627-6 grade 5.
    private static final Map<String, Integer> ECOG_ANSWERS =
            Map.of("LA9622-7", 0, "LA9623-5", 1, "LA9624-3", 2, "LA9625-0", 3, "LA9626-8", 4, "LA9627-6", 5);
    // Pregnancy status answers: SNOMED 77386006 pregnant, 60001007 not pregnant; LOINC LA15173-0, LA26683-5.
    private static final Map<String, Boolean> PREGNANCY_ANSWERS =
            Map.of("77386006", true, "60001007", false, "LA15173-0", true, "LA26683-5", false);
    // SNOMED CT "Secondary malignant neoplasm of …" concepts for the common sites.
    private static final Map<String, String> SNOMED_METASTASES = Map.of(
            "94381002",
            "liver",
            "94225005",
            "brain",
            "94222008",
            "bone",
            "94391008",
            "lung",
            "94602001",
            "lymph node",
            "94394000",
            "peritoneum",
            "94156009",
            "adrenal",
            "94365003",
            "pleura");
    // ICD-10(-CM) secondary malignant neoplasm codes by prefix (C78.7 liver, C79.3 brain, C79.5 bone…).
    private static final Map<String, String> ICD10_METASTASES = new TreeMap<>(Map.ofEntries(
            Map.entry("C77", "lymph node"),
            Map.entry("C78.0", "lung"),
            Map.entry("C78.1", "mediastinum"),
            Map.entry("C78.2", "pleura"),
            Map.entry("C78.6", "peritoneum"),
            Map.entry("C78.7", "liver"),
            Map.entry("C79.2", "skin"),
            Map.entry("C79.3", "brain"),
            Map.entry("C79.5", "bone"),
            Map.entry("C79.6", "ovary"),
            Map.entry("C79.7", "adrenal"),
            Map.entry("C79.0", "kidney")));
    private static final Pattern METASTASIS_WORDS = Pattern.compile(
            "(?i)(?:metasta(?:sis|ses|tic(?: disease)?)|secondary (?:malignant )?(?:neoplasm|malignancy|tumou?r|cancer)"
                    + "|mets)\\s+(?:of|to|in|involving)\\s+(?:the\\s+)?([a-z][a-z -]*?)(?:\\s*\\(|,|;|$)");
    private static final Pattern SITE_FIRST_WORDS =
            Pattern.compile("(?i)\\b([a-z]+(?: [a-z]+)?)\\s+(?:metastasis|metastases|mets)\\b");
    private static final Set<String> READ_TYPES = Set.of(
            "Patient",
            "Observation",
            "Condition",
            "MedicationStatement",
            "MedicationRequest",
            "MedicationAdministration",
            "Procedure",
            "Medication");

    private static final FhirContext FHIR = FhirContext.forR4();

    private final Clock clock;

    /** A reader whose "today" (the profile's asOf, the date ages are counted at) comes from the clock. */
    public FhirBundleReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads a Bundle.
     *
     * @throws ProfileException when it is not a valid FHIR R4 Bundle, or holds an impossible fact
     */
    public PatientReading read(String json) {
        Bundle bundle = parse(json);
        return new Reading(bundle, LocalDate.now(clock)).read();
    }

    private static Bundle parse(String json) {
        if (json == null || json.isBlank()) {
            throw new ProfileException("Bundle", "the document is empty; expected a FHIR R4 Bundle in JSON");
        }
        IParser parser = FHIR.newJsonParser().setParserErrorHandler(new StrictTypesErrorHandler());
        try {
            return parser.parseResource(Bundle.class, json);
        } catch (DataFormatException e) {
            throw new ProfileException("Bundle", "not a valid FHIR R4 Bundle: " + e.getMessage());
        } catch (RuntimeException e) {
            // HAPI reports some malformed content with other runtime exceptions; still the sender's fault.
            throw new ProfileException("Bundle", "not a valid FHIR R4 Bundle: " + e.getMessage());
        }
    }

    /** Lenient about elements HAPI does not know (newer versions, extensions); strict about wrong values. */
    private static final class StrictTypesErrorHandler extends LenientErrorHandler {
        StrictTypesErrorHandler() {
            super(false);
            setErrorOnInvalidValue(true);
        }

        @Override
        public void incorrectJsonType(
                IParseLocation location,
                String elementName,
                BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar,
                BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            throw new DataFormatException((location == null ? "" : location + ": ")
                    + createIncorrectJsonTypeMessage(elementName, expected, expectedScalar, found, foundScalar));
        }
    }

    /** The latest value of one kind of observation, with the resource it came from. */
    private record Dated<T>(T value, LocalDate date, String source) {
        boolean newerThan(Dated<?> other) {
            return other == null || (date != null && (other.date == null || date.isAfter(other.date)));
        }
    }

    private static final class Reading {
        private final Bundle bundle;
        private final LocalDate asOf;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, Resource> byReference = new HashMap<>();

        Reading(Bundle bundle, LocalDate asOf) {
            this.bundle = bundle;
            this.asOf = asOf;
        }

        PatientReading read() {
            if (bundle.getType() == null && !bundle.hasEntry()) {
                warnings.add("the Bundle has no entries");
            }
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                if (resource == null) {
                    continue;
                }
                if (entry.hasFullUrl()) {
                    byReference.put(entry.getFullUrl(), resource);
                }
                if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
                    byReference.put(
                            resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
                }
            }
            Patient patient = null;
            Map<Analyte, Dated<LabResult>> labs = new LinkedHashMap<>();
            Dated<PerformanceStatus> performance = null;
            Dated<Boolean> pregnant = null;
            List<String> conditions = new ArrayList<>();
            List<String> metastases = new ArrayList<>();
            Map<String, Treatment> treatments = new LinkedHashMap<>();
            FhirTestResults tests = new FhirTestResults();
            Map<String, Integer> skippedTypes = new TreeMap<>();
            int index = 0;
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource resource = entry.getResource();
                String where = resource == null ? "entry[" + index + "]" : describe(resource, index);
                index++;
                switch (resource) {
                    case null -> problems.add(new Problem(where, "a Bundle entry without a resource"));
                    case Patient p -> {
                        if (patient != null) {
                            problems.add(
                                    new Problem(where, "the Bundle holds more than one Patient; send one patient"));
                        }
                        patient = p;
                    }
                    case Observation observation -> {
                        if (isVoid(observation)) {
                            continue;
                        }
                        Set<String> codes = loincCodes(observation.getCode());
                        LocalDate date = effectiveDate(observation.getEffective());
                        if (codes.contains(ECOG_LOINC) || codes.contains(KARNOFSKY_LOINC)) {
                            Scale scale = codes.contains(ECOG_LOINC) ? Scale.ECOG : Scale.KARNOFSKY;
                            PerformanceStatus status = performance(observation, scale, where);
                            Dated<PerformanceStatus> dated = new Dated<>(status, date, where);
                            if (status != null && dated.newerThan(performance)) {
                                performance = dated;
                            }
                        } else if (codes.contains(PREGNANCY_STATUS_LOINC)) {
                            Boolean value = pregnancy(observation.getValue());
                            Dated<Boolean> dated = new Dated<>(value, date, where);
                            if (dated.newerThan(pregnant)) {
                                pregnant = dated;
                            }
                        } else if (!tests.read(observation, codes, date, where, warnings)) {
                            lab(observation, codes, date, where, labs);
                        }
                    }
                    case Condition condition -> condition(condition, where, conditions, metastases);
                    case MedicationStatement statement -> {
                        if (statement.getStatus() != MedicationStatement.MedicationStatementStatus.ENTEREDINERROR
                                && statement.getStatus() != MedicationStatement.MedicationStatementStatus.NOTTAKEN) {
                            treatment(
                                    medicationName(statement.getMedication(), statement),
                                    period(statement.getEffective()),
                                    where,
                                    treatments);
                        }
                    }
                    case MedicationRequest request -> {
                        MedicationRequest.MedicationRequestStatus status = request.getStatus();
                        if (status != MedicationRequest.MedicationRequestStatus.ENTEREDINERROR
                                && status != MedicationRequest.MedicationRequestStatus.CANCELLED
                                && status != MedicationRequest.MedicationRequestStatus.DRAFT) {
                            LocalDate authored =
                                    request.hasAuthoredOnElement() ? localDate(request.getAuthoredOnElement()) : null;
                            treatment(
                                    medicationName(request.getMedication(), request),
                                    new LocalDate[] {authored, null},
                                    where,
                                    treatments);
                        }
                    }
                    case MedicationAdministration administration -> {
                        MedicationAdministration.MedicationAdministrationStatus status = administration.getStatus();
                        if (status != MedicationAdministration.MedicationAdministrationStatus.ENTEREDINERROR
                                && status != MedicationAdministration.MedicationAdministrationStatus.NOTDONE) {
                            treatment(
                                    medicationName(administration.getMedication(), administration),
                                    period(administration.getEffective()),
                                    where,
                                    treatments);
                        }
                    }
                    case Procedure procedure -> {
                        Procedure.ProcedureStatus status = procedure.getStatus();
                        if (status != Procedure.ProcedureStatus.ENTEREDINERROR
                                && status != Procedure.ProcedureStatus.NOTDONE
                                && status != Procedure.ProcedureStatus.PREPARATION) {
                            treatment(text(procedure.getCode()), period(procedure.getPerformed()), where, treatments);
                        }
                    }
                    case Medication ignored -> {
                        // read through the references of the medication resources above
                    }
                    default -> skippedTypes.merge(resource.fhirType(), 1, Integer::sum);
                }
            }
            skippedTypes.forEach((type, count) -> warnings.add(count + " " + type + " resource"
                    + (count == 1 ? " was" : "s were") + " not read (eligibility reads "
                    + READ_TYPES.stream().sorted().toList() + ")"));

            LocalDate birthDate = null;
            Double age = null;
            Sex sex = null;
            if (patient != null) {
                if (patient.hasBirthDateElement()) {
                    birthDate = localDate(patient.getBirthDateElement());
                    if (birthDate.isAfter(asOf)) {
                        problems.add(new Problem(
                                describe(patient, -1) + ".birthDate",
                                "the birth date " + birthDate + " is after today (" + asOf + ")"));
                    } else {
                        age = Ages.ageInYears(birthDate, asOf);
                        if (age > PatientProfileReader.MAX_AGE_YEARS) {
                            problems.add(new Problem(
                                    describe(patient, -1) + ".birthDate",
                                    "the birth date " + birthDate + " makes the patient " + age.intValue()
                                            + " years old"));
                        }
                    }
                }
                sex = patient.getGender() == AdministrativeGender.FEMALE
                        ? Sex.FEMALE
                        : patient.getGender() == AdministrativeGender.MALE ? Sex.MALE : null;
            } else {
                warnings.add("the Bundle has no Patient: age and sex are unknown");
            }
            if (!problems.isEmpty()) {
                throw new ProfileException(problems);
            }
            Boolean isPregnant = pregnant == null ? null : pregnant.value();
            if (sex == Sex.MALE && Boolean.TRUE.equals(isPregnant)) {
                throw new ProfileException(pregnant.source(), "a pregnancy status of pregnant for a male patient");
            }
            PatientProfile profile = new PatientProfile(
                    age,
                    birthDate,
                    sex,
                    isPregnant,
                    null,
                    null,
                    performance == null ? null : performance.value(),
                    labs.values().stream().map(Dated::value).toList(),
                    conditions,
                    metastases,
                    List.copyOf(treatments.values()),
                    null,
                    asOf,
                    tests.results());
            return PatientReading.of(profile, warnings, PatientReading.Kind.FHIR);
        }

        private void lab(
                Observation observation,
                Set<String> codes,
                LocalDate date,
                String where,
                Map<Analyte, Dated<LabResult>> labs) {
            Optional<Analyte> analyte = codes.stream()
                    .map(Analyte::byLoinc)
                    .flatMap(Optional::stream)
                    .findFirst();
            if (analyte.isEmpty()) {
                warnings.add(where + ": " + label(observation.getCode())
                        + " is not a lab test the eligibility checks know; not read");
                return;
            }
            if (!observation.hasValueQuantity()) {
                warnings.add(where + ": " + analyte.get().displayName() + " without a valueQuantity; not read");
                return;
            }
            Quantity quantity = observation.getValueQuantity();
            if (!quantity.hasValue()) {
                warnings.add(where + ": " + analyte.get().displayName() + " without a value; not read");
                return;
            }
            if (quantity.hasComparator()) {
                // "<50 copies/mL": a bound, not a value; kept as the bound with a warning.
                warnings.add(where + ": " + analyte.get().displayName() + " is "
                        + quantity.getComparator().toCode() + " "
                        + quantity.getValue().toPlainString() + "; read as "
                        + quantity.getValue().toPlainString());
            }
            String unit = unit(quantity);
            Double uln = null;
            Double lln = null;
            for (ObservationReferenceRangeComponent range : observation.getReferenceRange()) {
                if (uln == null && range.hasHigh() && range.getHigh().hasValue()) {
                    uln = limitIn(analyte.get(), range.getHigh(), unit, where + ".referenceRange.high");
                }
                if (lln == null && range.hasLow() && range.getLow().hasValue()) {
                    lln = limitIn(analyte.get(), range.getLow(), unit, where + ".referenceRange.low");
                }
            }
            // A lower limit of 0 ("0-40 U/L") means no lower limit.
            if (lln != null && lln <= 0) {
                lln = null;
            }
            LabResult lab =
                    new LabResult(analyte.get().name(), quantity.getValue().doubleValue(), unit, uln, lln, date);
            int before = problems.size();
            LabChecks.check(lab, where + ".valueQuantity", problems, warnings);
            Dated<LabResult> dated = new Dated<>(lab, date, where);
            if (problems.size() == before && dated.newerThan(labs.get(analyte.get()))) {
                labs.put(analyte.get(), dated);
            }
        }

        private Double limitIn(Analyte analyte, Quantity limit, String unit, String where) {
            String limitUnit = limit.hasCode() || limit.hasUnit() ? unit(limit) : unit;
            try {
                return Units.convert(analyte, limit.getValue().doubleValue(), limitUnit, unit);
            } catch (LabUnitException e) {
                problems.add(new Problem(where, e.getMessage()));
                return null;
            }
        }

        private PerformanceStatus performance(Observation observation, Scale scale, String where) {
            Integer value = null;
            Type raw = observation.getValue();
            if (raw instanceof IntegerType integer && integer.hasValue()) {
                value = integer.getValue();
            } else if (raw instanceof Quantity quantity && quantity.hasValue()) {
                value = quantity.getValue().intValue();
            } else if (raw instanceof CodeableConcept concept) {
                for (Coding coding : concept.getCoding()) {
                    if (ECOG_ANSWERS.containsKey(coding.getCode()) && scale == Scale.ECOG) {
                        value = ECOG_ANSWERS.get(coding.getCode());
                    } else if (coding.hasCode() && coding.getCode().matches("\\d{1,3}")) {
                        value = Integer.parseInt(coding.getCode());
                    }
                }
                if (value == null
                        && concept.hasText()
                        && concept.getText().strip().matches("\\d{1,3}.*")) {
                    value = Integer.parseInt(concept.getText().strip().replaceAll("^(\\d{1,3}).*", "$1"));
                }
            }
            if (value == null) {
                warnings.add(where + ": a " + scale + " observation without a score this reader understands; not read");
                return null;
            }
            String problem = PerformanceScores.problem(scale, value);
            if (problem != null) {
                problems.add(new Problem(where + ".value", problem));
                return null;
            }
            return new PerformanceStatus(scale, value);
        }

        private Boolean pregnancy(Type value) {
            if (value instanceof CodeableConcept concept) {
                for (Coding coding : concept.getCoding()) {
                    Boolean answer = PREGNANCY_ANSWERS.get(coding.getCode());
                    if (answer != null) {
                        return answer;
                    }
                }
                String text = text(concept);
                if (text != null) {
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("not pregnant")) {
                        return false;
                    }
                    if (lower.equals("pregnant")) {
                        return true;
                    }
                }
            }
            return null;
        }

        private void condition(Condition condition, String where, List<String> conditions, List<String> metastases) {
            if (hasCode(condition.getVerificationStatus(), "refuted", "entered-in-error")) {
                return;
            }
            String text = text(condition.getCode());
            if (text == null) {
                warnings.add(where + ": a Condition without a text or display; not read");
                return;
            }
            if (!conditions.contains(text)) {
                conditions.add(text);
            }
            Optional<String> site = metastasisSite(condition);
            site.filter(s -> !metastases.contains(s)).ifPresent(metastases::add);
        }

        private Optional<String> metastasisSite(Condition condition) {
            for (Coding coding : condition.getCode().getCoding()) {
                if (SNOMED.equals(coding.getSystem()) && SNOMED_METASTASES.containsKey(coding.getCode())) {
                    return Optional.of(SNOMED_METASTASES.get(coding.getCode()));
                }
                if (coding.hasSystem() && coding.getSystem().contains("icd-10") && coding.hasCode()) {
                    String code = coding.getCode().toUpperCase(Locale.ROOT);
                    for (Map.Entry<String, String> icd : ICD10_METASTASES.entrySet()) {
                        if (code.startsWith(icd.getKey())
                                || code.replace(".", "").startsWith(icd.getKey().replace(".", ""))) {
                            return Optional.of(icd.getValue());
                        }
                    }
                }
            }
            List<String> texts = new ArrayList<>();
            if (condition.getCode().hasText()) {
                texts.add(condition.getCode().getText());
            }
            condition.getCode().getCoding().stream()
                    .filter(Coding::hasDisplay)
                    .map(Coding::getDisplay)
                    .forEach(texts::add);
            for (String text : texts) {
                Matcher after = METASTASIS_WORDS.matcher(text);
                if (after.find()) {
                    Optional<String> site =
                            MetastasisSites.normalise(after.group(1).strip());
                    if (site.isPresent()) {
                        return site;
                    }
                }
                Matcher before = SITE_FIRST_WORDS.matcher(text);
                while (before.find()) {
                    String[] words = before.group(1).split(" ");
                    Optional<String> site = MetastasisSites.normalise(before.group(1))
                            .or(() -> MetastasisSites.normalise(words[words.length - 1]));
                    if (site.isPresent()) {
                        return site;
                    }
                }
            }
            boolean secondary = texts.stream()
                    .anyMatch(t -> t.toLowerCase(Locale.ROOT).matches(".*(metasta|secondary malignant).*"));
            if (secondary) {
                // mCODE's secondary cancer condition puts the site in bodySite.
                for (CodeableConcept bodySite : condition.getBodySite()) {
                    String site = text(bodySite);
                    Optional<String> normalised = site == null
                            ? Optional.empty()
                            : MetastasisSites.normalise(site.replaceAll("(?i)\\s*structure$", ""));
                    if (normalised.isPresent()) {
                        return normalised;
                    }
                }
            }
            return Optional.empty();
        }

        private void treatment(String name, LocalDate[] dates, String where, Map<String, Treatment> treatments) {
            if (name == null) {
                warnings.add(where + ": a treatment without a name (code text, display or Medication); not read");
                return;
            }
            String key = name.toLowerCase(Locale.ROOT);
            Treatment previous = treatments.get(key);
            LocalDate start = dates[0];
            LocalDate end = dates[1];
            if (previous != null) {
                // Repeated orders of one drug become one treatment from the first start to the last end.
                start = earliest(previous.startDate(), start);
                end = latest(previous.endDate(), end);
                name = previous.name();
            }
            treatments.put(key, new Treatment(name, start, end));
        }

        private String medicationName(Type medication, Resource owner) {
            if (medication instanceof CodeableConcept concept) {
                return text(concept);
            }
            if (medication instanceof Reference reference) {
                Resource target = reference.getResource() instanceof Resource r ? r : null;
                if (target == null && reference.hasReference()) {
                    target = byReference.get(reference.getReference());
                    if (target == null && reference.getReference().startsWith("#")) {
                        String id = reference.getReference().substring(1);
                        if (owner instanceof DomainResource domain) {
                            target = domain.getContained().stream()
                                    .filter(r -> id.equals(r.getIdElement().getIdPart()))
                                    .findFirst()
                                    .orElse(null);
                        }
                    }
                }
                if (target instanceof Medication med) {
                    return text(med.getCode());
                }
                return reference.hasDisplay() ? reference.getDisplay() : null;
            }
            return null;
        }

        private boolean isVoid(Observation observation) {
            return observation.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
                    || observation.getStatus() == Observation.ObservationStatus.CANCELLED;
        }
    }

    private static Set<String> loincCodes(CodeableConcept code) {
        Set<String> codes = new LinkedHashSet<>();
        for (Coding coding : code.getCoding()) {
            if (coding.hasCode() && (!coding.hasSystem() || LOINC.equals(coding.getSystem()))) {
                codes.add(coding.getCode().strip());
            }
        }
        return codes;
    }

    private static String unit(Quantity quantity) {
        if (quantity.hasCode() && (!quantity.hasSystem() || UCUM_SYSTEM.equals(quantity.getSystem()))) {
            return quantity.getCode();
        }
        return quantity.hasUnit() ? quantity.getUnit() : "";
    }

    private static LocalDate effectiveDate(Type effective) {
        LocalDate[] period = period(effective);
        return period[0] != null ? period[0] : period[1];
    }

    /** Start and end of an effective/performed element (a dateTime is both). */
    private static LocalDate[] period(Type value) {
        if (value instanceof DateTimeType dateTime && dateTime.hasValue()) {
            LocalDate date = localDate(dateTime);
            return new LocalDate[] {date, date};
        }
        if (value instanceof Period period) {
            return new LocalDate[] {
                period.hasStartElement() ? localDate(period.getStartElement()) : null,
                period.hasEndElement() ? localDate(period.getEndElement()) : null
            };
        }
        return new LocalDate[] {null, null};
    }

    private static LocalDate localDate(BaseDateTimeType dateTime) {
        // The date as written (its own time zone), not shifted to this machine's.
        return LocalDate.of(dateTime.getYear(), dateTime.getMonth() + 1, dateTime.getDay());
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static boolean hasCode(CodeableConcept concept, String... codes) {
        if (concept == null) {
            return false;
        }
        for (Coding coding : concept.getCoding()) {
            for (String code : codes) {
                if (code.equals(coding.getCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of a concept: its text, else the first display. */
    static String text(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        if (concept.hasText() && !concept.getText().isBlank()) {
            return concept.getText().strip();
        }
        return concept.getCoding().stream()
                .filter(Coding::hasDisplay)
                .map(c -> c.getDisplay().strip())
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static String label(CodeableConcept concept) {
        String text = text(concept);
        String codes = concept.getCoding().stream()
                .filter(Coding::hasCode)
                .map(Coding::getCode)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return (text == null ? "an observation" : "'" + text + "'") + (codes.isEmpty() ? "" : " (" + codes + ")");
    }

    private static String describe(Resource resource, int index) {
        String id = resource.getIdElement().getIdPart();
        return id != null ? resource.fhirType() + "/" + id : resource.fhirType() + " (entry " + index + ")";
    }
}
