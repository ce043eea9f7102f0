package org.trialfinder.eligibility.parse;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;

/**
 * "Positive for HBsAg, HCV antibody, syphilis antibody and HIV antibody" in an exclusion lists findings any one
 * of which excludes: nobody is meant to be excluded only when infected with all four, so "and" between positive
 * results of different infections offers them as alternatives. Results of one infection ("HCV antibody and HCV
 * RNA positive": an active infection) stay together.
 */
final class PositiveFindings {

    private PositiveFindings() {}

    private static final Set<Test> HEPATITIS_B = EnumSet.of(Test.HBSAG, Test.ANTI_HBC, Test.HBV_DNA, Test.ANTI_HBS);
    private static final Set<Test> HEPATITIS_C = EnumSet.of(Test.HCV_AB, Test.HCV_RNA);

    /** Whether every part is a positive test result and no two are of the same infection. */
    static boolean anyOf(List<Criterion> parts) {
        if (parts.size() < 2) {
            return false;
        }
        Set<String> infections = new HashSet<>();
        for (Criterion p : parts) {
            if (!(p instanceof TestResultCheck t) || t.result() != TestResultCheck.Result.POSITIVE) {
                return false;
            }
            if (!infections.add(infection(t.test()))) {
                return false;
            }
        }
        return true;
    }

    private static String infection(Test test) {
        return HEPATITIS_B.contains(test) ? "hepatitis B" : HEPATITIS_C.contains(test) ? "hepatitis C" : test.name();
    }
}
