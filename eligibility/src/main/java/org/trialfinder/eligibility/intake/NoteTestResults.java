package org.trialfinder.eligibility.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;
import org.trialfinder.eligibility.intake.NoteExtraction.Evidence;
import org.trialfinder.eligibility.intake.PatientProfile.TestResult;
import org.trialfinder.eligibility.parse.TestResultWords;

/**
 * Test results written in a note ("HBsAg negative", "QuantiFERON negative", "HIV antibody positive",
 * "negative urine pregnancy test"), read with the criteria's own words: each with its evidence. A note that
 * gives one test both results is not read for that test (with a warning), rather than guessed.
 */
final class NoteTestResults {

    private NoteTestResults() {}

    static List<TestResult> read(String note, List<Evidence> evidence, List<String> warnings) {
        Map<Test, TestResult> byTest = new EnumMap<>(Test.class);
        Map<Test, Evidence> shown = new EnumMap<>(Test.class);
        List<Test> conflicting = new ArrayList<>();
        for (TestResultWords.Found f : TestResultWords.find(note)) {
            if (!(f.criterion() instanceof TestResultCheck check)) {
                continue;
            }
            String text = note.substring(f.start(), f.end());
            TestResult before = byTest.get(check.test());
            if (before != null && before.result() != check.result()) {
                conflicting.add(check.test());
                continue;
            }
            byTest.putIfAbsent(check.test(), new TestResult(text.strip(), check.test(), check.result(), null));
            shown.putIfAbsent(
                    check.test(),
                    new Evidence(
                            "test",
                            TestResultNames.shortName(check.test()) + " "
                                    + check.result().word(),
                            f.start(),
                            f.end(),
                            text));
        }
        for (Test t : conflicting) {
            if (byTest.remove(t) != null) {
                shown.remove(t);
                warnings.add("the note gives the " + TestResultNames.shortName(t)
                        + " both a positive and a negative result; not read");
            }
        }
        evidence.addAll(shown.values());
        return List.copyOf(byTest.values());
    }
}
