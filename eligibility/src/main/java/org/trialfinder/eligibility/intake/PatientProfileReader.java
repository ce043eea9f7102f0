package org.trialfinder.eligibility.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.PatientProfile.Treatment;
import org.trialfinder.eligibility.intake.ProfileException.Problem;

/**
 * Reads a patient profile written as JSON (documented by {@code patient-profile.schema.json} beside this
 * class), e.g. {@code {"age":58,"sex":"female","performanceStatus":{"scale":"ECOG","value":1},
 * "labs":[{"name":"ANC","value":1500,"unit":"/uL"}],"conditions":["recurrent rectal cancer"],
 * "tests":{"HBsAg":"negative"}}}.
 *
 * <p>Strict, because a typo must not silently become an unknown fact: an unknown field ("metastasis"),
 * a wrong type ("age":"old"), an impossible value (age 200, ECOG 7, Karnofsky 55, a negative lab value,
 * platelets in g/dL), an unknown unit, a malformed date or malformed JSON all throw a
 * {@link ProfileException} listing every problem with its field. A lab name the catalog does not know is
 * kept with a warning. Thread-safe.
 */
public final class PatientProfileReader {

    /** The top-level fields a profile may have (the schema's properties; a test keeps them equal). */
    public static final Set<String> FIELDS = Set.of(
            "age",
            "birthDate",
            "sex",
            "pregnant",
            "lactating",
            "childbearingPotential",
            "performanceStatus",
            "labs",
            "conditions",
            "metastases",
            "treatments",
            "lifeExpectancyMonths",
            "asOf",
            "tests");
    /** The fields of one lab result. */
    public static final Set<String> LAB_FIELDS = Set.of("name", "value", "unit", "uln", "lln", "date");
    /** The fields of one treatment given as an object. */
    public static final Set<String> TREATMENT_FIELDS = Set.of("name", "date", "startDate", "endDate");
    /** The fields of a performance status given as an object. */
    public static final Set<String> PERFORMANCE_FIELDS = Set.of("scale", "value");

    /** The oldest age accepted; older is a typo (the oldest verified human lived to 122). */
    public static final double MAX_AGE_YEARS = ProfileRules.MAX_AGE_YEARS;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Clock clock;

    /** A reader whose default {@code asOf} is today by the given clock. */
    public PatientProfileReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads a profile.
     *
     * @throws ProfileException listing every problem, each with its field
     */
    /**
     * Jackson's message without its own insides: after a complete value it names the Java type it was reading
     * into and the feature that refused the rest, which mean nothing to the person who sent the profile.
     */
    static String inPlainWords(String message) {
        if (message != null && message.startsWith("Trailing token")) {
            return "more follows the end of the JSON value; a profile is one JSON object";
        }
        return message == null
                ? ""
                : message.replaceAll("\\s*\\(bound as `[^`]*`\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z_$]+)+`", "");
    }

    public PatientReading read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new ProfileException("", "malformed JSON" + at + ": " + inPlainWords(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ProfileException("", "the profile is empty; expected a JSON object");
        }
        if (!root.isObject()) {
            throw new ProfileException("", "a profile is a JSON object, not " + kind(root));
        }
        return new Reading(root).read();
    }

    /** The state of reading one document: the problems and warnings found so far. */
    private final class Reading {
        private final JsonNode root;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Reading(JsonNode root) {
            this.root = root;
        }

        PatientReading read() {
            unknownFields(root, FIELDS, "");
            LocalDate asOf = date(root.get("asOf"), "asOf");
            if (asOf == null) {
                asOf = LocalDate.now(clock);
            }
            LocalDate birthDate = date(root.get("birthDate"), "birthDate");
            Double age = ProfileRules.age(number(root.get("age"), "age"), problems);
            if (birthDate != null) {
                if (birthDate.isAfter(asOf)) {
                    problems.add(
                            new Problem("birthDate", "the birth date " + birthDate + " is after " + asOf + " (asOf)"));
                } else {
                    double fromBirth = Ages.ageInYears(birthDate, asOf);
                    if (fromBirth > MAX_AGE_YEARS) {
                        problems.add(new Problem(
                                "birthDate",
                                "the birth date " + birthDate + " makes the patient " + (int) fromBirth
                                        + " years old"));
                    } else if (age != null && Math.abs(Math.floor(age) - Math.floor(fromBirth)) >= 1) {
                        problems.add(new Problem(
                                "age",
                                "age " + LabChecks.format(age) + " disagrees with birthDate " + birthDate + " ("
                                        + (int) Math.floor(fromBirth) + " years at " + asOf + ")"));
                    } else if (age == null) {
                        age = fromBirth;
                    }
                }
            }
            Sex sex = ProfileRules.sex(text(root.get("sex"), "sex"), problems);
            Boolean pregnant = bool(root.get("pregnant"), "pregnant");
            Boolean lactating = bool(root.get("lactating"), "lactating");
            Boolean childbearingPotential = bool(root.get("childbearingPotential"), "childbearingPotential");
            ProfileRules.pregnancy(sex, pregnant, problems);
            PerformanceStatus performance = performanceStatus(root.get("performanceStatus"));
            List<LabResult> labs = labs(root.get("labs"), asOf);
            List<String> conditions = strings(root.get("conditions"), "conditions");
            List<String> metastases = strings(root.get("metastases"), "metastases");
            List<Treatment> treatments = treatments(root.get("treatments"));
            List<PatientProfile.TestResult> tests = ProfileTests.read(root.get("tests"), asOf, problems);
            Double lifeExpectancy = number(root.get("lifeExpectancyMonths"), "lifeExpectancyMonths");
            if (lifeExpectancy != null && (lifeExpectancy < 0 || lifeExpectancy > MAX_AGE_YEARS * 12)) {
                problems.add(new Problem(
                        "lifeExpectancyMonths",
                        "a life expectancy is 0 to " + (int) (MAX_AGE_YEARS * 12) + " months, not "
                                + LabChecks.format(lifeExpectancy)));
                lifeExpectancy = null;
            }
            if (!problems.isEmpty()) {
                throw new ProfileException(problems);
            }
            PatientProfile profile = new PatientProfile(
                    age,
                    birthDate,
                    sex,
                    pregnant,
                    lactating,
                    childbearingPotential,
                    performance,
                    labs,
                    conditions,
                    metastases,
                    treatments,
                    lifeExpectancy,
                    asOf,
                    tests);
            return PatientReading.of(profile, warnings, PatientReading.Kind.PROFILE);
        }

        private PerformanceStatus performanceStatus(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            String field = "performanceStatus";
            PerformanceStatus status;
            if (node.isTextual()) {
                Optional<PerformanceStatus> parsed = PerformanceScores.parse(node.asText());
                if (parsed.isEmpty()) {
                    problems.add(new Problem(
                            field,
                            "expected a scale and a value such as \"ECOG 1\" or " + "\"Karnofsky 80\", not \""
                                    + node.asText() + "\""));
                    return null;
                }
                status = parsed.get();
            } else if (node.isObject()) {
                unknownFields(node, PERFORMANCE_FIELDS, field + ".");
                String scaleText = text(node.get("scale"), field + ".scale");
                Double value = number(node.get("value"), field + ".value");
                if (scaleText == null || value == null) {
                    if (scaleText == null && !problemAt(field + ".scale")) {
                        problems.add(new Problem(field + ".scale", "required: ECOG, WHO, Karnofsky or Lansky"));
                    }
                    if (value == null && !problemAt(field + ".value")) {
                        problems.add(new Problem(field + ".value", "required"));
                    }
                    return null;
                }
                Optional<Scale> scale = PerformanceScores.scale(scaleText);
                if (scale.isEmpty()) {
                    problems.add(new Problem(
                            field + ".scale", "expected ECOG, WHO, Karnofsky or Lansky, not \"" + scaleText + "\""));
                    return null;
                }
                if (value != Math.rint(value)) {
                    problems.add(new Problem(
                            field + ".value", "a performance score is a whole number, not " + LabChecks.format(value)));
                    return null;
                }
                status = new PerformanceStatus(scale.get(), value.intValue());
            } else {
                problems.add(new Problem(
                        field,
                        "expected an object {\"scale\":\"ECOG\",\"value\":1} or a text " + "\"ECOG 1\", not "
                                + kind(node)));
                return null;
            }
            String problem = PerformanceScores.problem(status.scale(), status.value());
            if (problem != null) {
                problems.add(new Problem(field + (node.isObject() ? ".value" : ""), problem));
                return null;
            }
            return status;
        }

        private List<LabResult> labs(JsonNode node, LocalDate asOf) {
            List<LabResult> labs = new ArrayList<>();
            for (Element element : elements(node, "labs")) {
                JsonNode lab = element.node();
                String field = element.field();
                if (!lab.isObject()) {
                    problems.add(new Problem(
                            field,
                            "a lab result is an object {\"name\":…,\"value\":…,\"unit\":…}, " + "not " + kind(lab)));
                    continue;
                }
                int before = problems.size();
                unknownFields(lab, LAB_FIELDS, field + ".");
                String name = text(lab.get("name"), field + ".name");
                Double value = number(lab.get("value"), field + ".value");
                String unit = text(lab.get("unit"), field + ".unit");
                Double uln = number(lab.get("uln"), field + ".uln");
                Double lln = number(lab.get("lln"), field + ".lln");
                LocalDate date = date(lab.get("date"), field + ".date");
                if (name == null && !problemAt(field + ".name")) {
                    problems.add(new Problem(field + ".name", "required"));
                }
                if (value == null && !problemAt(field + ".value")) {
                    problems.add(new Problem(field + ".value", "required"));
                }
                if (date != null && date.isAfter(asOf)) {
                    problems.add(new Problem(field + ".date", "the date " + date + " is after " + asOf + " (asOf)"));
                }
                if (problems.size() > before) {
                    continue;
                }
                LabResult result = new LabResult(name.strip(), value, unit == null ? "" : unit.strip(), uln, lln, date);
                LabChecks.check(result, field, problems, warnings);
                if (problems.size() == before) {
                    labs.add(result);
                }
            }
            return labs;
        }

        private List<Treatment> treatments(JsonNode node) {
            List<Treatment> treatments = new ArrayList<>();
            for (Element element : elements(node, "treatments")) {
                JsonNode treatment = element.node();
                String field = element.field();
                if (treatment.isTextual()) {
                    if (treatment.asText().isBlank()) {
                        problems.add(new Problem(field, "a treatment name cannot be empty"));
                    } else {
                        treatments.add(new Treatment(treatment.asText().strip(), null, null));
                    }
                    continue;
                }
                if (!treatment.isObject()) {
                    problems.add(new Problem(
                            field,
                            "a treatment is a name or an object {\"name\":…,\"date\":…}, " + "not " + kind(treatment)));
                    continue;
                }
                unknownFields(treatment, TREATMENT_FIELDS, field + ".");
                String name = text(treatment.get("name"), field + ".name");
                LocalDate date = date(treatment.get("date"), field + ".date");
                LocalDate start = date(treatment.get("startDate"), field + ".startDate");
                LocalDate end = date(treatment.get("endDate"), field + ".endDate");
                if (name == null || name.isBlank()) {
                    if (!problemAt(field + ".name")) {
                        problems.add(new Problem(field + ".name", "required"));
                    }
                    continue;
                }
                if (date != null && start != null && !date.equals(start)) {
                    problems.add(new Problem(
                            field + ".date",
                            "\"date\" is the start date; it disagrees with " + "\"startDate\" (" + date + " vs " + start
                                    + ")"));
                    continue;
                }
                LocalDate startDate = start != null ? start : date;
                if (startDate != null && end != null && end.isBefore(startDate)) {
                    problems.add(new Problem(
                            field + ".endDate", "the end date " + end + " is before the start date " + startDate));
                    continue;
                }
                treatments.add(new Treatment(name.strip(), startDate, end));
            }
            return treatments;
        }

        private List<String> strings(JsonNode node, String field) {
            List<String> values = new ArrayList<>();
            for (Element element : elements(node, field)) {
                if (!element.node().isTextual() || element.node().asText().isBlank()) {
                    problems.add(
                            new Problem(element.field(), "expected a non-empty text, not " + kind(element.node())));
                } else {
                    values.add(element.node().asText().strip());
                }
            }
            return values;
        }

        private record Element(String field, JsonNode node) {}

        private List<Element> elements(JsonNode node, String field) {
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                problems.add(new Problem(field, "expected an array, not " + kind(node)));
                return List.of();
            }
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                elements.add(new Element(field + "[" + i + "]", node.get(i)));
            }
            return elements;
        }

        private Double number(JsonNode node, String field) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isNumber()) {
                problems.add(new Problem(field, "expected a number, not " + kind(node)));
                return null;
            }
            return node.asDouble();
        }

        private Boolean bool(JsonNode node, String field) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isBoolean()) {
                problems.add(new Problem(field, "expected true, false or null, not " + kind(node)));
                return null;
            }
            return node.asBoolean();
        }

        private String text(JsonNode node, String field) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                problems.add(new Problem(field, "expected a text, not " + kind(node)));
                return null;
            }
            return node.asText();
        }

        private LocalDate date(JsonNode node, String field) {
            String text = text(node, field);
            return text == null ? null : ProfileRules.date(text, field, problems);
        }

        private boolean problemAt(String field) {
            return problems.stream().anyMatch(problem -> problem.field().equals(field));
        }

        private void unknownFields(JsonNode object, Set<String> accepted, String prefix) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                String name = property.getKey();
                if (!accepted.contains(name)) {
                    String suggestion = closest(name, accepted)
                            .map(s -> " (did you mean \"" + s + "\"?)")
                            .orElse("");
                    problems.add(new Problem(
                            prefix + name,
                            "unknown field" + suggestion + "; the fields are "
                                    + accepted.stream().sorted().toList()));
                }
            }
        }
    }

    private static Optional<String> closest(String name, Set<String> accepted) {
        String lower = name.toLowerCase(Locale.ROOT);
        return accepted.stream()
                .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= 3)
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT))));
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
