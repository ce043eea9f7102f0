package org.trialfinder.eligibility.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.TestResultCheck.Result;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;

/**
 * How people write the tests a criterion may ask a result of, and their results: the keys of a profile's
 * {@code tests} ("HBsAg", "anti-HCV", "QuantiFERON", "beta-hCG"), a FHIR Observation's text, a note's
 * words. One place, so a profile, a Bundle and a note accept the same spellings.
 */
public final class TestResultNames {

    private TestResultNames() {}

    /** The spellings of each test, matched whole after lower-casing and folding spaces, dots and hyphens. */
    private static final Map<Test, Pattern> SPELLINGS = new LinkedHashMap<>();

    static {
        SPELLINGS.put(
                Test.HIV,
                Pattern.compile(
                        "(?:anti)?hiv(?:1|2|12|1and2|1/2|1\\+2|1or2)?(?:antibody|antibodies|ab|agab|antigenantibody"
                                + "|test|screen|serology|status|combo)*|humanimmunodeficiencyvirus(?:1|2|12|1/2)?(?:antibody|ab|test)*"));
        SPELLINGS.put(
                Test.HBSAG,
                Pattern.compile(
                        "hbsag(?:test)?|hbvsag|hepatitisbsurfaceantigen(?:test)?|hepatitisbvirussurfaceantigen|hbvsurfaceantigen"
                                + "|hepbsurfaceantigen|hepbsag|hepatitisbsag"));
        SPELLINGS.put(
                Test.ANTI_HBC,
                Pattern.compile(
                        "antihbc(?:total|antibody|ab)?|hbcab(?:total)?|totalhbcab|totalantihbc|hbcoreantibody"
                                + "|hepatitisbcoreantibody(?:total)?|hepatitisbviruscoreantibody|hepbcoreantibody|hbvcoreantibody"));
        SPELLINGS.put(
                Test.ANTI_HBS,
                Pattern.compile("antihbs(?:antibody|ab)?|hbsab|hbsantibody|hepatitisbsurfaceantibody(?:test)?"
                        + "|hepatitisbvirussurfaceantibody|hbvsurfaceantibody|hepbsurfaceantibody"));
        SPELLINGS.put(
                Test.HBV_DNA,
                Pattern.compile("hbvdna(?:pcr|test|qualitative)?|hepatitisbvirusdna|hepatitisbdna|hepbdna"));
        SPELLINGS.put(
                Test.HCV_AB,
                Pattern.compile(
                        "antihcv(?:antibody|ab)?|hcvab|hcvantibody|hcvantibodies|hepatitiscantibody|hepatitiscvirusantibody"
                                + "|hepcantibody|hepcab|antihepatitisc"));
        SPELLINGS.put(
                Test.HCV_RNA,
                Pattern.compile("hcvrna(?:pcr|test|qualitative)?|hepatitiscvirusrna|hepatitiscrna|hepcrna"));
        SPELLINGS.put(
                Test.TB,
                Pattern.compile(
                        "tb|tbtest|tuberculosis|tuberculosistest|igra|interferongammareleaseassay|quantiferon(?:tb)?(?:gold)?(?:plus)?"
                                + "|tspot(?:tb)?|ppd|ppdtest|ppdskintest|tuberculinskintest|tst|mantoux(?:test)?|tbskintest|tbbloodtest"));
        SPELLINGS.put(
                Test.PREGNANCY,
                Pattern.compile(
                        "pregnancy(?:test)?|(?:serum|urine)pregnancytest|betahcg|bhcg|hcg|βhcg|serumhcg|urinehcg"
                                + "|(?:serum|urine)?betahcg(?:test)?|humanchorionicgonadotropin"));
        SPELLINGS.put(
                Test.SYPHILIS,
                Pattern.compile(
                        "syphilis(?:test|serology|antibody|ab|screen)?|treponemapallidum(?:antibody|ab)?|antitp|tpab"
                                + "|rpr|rapidplasmareagin|vdrl|tpha|tppa|ftaabs"));
        SPELLINGS.put(
                Test.SARS_COV_2,
                Pattern.compile(
                        "sarscov2(?:pcr|rtpcr|antigen|test|rna)?|covid(?:19)?(?:pcr|rtpcr|antigen|antigentest|test)?"
                                + "|covid19rapidantigen(?:test)?"));
    }

    /** The spellings a key may take, for an error message. */
    public static final String KNOWN = "HIV, HBsAg, anti-HBc (HBcAb), HBV DNA, HCV antibody (anti-HCV), HCV RNA,"
            + " tuberculosis (TB, IGRA, QuantiFERON, T-SPOT, PPD), pregnancy (beta-hCG), anti-HBs (HBsAb),"
            + " syphilis (RPR, VDRL, TP antibody), SARS-CoV-2 (COVID-19 PCR or antigen)";

    /** The words of a positive and of a negative result. */
    private static final List<String> POSITIVE =
            List.of("positive", "pos", "+", "(+)", "reactive", "detected", "detectable", "present");

    private static final List<String> NEGATIVE = List.of(
            "negative",
            "neg",
            "-",
            "nonreactive",
            "non-reactive",
            "non reactive",
            "notdetected",
            "not detected",
            "undetectable",
            "undetected",
            "(-)",
            "absent");

    private static final Pattern FOLD = Pattern.compile("[\\s._-]+");

    /** The test a name stands for ("HBsAg", "Hepatitis B surface antigen", "QuantiFERON-TB Gold"). */
    public static Optional<Test> test(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String folded = FOLD.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Optional<Test> byKey = Test.ofKey(name.strip().replace(' ', '_').replace('-', '_'));
        if (byKey.isPresent()) {
            return byKey;
        }
        for (Map.Entry<Test, Pattern> e : SPELLINGS.entrySet()) {
            if (e.getValue().matcher(folded).matches()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The result a word states ("positive", "reactive", "not detected", "neg"); empty for anything else. */
    public static Optional<Result> result(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (POSITIVE.contains(w)) {
            return Optional.of(Result.POSITIVE);
        }
        if (NEGATIVE.contains(w)) {
            return Optional.of(Result.NEGATIVE);
        }
        return Optional.empty();
    }

    /** How a person reads a test's name ("HBsAg"). */
    public static String shortName(Test test) {
        return switch (test) {
            case HIV -> "HIV";
            case HBSAG -> "HBsAg";
            case ANTI_HBC -> "anti-HBc";
            case HBV_DNA -> "HBV DNA";
            case HCV_AB -> "HCV antibody";
            case HCV_RNA -> "HCV RNA";
            case TB -> "tuberculosis test";
            case PREGNANCY -> "pregnancy test";
            case ANTI_HBS -> "anti-HBs";
            case SYPHILIS -> "syphilis test";
            case SARS_COV_2 -> "SARS-CoV-2 test";
        };
    }
}
