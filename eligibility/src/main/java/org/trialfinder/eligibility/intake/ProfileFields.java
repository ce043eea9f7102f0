package org.trialfinder.eligibility.intake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus;
import org.trialfinder.eligibility.intake.PatientProfile.PerformanceStatus.Scale;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.PatientProfile.Treatment;
import org.trialfinder.eligibility.intake.ProfileException.Problem;

/**
 * A profile given fact by fact, as the site's form gives it, checked as {@link PatientProfileReader}
 * checks the same facts in JSON and named by the same fields ({@code age}, {@code labs[0].unit},
 * {@code treatments[1].date}), so a form and a JSON profile are refused alike. Labs and treatments
 * are numbered in the order they are added. One use: add the facts, then {@link #read()}.
 */
public final class ProfileFields {
    private final Clock clock;
    private Double age;
    private String sex;
    private Boolean pregnant;
    private Boolean lactating;
    private PerformanceStatus performance;
    private final List<LabResult> labs = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<String> metastases = new ArrayList<>();
    private final List<String[]> treatments = new ArrayList<>();
    private final ObjectNode tests = JsonNodeFactory.instance.objectNode();

    /** @param clock "today": the profile's asOf */
    public ProfileFields(Clock clock) {
        this.clock = clock;
    }

    public ProfileFields age(double years) {
        this.age = years;
        return this;
    }

    /** "female", "male", "unknown" or one of their spellings, as the JSON profile takes them. */
    public ProfileFields sex(String text) {
        this.sex = text;
        return this;
    }

    public ProfileFields pregnant(boolean value) {
        this.pregnant = value;
        return this;
    }

    public ProfileFields lactating(boolean value) {
        this.lactating = value;
        return this;
    }

    public ProfileFields performanceStatus(Scale scale, int value) {
        this.performance = new PerformanceStatus(scale, value);
        return this;
    }

    /** A lab result in a unit as written ("10^9/L", "/uL"), with the lab's upper limit when given. */
    public ProfileFields lab(String name, double value, String unit, Double uln) {
        labs.add(new LabResult(name.strip(), value, unit.strip(), uln, null, null));
        return this;
    }

    public ProfileFields condition(String text) {
        conditions.add(text.strip());
        return this;
    }

    public ProfileFields metastasis(String site) {
        metastases.add(site.strip());
        return this;
    }

    /** A prior treatment, with its start date written YYYY-MM-DD when known (null when not). */
    public ProfileFields treatment(String name, String startDate) {
        treatments.add(new String[] {name, startDate});
        return this;
    }

    /** A test result ("HBsAg", "negative"), checked as the JSON profile's {@code tests} are. */
    public ProfileFields test(String name, String result) {
        tests.put(name, result);
        return this;
    }

    /**
     * The profile read from the facts given.
     *
     * @throws ProfileException listing every problem, each with its field
     */
    public PatientReading read() {
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        LocalDate asOf = LocalDate.now(clock);
        Double checkedAge = ProfileRules.age(age, problems);
        Sex checkedSex = ProfileRules.sex(sex, problems);
        ProfileRules.pregnancy(checkedSex, pregnant, problems);
        PerformanceStatus checkedPerformance = performance;
        if (performance != null) {
            String problem = PerformanceScores.problem(performance.scale(), performance.value());
            if (problem != null) {
                problems.add(new Problem("performanceStatus.value", problem));
                checkedPerformance = null;
            }
        }
        List<LabResult> checkedLabs = new ArrayList<>();
        for (int i = 0; i < labs.size(); i++) {
            int before = problems.size();
            LabChecks.check(labs.get(i), "labs[" + i + "]", problems, warnings);
            if (problems.size() == before) {
                checkedLabs.add(labs.get(i));
            }
        }
        List<Treatment> checkedTreatments = new ArrayList<>();
        for (int i = 0; i < treatments.size(); i++) {
            String field = "treatments[" + i + "]";
            String name = treatments.get(i)[0];
            String date = treatments.get(i)[1];
            LocalDate start = date == null ? null : ProfileRules.date(date, field + ".date", problems);
            if (name == null || name.isBlank()) {
                problems.add(new Problem(field + ".name", "required"));
                continue;
            }
            checkedTreatments.add(new Treatment(name.strip(), start, null));
        }
        List<PatientProfile.TestResult> checkedTests = ProfileTests.read(tests, asOf, problems);
        if (!problems.isEmpty()) {
            throw new ProfileException(problems);
        }
        PatientProfile profile = new PatientProfile(
                checkedAge,
                null,
                checkedSex,
                pregnant,
                lactating,
                null,
                checkedPerformance,
                checkedLabs,
                conditions,
                metastases,
                checkedTreatments,
                null,
                asOf,
                checkedTests);
        return PatientReading.of(profile, warnings, PatientReading.Kind.PROFILE);
    }
}
