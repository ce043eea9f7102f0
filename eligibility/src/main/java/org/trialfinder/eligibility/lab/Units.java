package org.trialfinder.eligibility.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * Lab units: the spellings found in criteria, notes and lab reports turned into UCUM codes, and values
 * converted between the units of one analyte.
 *
 * <p>{@link #normalise} maps common spellings to UCUM ("×10⁹/L", "x10^9/l", "G/L" → {@code 10*9/L};
 * "K/uL", "thou/mm3" → {@code 10*3/uL}; "cells/µL" → {@code /uL}; "µmol/l" → {@code umol/L}; "IU/mL" →
 * {@code [iU]/mL}; "msec" → {@code ms}; "mL/min/1.73m²" → {@code mL/min/{1.73_m2}}) and otherwise accepts
 * any valid UCUM expression, validated by the UCUM essence shipped in the {@code org.fhir:ucum} jar.
 *
 * <p>{@link #convert} converts within one analyte: UCUM does the dimensional part ({@code 10*9/L} =
 * {@code /uL} × 10⁶, g/dL = g/L ÷ 10); the analyte's molar mass bridges mass and molar concentrations
 * (bilirubin mg/dL ↔ µmol/L), its charge bridges mEq/L and mmol/L, and HbA1c % ↔ mmol/mol uses the
 * IFCC–NGSP master equation. A unit that is unknown or cannot express the analyte throws
 * {@link LabUnitException} naming both.
 *
 * <p>Thread-safe; each unit's conversion to an analyte's canonical unit is computed once and cached, so
 * converting in a loop over many trials costs a map lookup.
 */
public final class Units {

    private Units() {}

    /** y = factor × x + offset; only HbA1c's IFCC equation has an offset. */
    private record Linear(double factor, double offset) {
        double apply(double x) {
            return factor * x + offset;
        }

        double invert(double y) {
            return (y - offset) / factor;
        }
    }

    private static final UcumEssenceService UCUM = loadUcum();

    private static UcumEssenceService loadUcum() {
        // The essence XML ships at the root of the org.fhir:ucum jar.
        try (InputStream essence = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            if (essence == null) {
                throw new IllegalStateException("ucum-essence.xml is missing from the class path (org.fhir:ucum jar)");
            }
            return new UcumEssenceService(essence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UcumException e) {
            throw new IllegalStateException("the UCUM essence cannot be read: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Spellings

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            // Giga per litre (French and German reports) before lower-casing: UCUM's "G" is the gauss.
            Map.entry("k/ul", "10*3/uL"),
            Map.entry("k/mm3", "10*3/uL"),
            Map.entry("thou/ul", "10*3/uL"),
            Map.entry("thou/mm3", "10*3/uL"),
            Map.entry("thousand/ul", "10*3/uL"),
            Map.entry("thousand/mm3", "10*3/uL"),
            Map.entry("thousands/ul", "10*3/uL"),
            Map.entry("thousands/mm3", "10*3/uL"),
            Map.entry("k/mcl", "10*3/uL"),
            Map.entry("/ul", "/uL"),
            Map.entry("cells/ul", "/uL"),
            Map.entry("cell/ul", "/uL"),
            Map.entry("/mcl", "/uL"),
            Map.entry("cells/mcl", "/uL"),
            Map.entry("/microl", "/uL"),
            Map.entry("/microliter", "/uL"),
            Map.entry("/microlitre", "/uL"),
            Map.entry("cells/microliter", "/uL"),
            Map.entry("cells/microlitre", "/uL"),
            Map.entry("cells/ulblood", "/uL"),
            Map.entry("/mm3", "/mm3"),
            Map.entry("cells/mm3", "/mm3"),
            Map.entry("cell/mm3", "/mm3"),
            Map.entry("/cmm", "/mm3"),
            Map.entry("/cumm", "/mm3"),
            Map.entry("cells/cmm", "/mm3"),
            Map.entry("cells/cumm", "/mm3"),
            Map.entry("/cu.mm", "/mm3"),
            Map.entry("/l", "/L"),
            Map.entry("cells/l", "/L"),
            Map.entry("/ml", "/mL"),
            Map.entry("cells/ml", "/mL"),
            Map.entry("mg%", "mg/dL"),
            Map.entry("g%", "g/dL"),
            Map.entry("g/100ml", "g/dL"),
            Map.entry("mg/100ml", "mg/dL"),
            // Enzyme activity: IU/L and U/L are the same for enzymes (1 IU = 1 µmol/min, the UCUM "U").
            Map.entry("u/l", "U/L"),
            Map.entry("iu/l", "U/L"),
            Map.entry("units/l", "U/L"),
            Map.entry("unit/l", "U/L"),
            Map.entry("ui/l", "U/L"),
            Map.entry("ukat/l", "ukat/L"),
            Map.entry("nkat/l", "nkat/L"),
            // International units of hormones and viral loads (arbitrary, not enzyme units).
            Map.entry("iu/ml", "[iU]/mL"),
            Map.entry("ui/ml", "[iU]/mL"),
            Map.entry("miu/l", "m[iU]/L"),
            Map.entry("mu/l", "m[iU]/L"),
            Map.entry("mui/l", "m[iU]/L"),
            Map.entry("uiu/ml", "u[iU]/mL"),
            Map.entry("uu/ml", "u[iU]/mL"),
            Map.entry("uui/ml", "u[iU]/mL"),
            Map.entry("miu/ml", "m[iU]/mL"),
            Map.entry("copies/ml", "{copies}/mL"),
            Map.entry("copy/ml", "{copies}/mL"),
            Map.entry("cp/ml", "{copies}/mL"),
            Map.entry("cps/ml", "{copies}/mL"),
            Map.entry("ml/min", "mL/min"),
            Map.entry("s", "s"),
            Map.entry("sec", "s"),
            Map.entry("secs", "s"),
            Map.entry("second", "s"),
            Map.entry("seconds", "s"),
            Map.entry("ms", "ms"),
            Map.entry("msec", "ms"),
            Map.entry("msecs", "ms"),
            Map.entry("millisecond", "ms"),
            Map.entry("milliseconds", "ms"),
            Map.entry("%", "%"),
            Map.entry("percent", "%"),
            Map.entry("pct", "%"),
            Map.entry("", "1"),
            Map.entry("1", "1"),
            Map.entry("ratio", "1"),
            Map.entry("{ratio}", "1"),
            Map.entry("inr", "{INR}"),
            Map.entry("{inr}", "{INR}"),
            Map.entry("mmol/mol", "mmol/mol"));

    // "x10^9/L", "×10e9/l", "10*3/µL", and "x109/L" where a superscript 9 was lost in plain text.
    private static final Pattern POWER_OF_TEN_COUNT =
            Pattern.compile("^x?10(?:\\^|\\*\\*?|e)?(3|4|6|9|12)(?:cells?)?/(l|ul|mcl|mm3|ml)$");
    // "mg/dl", "µmol/l", "mcg/ml", "meq/l", "ng/dl".
    private static final Pattern CONCENTRATION = Pattern.compile("^(k|m|u|mc|n|p|f)?(g|mol|eq)/(d|c|m|u)?l$");
    // "mL/min/1.73m²", "ml/min per 1.73 m2", "mL/min/1.73 sq m".
    private static final Pattern PER_BODY_SURFACE = Pattern.compile("^ml/min(?:/|per)1[.,]73(?:m2|sqm|squarem)$");
    // "g/24h", "mg/24 hr", "g/day".
    private static final Pattern PER_DAY = Pattern.compile("^(m|u)?g/(?:24-?h|24-?hrs?|24-?hours?|day|d)$");
    private static final Pattern SUPERSCRIPT_POWER = Pattern.compile("10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)");

    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();
    /** An exponent of three digits or more ("10^999", "L100"): beyond any unit a lab value is written in. */
    private static final Pattern TOO_LARGE_EXPONENT = Pattern.compile("(?:[\\^*]|[A-Za-z\\]}])[+-]?\\d{3,}");
    /**
     * The most units the two caches keep: what users write is a few dozen spellings, and every written unit a
     * client sends must not become memory held for good.
     */
    private static final int MAX_CACHED = 10_000;

    /**
     * The UCUM code for a unit as written; a valid UCUM expression is returned as is.
     *
     * @throws LabUnitException when the unit is neither a known spelling nor valid UCUM
     */
    public static String normalise(String written) {
        if (written == null) {
            return "1";
        }
        String cached = NORMALISED.get(written);
        if (cached != null) {
            return cached;
        }
        String ucum = readSpelling(written);
        if (ucum == null) {
            throw new LabUnitException("unknown unit '" + written + "'", written, null);
        }
        if (NORMALISED.size() < MAX_CACHED) {
            NORMALISED.put(written, ucum);
        }
        return ucum;
    }

    /** Whether {@link #normalise} knows the unit. */
    public static boolean isKnown(String written) {
        try {
            normalise(written);
            return true;
        } catch (LabUnitException e) {
            return false;
        }
    }

    private static String readSpelling(String written) {
        String compact = plain(written).replaceAll("\\s+", "");
        if (compact.equals("G/L") || compact.equals("xG/L") || compact.equalsIgnoreCase("Gpt/L")) {
            return "10*9/L";
        }
        String lower = compact.toLowerCase(Locale.ROOT);
        String known = SPELLINGS.get(lower);
        if (known == null && !lower.contains("/") && lower.contains("per")) {
            lower = lower.replaceFirst("per", "/"); // "cells per mm3", "per uL"
            known = SPELLINGS.get(lower);
        }
        if (known != null) {
            return known;
        }
        Matcher count = POWER_OF_TEN_COUNT.matcher(lower);
        if (count.matches()) {
            String volume = switch (count.group(2)) {
                case "l" -> "L";
                case "ul", "mcl" -> "uL";
                case "ml" -> "mL";
                default -> "mm3";
            };
            return "10*" + count.group(1) + "/" + volume;
        }
        Matcher concentration = CONCENTRATION.matcher(lower);
        if (concentration.matches()) {
            String prefix =
                    concentration.group(1) == null ? "" : concentration.group(1).replace("mc", "u");
            String volumePrefix = concentration.group(3) == null ? "" : concentration.group(3);
            return prefix + concentration.group(2) + "/" + volumePrefix + "L";
        }
        if (PER_BODY_SURFACE.matcher(lower).matches()) {
            return "mL/min/{1.73_m2}";
        }
        Matcher perDay = PER_DAY.matcher(lower);
        if (perDay.matches()) {
            return (perDay.group(1) == null ? "" : perDay.group(1)) + "g/d";
        }
        if (TOO_LARGE_EXPONENT.matcher(compact).find()) {
            // no lab value is written with a power of three digits, and UCUM's exact decimals would compute
            // 10^999 digit by digit (minutes, holding the converter's lock): not a unit
            return null;
        }
        // Anything else must be valid UCUM as written (case-sensitive): "ng/mL", "mmol/L", "10*6/L".
        return validateUcum(compact) == null ? compact : null;
    }

    /** Micro signs, multiplication signs and superscripts as plain ASCII ("×10⁹/µL" → "x10^9/uL"). */
    private static String plain(String written) {
        String text = written.strip()
                .replace('µ', 'u')
                .replace('μ', 'u')
                .replace('×', 'x')
                .replace('⋅', '.');
        text = SUPERSCRIPT_POWER.matcher(text).replaceAll(m -> "10^" + digits(m.group(1)));
        // "mm³", "m²" and then "mm^3": an exponent after a letter is written without its caret.
        return digits(text).replaceAll("(?<=[a-zA-Z])\\^(?=\\d)", "");
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int superscript = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            out.append(superscript >= 0 ? (char) ('0' + superscript) : c);
        }
        return out.toString();
    }

    /** UCUM's complaint about a code, or null when it is valid. */
    public static String validateUcum(String ucum) {
        synchronized (UCUM) {
            return UCUM.validate(ucum);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Conversion

    private static final Map<String, Linear> TO_CANONICAL = new ConcurrentHashMap<>();

    // Dimensionless canonical units: UCUM compares any two of these (% with {INR}), so each analyte
    // lists the ones that can express it.
    private static final Map<String, Set<String>> DIMENSIONLESS_ACCEPTED = Map.of(
            "%", Set.of("%"),
            "{INR}", Set.of("{INR}", "1"));

    // IFCC–NGSP master equation: IFCC (mmol/mol) = 10.929 × (NGSP % − 2.15).
    private static final Linear HBA1C_PERCENT_TO_IFCC = new Linear(10.929, -10.929 * 2.15);

    /**
     * A value of an analyte converted from one unit to another (both as written or UCUM).
     *
     * @throws LabUnitException naming the unit and the analyte when a unit is unknown or cannot express it
     */
    public static double convert(Analyte analyte, double value, String fromUnit, String toUnit) {
        Linear from = toCanonicalLinear(analyte, fromUnit);
        Linear to = toCanonicalLinear(analyte, toUnit);
        return to.invert(from.apply(value));
    }

    /** A value of an analyte in its canonical unit ({@link Analyte#unit()}). */
    public static double toCanonical(Analyte analyte, double value, String unit) {
        return toCanonicalLinear(analyte, unit).apply(value);
    }

    /** Whether a unit (as written) is known and can express the analyte. */
    public static boolean canExpress(Analyte analyte, String unit) {
        try {
            toCanonicalLinear(analyte, unit);
            return true;
        } catch (LabUnitException e) {
            return false;
        }
    }

    /**
     * A value as a multiple of a reference limit ("ALT 120 U/L with ULN 40 U/L" → 3.0), the limit in its
     * own unit; both are converted to the canonical unit first.
     */
    public static double multipleOfLimit(Analyte analyte, double value, String unit, double limit, String limitUnit) {
        double canonicalLimit = toCanonical(analyte, limit, limitUnit);
        if (!(canonicalLimit > 0)) {
            throw new IllegalArgumentException(
                    "a reference limit must be positive: " + limit + " " + limitUnit + " for " + analyte.displayName());
        }
        return toCanonical(analyte, value, unit) / canonicalLimit;
    }

    /** The absolute value a multiple of a limit stands for ("2.5 × ULN" with ULN 40 U/L → 100), in toUnit. */
    public static double valueOfMultiple(
            Analyte analyte, double multiple, double limit, String limitUnit, String toUnit) {
        return convert(analyte, multiple * toCanonical(analyte, limit, limitUnit), analyte.unit(), toUnit);
    }

    private static Linear toCanonicalLinear(Analyte analyte, String written) {
        String key = analyte.name() + '\u0000' + (written == null ? "" : written);
        Linear cached = TO_CANONICAL.get(key);
        if (cached != null) {
            return cached;
        }
        String ucum;
        try {
            ucum = normalise(written);
        } catch (LabUnitException e) {
            throw new LabUnitException("unknown unit '" + written + "' for " + describe(analyte), written, analyte);
        }
        Linear linear = linearToCanonical(analyte, written, ucum);
        if (TO_CANONICAL.size() < MAX_CACHED) {
            TO_CANONICAL.put(key, linear);
        }
        return linear;
    }

    private static Linear linearToCanonical(Analyte analyte, String written, String ucum) {
        String canonical = analyte.unit();
        if (ucum.equals(canonical)) {
            return new Linear(1, 0);
        }
        if (analyte == Analyte.HBA1C && ucum.equals("mmol/mol")) {
            // mmol/mol → %: the inverse of the master equation.
            return new Linear(
                    1 / HBA1C_PERCENT_TO_IFCC.factor(),
                    -HBA1C_PERCENT_TO_IFCC.offset() / HBA1C_PERCENT_TO_IFCC.factor());
        }
        Set<String> dimensionless = DIMENSIONLESS_ACCEPTED.get(canonical);
        if (dimensionless != null) {
            if (dimensionless.contains(ucum)) {
                return new Linear(1, 0);
            }
            throw wrongDimension(analyte, written);
        }
        if (ucum.contains("eq")) {
            // mEq/L → mmol/L divides by the ion's charge (2 mEq of Ca²⁺ are 1 mmol); UCUM's eq is a mole.
            if (analyte.valence() == 0) {
                throw wrongDimension(analyte, written);
            }
            Linear asMoles = linearToCanonical(analyte, written, ucum.replace("eq", "mol"));
            return new Linear(asMoles.factor() / analyte.valence(), 0);
        }
        Linear direct = ucumLinear(analyte, written, ucum, canonical);
        if (direct != null) {
            return direct;
        }
        if (analyte.molarMass().isPresent()) {
            double gramsPerMole = analyte.molarMass().get();
            // mass concentration → molar concentration: divide by the molar mass (and back).
            Linear massToGramsPerLitre = ucumLinear(analyte, written, ucum, "g/L");
            Linear molesToCanonical = ucumLinear(analyte, written, "mol/L", canonical);
            if (massToGramsPerLitre != null && molesToCanonical != null) {
                return new Linear(massToGramsPerLitre.factor() / gramsPerMole * molesToCanonical.factor(), 0);
            }
            Linear molesToMolesPerLitre = ucumLinear(analyte, written, ucum, "mol/L");
            Linear massToCanonical = ucumLinear(analyte, written, "g/L", canonical);
            if (molesToMolesPerLitre != null && massToCanonical != null) {
                return new Linear(molesToMolesPerLitre.factor() * gramsPerMole * massToCanonical.factor(), 0);
            }
        }
        throw wrongDimension(analyte, written);
    }

    /** UCUM's factor from one unit to another, or null when they are not comparable. */
    private static Linear ucumLinear(Analyte analyte, String written, String from, String to) {
        if (isArbitrary(from) != isArbitrary(to) || isMolar(from) != isMolar(to)) {
            // UCUM lets arbitrary units ([iU]) meet counts, and a mole is a number (6.022e23) to it, so
            // /uL would meet mmol/L; IU ↔ copies depends on the assay, cells ↔ moles means nothing: never.
            return null;
        }
        synchronized (UCUM) {
            try {
                if (!UCUM.isComparable(from, to)) {
                    return null;
                }
                // Converting 1 with many significant digits: UCUM's Decimal keeps the input's precision.
                Decimal factor = UCUM.convert(new Decimal("1.000000000000000"), from, to);
                return new Linear(Double.parseDouble(factor.asDecimal()), 0);
            } catch (UcumException e) {
                throw new LabUnitException(
                        "unit '" + written + "' cannot be used for " + describe(analyte) + ": " + e.getMessage(),
                        written,
                        analyte);
            }
        }
    }

    private static boolean isMolar(String ucum) {
        return ucum.contains("mol");
    }

    private static boolean isArbitrary(String ucum) {
        return ucum.contains("[iU]") || ucum.contains("[IU]");
    }

    private static LabUnitException wrongDimension(Analyte analyte, String written) {
        return new LabUnitException("unit '" + written + "' cannot express " + describe(analyte), written, analyte);
    }

    private static String describe(Analyte analyte) {
        return analyte.displayName() + " (" + analyte.name() + ", measured in " + analyte.unit() + ")";
    }
}
