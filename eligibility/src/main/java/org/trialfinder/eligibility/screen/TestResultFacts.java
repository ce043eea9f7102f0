package org.trialfinder.eligibility.screen;

import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck.Result;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.TestResultNames;
import org.trialfinder.eligibility.parse.Terms;

/**
 * A test result for one patient: the profile's own result when it has one (the latest), else one derived
 * only where it is certain, saying which fact was used (sex male: no pregnancy; pregnant true/false: the
 * pregnancy test's result; a known HIV infection: a positive HIV test). Otherwise unknown, with the test
 * named as missing: the absence of a diagnosis never makes a test negative, and a required negative test
 * with no result is never "not met".
 */
final class TestResultFacts {

    private TestResultFacts() {}

    /** A condition that only mentions HIV without being the infection ("HIV negative", "HIV PrEP", "HIV screening"). */
    private static final Pattern NOT_AN_INFECTION = Pattern.compile(
            "(?i)\\b(?:negative|neg|non[\\s-]?reactive|not\\s+detected|no|not|without|ruled\\s+out|excluded|prep|"
                    + "prophylaxis|pre[\\s-]?exposure|post[\\s-]?exposure|exposure|exposed|screening|screen|test(?:ing)?|"
                    + "risk|vaccin\\w*|suspected|possible|history\\s+of\\s+negative)\\b");

    static Evaluation evaluate(TestResultCheck check, PatientFacts patient) {
        PatientProfile profile = patient.profile();
        PatientProfile.TestResult given = null;
        for (PatientProfile.TestResult t : profile.tests()) {
            if (t.test() == check.test()
                    && (given == null
                            || t.date() != null
                                    && (given.date() == null || t.date().isAfter(given.date())))) {
                given = t;
            }
        }
        if (given != null) {
            String fact = "test " + given.name() + " " + given.result().word()
                    + (given.date() == null ? "" : " on " + given.date());
            return Evaluation.known(given.result() == check.result(), fact, check.span());
        }
        Derived derived = derive(check.test(), patient);
        if (derived != null) {
            String fact = TestResultNames.shortName(check.test()) + " taken as "
                    + derived.result().word() + " (" + derived.because() + ")";
            return Evaluation.known(derived.result() == check.result(), fact, check.span());
        }
        return Evaluation.missing(check.test().displayName() + " result", check.span());
    }

    private record Derived(Result result, String because) {}

    private static Derived derive(Test test, PatientFacts patient) {
        PatientProfile p = patient.profile();
        return switch (test) {
            case PREGNANCY -> {
                if (p.pregnant() != null) {
                    yield new Derived(p.pregnant() ? Result.POSITIVE : Result.NEGATIVE, "pregnant: " + p.pregnant());
                }
                yield p.sex() == PatientProfile.Sex.MALE ? new Derived(Result.NEGATIVE, "sex male") : null;
            }
            case HIV -> {
                // an HIV infection is lifelong and its antibody test positive; no HIV listed proves nothing
                for (String condition : p.conditions()) {
                    if (Terms.namesDiagnosis("hiv", condition)
                            && !NOT_AN_INFECTION.matcher(condition).find()) {
                        yield new Derived(Result.POSITIVE, "condition '" + condition + "'");
                    }
                }
                yield null;
            }
            default -> null;
        };
    }
}
