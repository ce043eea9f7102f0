package org.trialfinder.eligibility.parse;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.drugs.ClassPhrases;

/**
 * Finds what the notation can express in one item's text, as non-overlapping {@link Token}s in text order.
 * The recogniser stages run from the most specific (lab thresholds, which contain words like "HBV") to the most
 * general (a diagnosis name), sharing one {@link TokenScan}; a later stage never overlaps an earlier find. A stage
 * whose words do not occur in the text is skipped (the text is lower-cased once): a trial's items are parsed
 * once, but there are many. In order:
 *
 * <ol>
 *   <li>{@link NonCheckTokens}: filler phrases, exceptions, examples;
 *   <li>{@link LabTokens}: liver-metastasis conditions, then ({@link SexSpecificLimits} first) lab thresholds,
 *       then {@link GilbertAllowance} merges the looser limits for Gilbert's syndrome;
 *   <li>{@link TestResultWords}: test results ("HBsAg positive");
 *   <li>{@link PerformanceTokens}, then {@link ScaleAlternatives} (a score with its alternative scale);
 *   <li>{@link NyhaTokens}; {@link MeasureTokens} (life expectancy, BMI, lines of therapy);
 *   <li>{@link AgeTokens}; {@link WindowTokens};
 *   <li>{@link MetastasisTokens}; {@link ReproductiveTokens};
 *   <li>{@link TermTokens}: type 1 or 2 diabetes, drug classes ({@link ClassPhrases}), diagnoses, therapies and
 *       drugs by name, the remaining drug classes;
 *   <li>{@link SexTokens}; then {@link DiagnosisTests} merges a diagnosis with the test that shows it.
 * </ol>
 */
final class Recognizer {

    private Recognizer() {}

    static List<Token> tokens(String text) {
        TokenScan scan = new TokenScan(text);
        run(scan);
        scan.tokens.sort(Comparator.comparingInt(Token::start));
        return scan.tokens;
    }

    private static final Pattern NUMBERS =
            Pattern.compile("(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");

    private static void run(TokenScan scan) {
        String text = scan.text;
        String lower = scan.lower;
        boolean numbers = NUMBERS.matcher(text).find();
        new NonCheckTokens(scan).find();
        LabTokens labs = new LabTokens(scan);
        if (scan.mentions("liver", "hepatic")) {
            labs.liverConditions();
        }
        if (numbers || scan.mentions("uln", "lln", "upper limit", "lower limit")) {
            for (Token t : SexSpecificLimits.find(text)) {
                if (scan.free(t.start(), t.end())) {
                    scan.tokens.add(t);
                }
            }
            labs.labs();
            GilbertAllowance.merge(text, scan.tokens);
        }
        // test results after labs (a viral load with a number is a lab), before windows and diagnoses
        if (TestResultWords.mayState(lower)) {
            TestResultWords.find(text).forEach(f -> scan.find(f.start(), f.end(), f.criterion()));
        }
        if (scan.mentions("ecog", "zubrod", "eastern", "who", "world health", "karnofsky", "kps", "lansky")) {
            new PerformanceTokens(scan).performance();
            ScaleAlternatives.merge(text, scan.tokens);
            ScaleAlternatives.dropRestatements(text, scan.tokens);
        }
        if (scan.mentions("nyha", "new york")) {
            new NyhaTokens(scan).find();
        }
        MeasureTokens measures = new MeasureTokens(scan);
        if (numbers && scan.mentions("life", "surviv")) {
            measures.lifeExpectancy();
        }
        if (numbers && scan.mentions("bmi", "body mass")) {
            measures.bodyMassIndex();
        }
        if (numbers && scan.mentions("line", "regimen")) {
            measures.therapyLines();
        }
        if (numbers) {
            new AgeTokens(scan).ages();
            new WindowTokens(scan).find();
        }
        if (scan.mentions("metasta", "mets", "involvement")) {
            new MetastasisTokens(scan).metastases();
        }
        if (scan.mentions(
                "pregnan",
                "lactat",
                "breast",
                "nursing",
                "child",
                "contracep",
                "birth control",
                "wocbp",
                "reproductive",
                "conceive")) {
            new ReproductiveTokens(scan).reproductive();
        }
        TermTokens terms = new TermTokens(scan);
        if (scan.mentions("diabet")) {
            terms.diabetesTypes();
        }
        terms.drugClasses(ClassPhrases.NEW_CLASSES);
        terms.diagnoses();
        terms.therapiesAndDrugs();
        terms.drugClasses(ClassPhrases.NOTATION_CLASSES);
        new SexTokens(scan).sex();
        DiagnosisTests.merge(text, scan.tokens);
    }
}
