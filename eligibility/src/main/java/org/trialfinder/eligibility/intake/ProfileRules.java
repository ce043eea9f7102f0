package org.trialfinder.eligibility.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.intake.PatientProfile.Sex;
import org.trialfinder.eligibility.intake.ProfileException.Problem;

/**
 * The checks of a profile's values that do not depend on how the profile was written (JSON, or the
 * site's form field by field), with their wording, so both say the same about the same value.
 */
final class ProfileRules {
    /** The oldest age accepted; older is a typo (the oldest verified human lived to 122). */
    static final double MAX_AGE_YEARS = 125;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ProfileRules() {}

    /** The age when it is one a person can have, else null with the problem added. */
    static Double age(Double age, List<Problem> problems) {
        if (age != null && (age < 0 || age > MAX_AGE_YEARS)) {
            problems.add(new Problem(
                    "age", "an age is 0 to " + (int) MAX_AGE_YEARS + " years, not " + LabChecks.format(age)));
            return null;
        }
        return age;
    }

    /** The sex a text names ("female", "m", "woman"; null for "unknown" or nothing), else null with the problem. */
    static Sex sex(String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "female", "f", "woman", "women", "girl" -> Sex.FEMALE;
            case "male", "m", "man", "men", "boy" -> Sex.MALE;
            case "unknown", "" -> null;
            default -> {
                problems.add(new Problem("sex", "expected \"female\", \"male\" or \"unknown\", not \"" + text + "\""));
                yield null;
            }
        };
    }

    /** A male patient said to be pregnant is a mistake in one of the two. */
    static void pregnancy(Sex sex, Boolean pregnant, List<Problem> problems) {
        if (sex == Sex.MALE && Boolean.TRUE.equals(pregnant)) {
            problems.add(new Problem("pregnant", "a patient of sex male cannot be pregnant; check \"sex\""));
        }
    }

    /** A date written YYYY-MM-DD, else null with the problem at {@code field}. */
    static LocalDate date(String text, String field, List<Problem> problems) {
        if (ISO_DATE.matcher(text.strip()).matches()) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                // falls through to the message below: 2025-02-30 has the shape but is no date
            }
        }
        problems.add(new Problem(field, "expected a date YYYY-MM-DD, not \"" + text + "\""));
        return null;
    }
}
