package org.trialfinder.eligibility.intake;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trialfinder.eligibility.intake.PatientProfile.LabResult;
import org.trialfinder.eligibility.intake.ProfileException.Problem;
import org.trialfinder.eligibility.lab.Analyte;
import org.trialfinder.eligibility.lab.LabUnitException;
import org.trialfinder.eligibility.lab.Units;

/**
 * The checks every lab result of a profile passes, whichever reader built it: a known unit that can
 * express the analyte, a value a living patient can have once converted (150,000 platelets in g/dL is a
 * unit mistake, not a result), limits that make sense. A name the catalog does not know is kept, with a
 * warning: no criterion reads it, and the person is told so.
 */
public final class LabChecks {

    private LabChecks() {}

    /** Adds the problems of one lab result (fields prefixed with {@code field}) and its warnings. */
    public static void check(LabResult lab, String field, List<Problem> problems, List<String> warnings) {
        if (lab.name() == null || lab.name().isBlank()) {
            problems.add(new Problem(field + ".name", "a lab result needs a name (\"ANC\", \"platelets\", \"ALT\")"));
            return;
        }
        if (!Double.isFinite(lab.value())) {
            problems.add(new Problem(field + ".value", "a lab value must be a number of ordinary size"));
            return;
        }
        if (lab.value() < 0) {
            problems.add(new Problem(field + ".value", "a lab value cannot be negative: " + format(lab.value())));
            return;
        }
        Optional<Analyte> known = Analyte.find(lab.name());
        if (known.isEmpty()) {
            if (!Units.isKnown(lab.unit())) {
                problems.add(new Problem(field + ".unit", "unknown unit '" + lab.unit() + "'"));
            }
            warnings.add(field + ": '" + lab.name() + "' is not a lab test the eligibility checks know; "
                    + "it is kept but no criterion reads it");
            return;
        }
        Analyte analyte = known.get();
        double canonical;
        try {
            canonical = Units.toCanonical(analyte, lab.value(), lab.unit());
        } catch (LabUnitException e) {
            problems.add(new Problem(field + ".unit", e.getMessage()));
            return;
        }
        if (!analyte.isPlausible(canonical)) {
            problems.add(new Problem(field + ".value", implausible(analyte, lab.value(), lab.unit(), canonical)));
        }
        Double lower = limit(analyte, lab.lln(), lab.unit(), field + ".lln", problems);
        Double upper = limit(analyte, lab.uln(), lab.unit(), field + ".uln", problems);
        if (lower != null && upper != null && lower >= upper) {
            problems.add(new Problem(
                    field,
                    "the lower limit of normal (" + format(lab.lln()) + ") must be below the upper limit ("
                            + format(lab.uln()) + ")"));
        }
    }

    private static Double limit(Analyte analyte, Double limit, String unit, String field, List<Problem> problems) {
        if (limit == null) {
            return null;
        }
        if (!Double.isFinite(limit) || limit <= 0) {
            problems.add(new Problem(field, "a reference limit must be a positive number, not " + format(limit)));
            return null;
        }
        double canonical = Units.toCanonical(analyte, limit, unit);
        if (!analyte.isPlausible(canonical)) {
            problems.add(new Problem(field, implausible(analyte, limit, unit, canonical)));
            return null;
        }
        return canonical;
    }

    private static String implausible(Analyte analyte, double value, String unit, double canonical) {
        String given = format(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
        String converted = unit != null && Units.normalise(unit).equals(analyte.unit())
                ? ""
                : " (" + format(canonical) + " " + analyte.unit() + ")";
        return given + converted + " is not a possible " + analyte.displayName().toLowerCase(Locale.ROOT)
                + " value (possible: " + format(analyte.plausibleMin()) + " to " + format(analyte.plausibleMax())
                + " " + analyte.unit() + "); is the unit right?";
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            // a value near Double.MAX_VALUE converted to another unit: said as what it is, not as a digit string
            return Double.isNaN(value) ? "not a number" : value > 0 ? "more than 1.8e308" : "less than -1.8e308";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
