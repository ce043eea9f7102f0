package org.trialfinder.eligibility.lab;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A threshold written relative to the normal range: "2.5 × ULN", "≥ 1.5 x LLN". The value is a multiple of
 * the patient's lab's limit (or of the catalog's generic limit when the profile gives none); see
 * {@link Units#multipleOfLimit} and {@link Units#valueOfMultiple}.
 */
public enum RelativeLimit {
    /** The upper limit of normal. */
    ULN,
    /** The lower limit of normal. */
    LLN;

    private static final Pattern ULN_WORDS =
            Pattern.compile("^(?:x|×|\\*|times)?\\s*(?:the\\s+)?(?:institutional\\s+|local\\s+|laboratory\\s+|lab\\s+)?"
                    + "(?:uln|upper\\s+limits?\\s+of\\s+(?:the\\s+)?normal(?:\\s+range)?|upper\\s+normal\\s+limit"
                    + "|upper\\s+limit\\s+of\\s+(?:the\\s+)?(?:institutional\\s+)?normal(?:\\s+range)?)"
                    + "(?:\\s*\\(uln\\))?$");
    private static final Pattern LLN_WORDS =
            Pattern.compile("^(?:x|×|\\*|times)?\\s*(?:the\\s+)?(?:institutional\\s+|local\\s+|laboratory\\s+|lab\\s+)?"
                    + "(?:lln|lower\\s+limits?\\s+of\\s+(?:the\\s+)?normal(?:\\s+range)?|lower\\s+normal\\s+limit"
                    + "|lower\\s+limit\\s+of\\s+(?:the\\s+)?(?:institutional\\s+)?normal(?:\\s+range)?)"
                    + "(?:\\s*\\(lln\\))?$");

    /**
     * Reads a relative unit as written after a number: "ULN", "x ULN", "× ULN", "xULN", "times the upper
     * limit of normal", "x institutional ULN", "LLN"; empty for anything else (an absolute unit).
     */
    public static Optional<RelativeLimit> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (ULN_WORDS.matcher(text).matches()) {
            return Optional.of(ULN);
        }
        if (LLN_WORDS.matcher(text).matches()) {
            return Optional.of(LLN);
        }
        return Optional.empty();
    }

    /** The catalog's generic limit of this kind for an analyte, in its canonical unit. */
    public Optional<Double> defaultFor(Analyte analyte) {
        return this == ULN ? analyte.defaultUpperLimit() : analyte.defaultLowerLimit();
    }
}
