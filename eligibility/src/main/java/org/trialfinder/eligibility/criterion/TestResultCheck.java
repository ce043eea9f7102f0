package org.trialfinder.eligibility.criterion;

import java.util.Locale;
import java.util.Optional;
import org.trialfinder.model.text.TextSpan;

/**
 * {@code test(KEY) = positive} or {@code test(KEY) = negative}: the result of a laboratory or screening
 * test. A result is a fact about a test, not a diagnosis: "negative tuberculosis test" asks for a test
 * result, and a patient without one is unknown, never "without tuberculosis". Numeric viral loads stay
 * {@link LabCheck}s.
 */
public record TestResultCheck(Test test, Result result, TextSpan span) implements Criterion {

    /** The tests the notation names, with the key it writes and the name a person reads. */
    public enum Test {
        HIV("HIV test"),
        HBSAG("HBsAg (hepatitis B surface antigen)"),
        ANTI_HBC("anti-HBc (hepatitis B core antibody)"),
        HBV_DNA("HBV DNA (hepatitis B viral DNA)"),
        HCV_AB("HCV antibody (anti-HCV)"),
        HCV_RNA("HCV RNA (hepatitis C viral RNA)"),
        TB("tuberculosis test (IGRA, QuantiFERON, T-SPOT or tuberculin skin test)"),
        PREGNANCY("pregnancy test (serum or urine β-hCG)"),
        // added after the first eight: a compiled trial stores a test by its place in this list
        ANTI_HBS("anti-HBs (hepatitis B surface antibody)"),
        SYPHILIS("syphilis test (treponemal antibody, RPR or VDRL)"),
        SARS_COV_2("SARS-CoV-2 test (PCR or antigen)");

        private final String displayName;

        Test(String displayName) {
            this.displayName = displayName;
        }

        /** The key as the notation writes it ("HBSAG"). */
        public String key() {
            return name();
        }

        public String displayName() {
            return displayName;
        }

        /** The test of a notation key, in any case. */
        public static Optional<Test> ofKey(String key) {
            if (key == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(key.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Positive (reactive, detected) or negative (non-reactive, not detected). */
    public enum Result {
        POSITIVE,
        NEGATIVE;

        /** As the notation writes it ("positive"). */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public Result opposite() {
            return this == POSITIVE ? NEGATIVE : POSITIVE;
        }
    }
}
