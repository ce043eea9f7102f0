package org.trialfinder.eligibility.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unit as criteria write it ("×10^9/L", "x 10³/µL", "/mcL", "/mm³", "mg/dl", "mL/min/1.73 m²", "IU/mL",
 * "cells/µL") into the notation's UCUM spelling ("10*9/L", "10*3/uL", "/mm3", "mg/dL",
 * "mL/min/{1.73_m2}", "[iU]/mL", "/uL"). Only spelling: conversion between units is the lab catalog's.
 */
final class UnitSpelling {

    private UnitSpelling() {}

    /** The unit part of a threshold, right after the number; group "pow" is a power of ten, "unit" the rest. */
    static final Pattern UNIT = Pattern.compile(
            "(?i)^\\s*(?:(?:[x×*✕]|times)\\s*10\\s*(?:\\^|\\*|e|\\*\\*)?\\s*\\(?(?<pow>[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\\)?\\s*"
                    + "|(?<bare>10\\s*(?:\\^|\\*|e)\\s*\\(?(?<pow2>[0-9]{1,2})\\)?|10(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))\\s*)?"
                    + "(?<unit>"
                    + "(?:cells?|copies|c|iu|u|ng|mg|grams?|g|gm|µg|μg|ug|mcg|pg|mmol|µmol|μmol|umol|nmol|pmol|meq|miu|mu|ml|l|dl)?"
                    + "\\s*/\\s*(?:(?:µ|μ)\\s*|mc|u|m|d|n)?(?:l|mm\\s*[3³]|mm\\^3|cmm|µl|μl|ul)(?![\\p{L}\\d])"
                    + "|ml\\s*/\\s*min(?:ute)?\\s*(?:/|per)?\\s*1[.,]73\\s*m\\s*(?:\\^?2|²)"
                    + "|(?:ml|cc)\\s*/\\s*min(?:ute)?\\b"
                    + "|millilit(?:er|re)s?\\s+per\\s+minute\\s+per\\s+1\\.73\\s+(?:square\\s+met(?:er|re)s?|met(?:er|re)\\s+square|m2)"
                    + "|g\\s*/\\s*l\\b|g\\s*/\\s*dl\\b|gm\\s*/\\s*dl\\b"
                    + "|k\\s*/\\s*(?:µ|μ|u)l\\b"
                    + "|g/l\\b|giga\\s*/\\s*l\\b"
                    + "|%|percent\\b"
                    + "|milli-?seconds?\\b|m?sec(?:onds?)?\\b|ms\\b|s\\b"
                    + "|(?:cells?\\s*)?/\\s*micro-?lit(?:er|re)s?\\b"
                    + "|iu\\s*/\\s*ml\\b|iu/l\\b|u/l\\b"
                    + ")?");

    private static final Pattern LITER_PER = Pattern.compile(
            "(?i)^(cells?|copies|c|iu|u|ng|mg|grams?|g|gm|µg|μg|ug|mcg|pg|mmol|µmol|μmol|umol|nmol|pmol|meq|miu|mu|ml|l|dl)?\\s*/\\s*(µ|μ|mc|u|m|d|n)?(l|mm\\s*[3³]|mm\\^3|cmm|µl|μl|ul)$");

    /** The UCUM spelling of the matched unit, or null when nothing unit-like was there. */
    static String ucum(Matcher m) {
        String pow =
                m.group("pow") != null ? m.group("pow") : m.group("pow2") != null ? m.group("pow2") : m.group("sup");
        String unit = m.group("unit") == null ? "" : m.group("unit").strip();
        String base = unit.isEmpty() ? "" : base(unit);
        if (base == null) {
            return null;
        }
        if (pow != null) {
            String p = superscriptToDigits(pow);
            // "×109/L" is 10^9/L with its superscript lost in the record.
            if (base.isEmpty()) {
                return null;
            }
            return "10*" + p + base;
        }
        return base.isEmpty() ? null : base;
    }

    private static String base(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace('μ', 'µ');
        if (u.matches("ml/min(ute)?/?(per)?1[.,]73m(\\^?2|²)") || u.startsWith("millilit")) {
            return "mL/min/{1.73_m2}";
        }
        if (u.matches("(ml|cc)/min(ute)?")) {
            return "mL/min";
        }
        if (u.equals("%") || u.equals("percent")) {
            return "%";
        }
        if (u.matches("(cells?)?/micro-?lit(er|re)s?")) {
            return "/uL";
        }
        if (u.matches("milli-?seconds?")) {
            return "ms";
        }
        if (u.matches("m?sec(onds?)?|ms|s")) {
            return u.startsWith("m") ? "ms" : "s";
        }
        if (u.matches("k/[µu]l")) {
            return "10*3/uL";
        }
        if (u.equals("giga/l")) {
            return "10*9/L";
        }
        Matcher m = LITER_PER.matcher(u);
        if (m.matches()) {
            String num = m.group(1) == null ? "" : m.group(1);
            String prefix = m.group(2) == null ? "" : m.group(2);
            String vol = m.group(3);
            String denominator;
            if (vol.startsWith("mm") || vol.equals("cmm")) {
                denominator = "/mm3";
            } else if (vol.equals("µl") || vol.equals("ul")) {
                denominator = "/uL";
            } else {
                denominator = switch (prefix) {
                    case "µ", "u", "mc" -> "/uL";
                    case "m" -> "/mL";
                    case "d" -> "/dL";
                    case "n" -> "/nL";
                    default -> "/L";
                };
            }
            String numerator = switch (num) {
                case "", "cell", "cells" -> "";
                case "copies", "c" -> "{copies}";
                case "iu" -> "[iU]";
                case "u" -> "U";
                case "gm", "gram", "grams" -> "g";
                case "µg", "ug", "mcg" -> "ug";
                case "µmol", "umol" -> "umol";
                case "meq" -> "meq";
                case "miu" -> "m[iU]";
                case "mu" -> "mU";
                case "ml" -> "mL";
                case "l" -> "L";
                case "dl" -> "dL";
                default -> num;
            };
            if (numerator.equals("g")
                    && denominator.equals("/L")
                    && num.equals("g")
                    && unit.strip().equals("G/L")) {
                return "10*9/L";
            }
            return numerator + denominator;
        }
        return null;
    }

    private static String superscriptToDigits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            b.append(i >= 0 ? (char) ('0' + i) : c);
        }
        return b.toString();
    }
}
