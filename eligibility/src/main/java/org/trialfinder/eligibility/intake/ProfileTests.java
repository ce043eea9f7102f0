package org.trialfinder.eligibility.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trialfinder.eligibility.criterion.TestResultCheck.Result;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;
import org.trialfinder.eligibility.intake.PatientProfile.TestResult;
import org.trialfinder.eligibility.intake.ProfileException.Problem;

/**
 * A profile's {@code tests}: an object from a test's name to its result, e.g. {@code {"HBsAg":"negative",
 * "HIV":"positive","QuantiFERON":{"result":"negative","date":"2025-05-02"}}}. Strict like the rest of the
 * profile: an unknown test or result is a problem naming the key, never a silently unknown fact; two
 * names of one test ("IGRA" and "PPD") with different results and no dates to order them are a problem too.
 */
final class ProfileTests {

    /** The fields of a result given as an object. */
    static final Set<String> RESULT_FIELDS = Set.of("result", "date");

    private ProfileTests() {}

    static List<TestResult> read(JsonNode node, LocalDate asOf, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            problems.add(new Problem(
                    "tests",
                    "expected an object such as {\"HBsAg\":\"negative\",\"HIV\":\"positive\"}, not " + kind(node)));
            return List.of();
        }
        Map<Test, TestResult> byTest = new EnumMap<>(Test.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            String field = "tests." + name;
            Optional<Test> test = TestResultNames.test(name);
            if (test.isEmpty()) {
                problems.add(
                        new Problem(field, "unknown test \"" + name + "\"; the tests are " + TestResultNames.KNOWN));
                continue;
            }
            JsonNode value = entry.getValue();
            String resultText;
            LocalDate date = null;
            if (value.isTextual()) {
                resultText = value.asText();
            } else if (value.isObject()) {
                for (Map.Entry<String, JsonNode> f : value.properties()) {
                    if (!RESULT_FIELDS.contains(f.getKey())) {
                        problems.add(new Problem(
                                field + "." + f.getKey(),
                                "unknown field; the fields are "
                                        + RESULT_FIELDS.stream().sorted().toList()));
                    }
                }
                JsonNode r = value.get("result");
                if (r == null || !r.isTextual()) {
                    problems.add(new Problem(field + ".result", "required: \"positive\" or \"negative\""));
                    continue;
                }
                resultText = r.asText();
                JsonNode d = value.get("date");
                if (d != null && !d.isNull()) {
                    if (!d.isTextual()) {
                        problems.add(new Problem(field + ".date", "expected a date YYYY-MM-DD, not " + kind(d)));
                        continue;
                    }
                    date = ProfileRules.date(d.asText(), field + ".date", problems);
                    if (date == null) {
                        continue;
                    }
                    if (date.isAfter(asOf)) {
                        problems.add(
                                new Problem(field + ".date", "the date " + date + " is after " + asOf + " (asOf)"));
                        continue;
                    }
                }
            } else {
                problems.add(new Problem(
                        field, "expected \"positive\", \"negative\" or {\"result\":…,\"date\":…}, not " + kind(value)));
                continue;
            }
            Optional<Result> result = TestResultNames.result(resultText);
            if (result.isEmpty()) {
                problems.add(new Problem(
                        value.isObject() ? field + ".result" : field,
                        "expected \"positive\" or \"negative\" (also reactive, non-reactive, detected, not detected), not \""
                                + resultText + "\""));
                continue;
            }
            TestResult read = new TestResult(name.strip(), test.get(), result.get(), date);
            TestResult before = byTest.get(test.get());
            if (before == null) {
                byTest.put(test.get(), read);
            } else if (before.result() != read.result() && !ordered(before, read)) {
                problems.add(new Problem(
                        field,
                        "\"" + name + "\" and \"" + before.name() + "\" are both the "
                                + TestResultNames.shortName(test.get()) + " and disagree ("
                                + read.result().word()
                                + " vs " + before.result().word()
                                + "); give one, or dates that say which is the latest"));
            } else if (read.date() != null
                    && (before.date() == null || read.date().isAfter(before.date()))) {
                byTest.put(test.get(), read);
            }
        }
        return new ArrayList<>(byTest.values());
    }

    /** Two results with dates that tell which is the latest. */
    private static boolean ordered(TestResult a, TestResult b) {
        return a.date() != null && b.date() != null && !a.date().equals(b.date());
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "the text \"" + node.asText() + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "an array" : node.isObject() ? "an object" : "null";
    }
}
