package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck;
import org.trialfinder.eligibility.criterion.TestResultCheck.Result;
import org.trialfinder.eligibility.criterion.TestResultCheck.Test;
import org.trialfinder.model.text.TextSpan;

/**
 * Test results written in criteria ("HBsAg positive", "negative serum pregnancy test", "HCV RNA
 * detectable", "positive testing for HIV, HBsAg or hepatitis C antibodies", "the result of tuberculosis
 * test within 8 weeks prior to enrollment is negative"), read as {@link TestResultCheck}s: a result is a
 * fact about a test, never a diagnosis the patient lacks.
 *
 * <p>Only a test named together with its result is read: "HIV testing is not required" names no result,
 * and a bare "HCV" or "HBV" does not say which test (antibody or viral nucleic acid), so neither is
 * read here. A number after a viral nucleic acid ("HBV DNA &gt; 2000 IU/mL") is a lab threshold, found
 * before this runs. Public for the note reader, so a note's "HBsAg negative" is read with the same words.
 */
public final class TestResultWords {

    private TestResultWords() {}

    /** Each test's names, most specific first ("HCV antibody" before "HCV RNA" is irrelevant: they differ). */
    private static final Map<Test, String> NAMES = new LinkedHashMap<>();

    static {
        // a parenthesised abbreviation after a name belongs to it: "hepatitis B surface antigen (HBsAg)"
        NAMES.put(
                Test.HBSAG,
                "hbs[\\s-]*ag|hepatitis\\s+b(?:\\s+virus)?\\s+(?:\\(hbv\\)\\s+)?surface\\s+antigen|hbv\\s+surface\\s+antigen|hbv\\s+sag"
                        + "|hepatitis\\s+b\\s+s[\\s-]*ag|hepatitis\\s+bs[\\s-]*ag");
        NAMES.put(
                Test.ANTI_HBC,
                "(?<!igm[\\s-])(?<!igm)(?:anti[\\s-]*hbc(?:\\s+(?:antibody|antibodies|ab))?|hbc[\\s-]*ab|(?:total\\s+)?hepatitis\\s+b(?:\\s+virus)?\\s+core\\s+(?:antibody|antibodies|ab))");
        NAMES.put(
                Test.ANTI_HBS,
                "anti[\\s-]*hbs(?:\\s+(?:antibody|antibodies|ab))?|hbs[\\s-]*ab\\b|hbs\\s+antibod(?:y|ies)"
                        + "|hepatitis\\s+b(?:\\s+virus)?\\s+(?:\\(hbv\\)\\s+)?surface\\s+(?:antibody|antibodies|ab)\\b");
        NAMES.put(Test.HBV_DNA, "hbv[\\s-]*dna|hepatitis\\s+b(?:\\s+virus)?\\s+(?:\\(hbv\\)\\s*)?dna");
        NAMES.put(
                Test.HCV_AB,
                "anti[\\s-]*hcv(?:\\s+(?:antibody|antibodies|ab))?|hcv[\\s-]*(?:antibody|antibodies|ab)\\b|hcvab"
                        + "|(?:anti[\\s-]*)?hepatitis\\s+c(?:\\s+virus)?\\s+(?:\\(hcv\\)\\s*)?(?:antibody|antibodies|ab)\\b");
        NAMES.put(
                Test.HCV_RNA,
                "hcv[\\s-]*rna|hepatitis\\s+c(?:\\s+virus)?\\s+(?:\\(hcv\\)\\s*)?(?:rna|ribonucleic\\s+acid)");
        NAMES.put(
                Test.HIV,
                "(?:anti[\\s-]*)?hiv(?:[\\s-]*(?:1\\s*(?:/|and|&|\\+|or)\\s*-?2|1|2))?(?:\\s*(?:antibody|antibodies|ab|ag/ab|antigen/antibody))?"
                        + "|human\\s+immunodeficiency\\s+virus(?:[\\s-]*(?:1\\s*(?:/|and|&|\\+|or)\\s*-?2|1|2))?(?:\\s*\\(hiv\\))?(?:\\s*(?:antibody|antibodies|ab))?");
        NAMES.put(
                Test.TB,
                "interferon[\\s-]*(?:gamma|γ)\\s+release\\s+assay|igra|quanti[\\s-]*feron(?:[\\s-]*tb)?(?:[\\s-]*gold)?(?:[\\s-]*(?:plus|in[\\s-]*tube))?"
                        + "|t[\\s-]*spot(?:[\\s.-]*tb)?|tuberculin\\s+skin\\s+test|mantoux(?:\\s+(?:skin\\s+)?test)?|ppd(?:\\s+skin)?(?:\\s+test)?"
                        + "|purified\\s+protein\\s+derivative(?:\\s+skin)?(?:\\s+test)?|(?:tuberculosis|tb)\\s+(?:skin\\s+|blood\\s+|screening\\s+|infection\\s+)?test");
        // treponemal (TP antibody, TPHA, TPPA, FTA-ABS) and non-treponemal (RPR, VDRL) tests: one key, as IGRA
        // and PPD are one for tuberculosis
        NAMES.put(
                Test.SYPHILIS,
                "syphilis(?:\\s+(?:antibody|antibodies|ab|serology))?(?:\\s*\\((?:treponema\\s+pallidum|anti[\\s-]*tp|tp)\\))?"
                        + "|(?:anti[\\s-]*)?treponema(?:l)?(?:\\s+pallidum)?(?:\\s+(?:specific\\s+)?(?:antibody|antibodies|ab)\\b)?"
                        + "|anti[\\s-]*tp\\b|tp[\\s-]*ab\\b|rapid\\s+plasma\\s+reagin|rpr|vdrl|tpha|tppa|fta[\\s-]*abs");
        // a test for current infection (PCR, antigen); an antibody test ("anti-SARS-CoV-2 antibodies") is not one.
        // "COVID-19" is the disease: only with a test word is it a test ("positive COVID-19 PCR"); "tested
        // positive for COVID-19" stays the diagnosis MeshConditions reads (issue 12 point 6)
        NAMES.put(
                Test.SARS_COV_2,
                "sars[\\s-]*cov[\\s-]*2(?!\\s*(?:antibod|ab\\b|igg|igm|vaccin))(?:\\s+(?:rt[\\s-]*)?pcr|\\s+(?:rapid\\s+)?antigen(?!\\s*antibod))?"
                        + "|covid(?:[\\s-]*19)?\\s+(?:(?:rt[\\s-]*)?pcr|(?:rapid\\s+)?antigen)(?:\\s+tests?)?"
                        + "|covid(?:[\\s-]*19)?\\s+tests?");
        NAMES.put(
                Test.PREGNANCY,
                "(?:(?:serum|urine|blood)\\s+(?:(?:or|and/or|/)\\s*(?:serum|urine)\\s+)?)?(?:\\(?(?:β|beta|b)[\\s-]*h?cg\\)?\\s+)?pregnancy\\s+tests?"
                        + "|(?:(?:serum|urine|blood)\\s+(?:(?:or|and/or|/)\\s*(?:serum|urine)\\s+)?)?(?:β|beta)[\\s-]*(?:human\\s+chorionic\\s+gonadotrop(?:h)?in|h?cg)(?:\\s*\\((?:β|beta)[\\s-]*h?cg\\))?(?:\\s+(?:pregnancy\\s+)?test)?"
                        + "|(?:serum|urine)\\s+hcg(?:\\s+test)?");
    }

    /** A name with an abbreviation or a word of method in brackets after it: "(HBsAg)", "[qualitative]". */
    private static final String BRACKETS = "(?:\\s*[\\(\\[][^()\\[\\]]{1,30}[\\)\\]])?";

    private static final String ANY_NAME;
    private static final Map<Test, Pattern> NAME_PATTERNS = new LinkedHashMap<>();

    static {
        List<String> all = new ArrayList<>();
        NAMES.forEach((test, names) -> {
            all.add(names);
            NAME_PATTERNS.put(test, Pattern.compile("(?i)(?:" + names + ")"));
        });
        ANY_NAME = "(?<![\\p{L}\\d-])(?:" + String.join("|", all) + ")(?![\\p{L}\\d])" + BRACKETS;
    }

    private static final String POSITIVE_WORDS = "positive|positivity|seropositive|reactive|detected|detectable";
    private static final String NEGATIVE_WORDS = "negative|negativity|seronegative|non[\\s-]?reactive|not\\s+detected"
            + "|undetectable|undetected|not\\s+detectable|non[\\s-]?detectable";
    private static final String NEGATIVE = NEGATIVE_WORDS + "|\\(\\s*[-−]\\s*\\)";
    private static final String POSITIVE = POSITIVE_WORDS + "|\\(\\s*\\+\\s*\\)|\\+(?![\\w+])";
    /** A result written before the test: words only ("positive HBsAg"; a bare "+" there is no result). */
    private static final String RESULT = "(?<res>" + NEGATIVE_WORDS + "|" + POSITIVE_WORDS + ")";
    /** A result written after the test, words or signs: "HBsAg positive", "HBsAg (+)", "HIV+". */
    private static final String RESULT_AFTER = "(?<res>" + NEGATIVE + "|" + POSITIVE + ")(?![\\p{L}])";

    /** Words between a test's name and its result: "HBsAg test result is positive", "HCV RNA [qualitative] is detected". */
    private static final String TEST_WORDS =
            "(?:\\s+(?:test(?:ing|s)?|results?|status|serology|assay|screen(?:ing)?))*";

    private static final String VERB =
            "(?:is|are|was|were|must\\s+be|should\\s+be|shall\\s+be|to\\s+be|be|being|tested|testing|tests?|turned)";

    /**
     * When the test is done, between the name and the verb: "tuberculosis test within 8 weeks prior to
     * enrollment is negative" (when tests are done is not encoded, as for labs).
     */
    private static final String WHEN =
            "(?:\\s+(?:within|in|at|during|prior\\s+to|before|from)\\b[^.;,()\\[\\]]{0,60}?)?";

    /** "HBsAg positive", "HIV-positive", "HBsAg (+)", "pregnancy test negative", "… is negative". */
    private static final Pattern NAME_THEN_RESULT = Pattern.compile("(?i)(?<name>" + ANY_NAME + ")" + TEST_WORDS + "(?:"
            + WHEN + "\\s+" + VERB + "\\s+(?:as\\s+)?|\\s*[-:]?\\s*)" + RESULT_AFTER);

    /**
     * Names listed before one result: "hepatitis B surface antigen or hepatitis C antibody positive" (a
     * bounded list, so hostile text stays linear).
     */
    private static final Pattern LIST_THEN_RESULT = Pattern.compile("(?i)(?<list>" + ANY_NAME
            + "(?>(?>\\s*+[,;]?+\\s*+(?:and/or|or|and)?+\\s++" + ANY_NAME + "){1,12}))" + TEST_WORDS
            + "(?:\\s+" + VERB + "\\s+|\\s*[-:]?\\s*)" + RESULT_AFTER);

    private static final Pattern ONE_NAME = Pattern.compile("(?i)" + ANY_NAME);

    /** Where and how a test was done, after its name: "detectable hepatitis C RNA in plasma by PCR". */
    private static final String SPECIMEN_AND_METHOD = "(?:\\s+in\\s+(?:the\\s+)?(?:plasma|serum|blood|urine))?"
            + "(?:\\s+by\\s+(?:(?:rt-?|quantitative\\s+|qualitative\\s+)?pcr|naat?|nucleic\\s+acid\\s+(?:amplification\\s+)?test(?:ing)?"
            + "|polymerase\\s+chain\\s+reaction))?";

    /** "Negative HBsAg", "positive serum pregnancy test", "positive testing for HIV", "positive for HIV". */
    private static final Pattern RESULT_THEN_NAME = Pattern.compile("(?i)(?<![\\p{L}])" + RESULT
            + "(?:\\s+(?:(?:test(?:ing|s)?|results?|screen(?:ing)?|serology|serologic(?:al)?\\s+(?:tests?|results?|findings?)|blood\\s+screen)\\s+)?(?:for|to|of)\\s+(?:the\\s+)?|\\s+)"
            + "(?<name>" + ANY_NAME + ")(?:\\s+(?:tests?|results?))?" + SPECIMEN_AND_METHOD);

    /** One more name of a list after a result: ", hepatitis B surface antigen (HBsAg)", "or anti-HCV". */
    private static final Pattern NEXT_NAME = Pattern.compile(
            "(?i)\\s*(?:,|;)?\\s*(?:and/or\\s+|or\\s+|and\\s+)?(?<name>" + ANY_NAME + ")(?:\\s+(?:tests?|results?))?");

    /** A number or comparator after a viral nucleic acid's name: a threshold, not a result ("HBV DNA ≥ 500"). */
    private static final Pattern THRESHOLD_AFTER = Pattern.compile(
            "(?i)^\\s*(?:[<>≤≥=]|\\d|more\\s+than|less\\s+than|greater|above|below|higher|lower|over|under)");

    /** One atom found: where it is and what it says. */
    public record Found(int start, int end, Criterion criterion) {}

    /** Every test result the text states, in text order, none overlapping another. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        Matcher m = RESULT_THEN_NAME.matcher(text);
        while (m.find()) {
            Result result = result(m.group("res"));
            Test test = test(m.group("name"));
            if (test == null || threshold(text, m.end())) {
                continue;
            }
            add(out, taken, new Found(m.start(), m.end(), check(test, result, m.start(), m.end())));
            int at = m.end();
            // a list sharing the result: "positive testing for HIV, HBsAg, or hepatitis C antibodies"
            while (true) {
                Matcher next = NEXT_NAME.matcher(text).region(at, text.length());
                if (!next.lookingAt()) {
                    break;
                }
                Test t = test(next.group("name"));
                if (t == null || threshold(text, next.end())) {
                    break;
                }
                add(
                        out,
                        taken,
                        new Found(next.start("name"), next.end(), check(t, result, next.start("name"), next.end())));
                at = next.end();
            }
            m.region(at, text.length());
        }
        Matcher l = LIST_THEN_RESULT.matcher(text);
        while (l.find()) {
            if (overlaps(taken, l.start(), l.end())) {
                continue;
            }
            Result result = result(l.group("res"));
            List<Found> listed = new ArrayList<>();
            Matcher name = ONE_NAME.matcher(text).region(l.start("list"), l.end("list"));
            while (name.find()) {
                Test test = test(name.group());
                if (test == null) {
                    listed.clear();
                    break;
                }
                listed.add(new Found(name.start(), name.end(), null));
            }
            for (int i = 0; i < listed.size(); i++) {
                Found f = listed.get(i);
                // the last name carries the result's words
                int end = i == listed.size() - 1 ? l.end() : f.end();
                Test test = test(text.substring(f.start(), f.end()));
                add(out, taken, new Found(f.start(), end, check(test, result, f.start(), end)));
            }
        }
        Matcher n = NAME_THEN_RESULT.matcher(text);
        while (n.find()) {
            if (overlaps(taken, n.start(), n.end())) {
                continue;
            }
            Test test = test(n.group("name"));
            if (test != null) {
                add(out, taken, new Found(n.start(), n.end(), check(test, result(n.group("res")), n.start(), n.end())));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether the (lower-cased) text may state a result at all: most items name none, and are skipped fast. */
    static boolean mayState(String lower) {
        for (String w : new String[] {"positiv", "negativ", "reactiv", "detect", "+", "(-)", "(−)", "seronegativ"}) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pregnancy test result as the state it shows ({@code pregnant} or {@code not(pregnant)}), for telling a
     * restatement ("positive pregnancy test; must not be pregnant") from an alternative; other trees as they are.
     */
    static Criterion asPregnancyState(Criterion c) {
        if (c instanceof TestResultCheck t && t.test() == Test.PREGNANCY) {
            ReproductiveCheck pregnant = new ReproductiveCheck(ReproductiveCheck.Status.PREGNANT, t.span());
            return t.result() == Result.POSITIVE ? pregnant : new Not(pregnant, t.span());
        }
        return c;
    }

    /** Whether a tree is a pregnancy test result (it stands where "not pregnant" would, for the section's logic). */
    static boolean isPregnancyTest(Criterion c) {
        return c instanceof TestResultCheck t && t.test() == Test.PREGNANCY;
    }

    private static boolean threshold(String text, int at) {
        return THRESHOLD_AFTER
                .matcher(text.substring(at, Math.min(text.length(), at + 20)))
                .find();
    }

    private static boolean overlaps(BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next >= 0 && next < end;
    }

    private static void add(List<Found> out, BitSet taken, Found found) {
        out.add(found);
        taken.set(found.start(), found.end());
    }

    private static TestResultCheck check(Test test, Result result, int start, int end) {
        return new TestResultCheck(test, result, new TextSpan(start, end));
    }

    private static Test test(String name) {
        String bare =
                name.replaceAll("\\s*[\\(\\[][^()\\[\\]]*[\\)\\]]\\s*$", "").strip();
        for (Map.Entry<Test, Pattern> e : NAME_PATTERNS.entrySet()) {
            if (e.getValue().matcher(bare).matches()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Result result(String written) {
        String w = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return w.matches(NEGATIVE) ? Result.NEGATIVE : Result.POSITIVE;
    }
}
