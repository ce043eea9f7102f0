package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.drugs.ClassPhrases;

/**
 * The Recognizer's stages one by one, each on a fresh {@link TokenScan} of a short text (their input is text),
 * and the rule that makes their order their priority: a stage never takes a stretch an earlier one took.
 */
class RecognizerStagesTest {

    private static List<String> found(String text, Consumer<TokenScan> stage) {
        TokenScan scan = new TokenScan(text);
        stage.accept(scan);
        return scan.tokens.stream().map(t -> describe(text, t)).toList();
    }

    private static String describe(String text, Token t) {
        String at = text.substring(t.start(), t.end());
        return switch (t) {
            case Token.Atom a -> at + " = " + Notation.print(a.criterion());
            case Token.Labs l -> at + " = labs " + l.keys();
            case Token.Time w ->
                at + " = " + (w.since() ? "since " : "within ")
                        + Notation.number(w.window().amount()) + " "
                        + w.window().unit().code();
            case Token.LiverCondition c -> at + " = liver " + (c.present() ? "with" : "without");
            case Token.Unless u -> at + " = unless";
            case Token.Examples e -> at + " = examples";
            case Token.Filler f -> at + " = filler";
            case Token.BySection b -> at + " = by section";
        };
    }

    @Test
    void nonCheckWords() {
        assertThat(found("Stroke, unless treated more than 5 years ago", s -> new NonCheckTokens(s).find()))
                .singleElement()
                .asString()
                .endsWith("= unless");
    }

    @Test
    void labsAndTheirLiverConditions() {
        assertThat(found("AST and ALT ≤ 2.5 × ULN", s -> new LabTokens(s).labs()))
                .containsExactly("AST and ALT ≤ 2.5 × ULN = labs [AST, ALT]");
        assertThat(found("in patients with liver metastases", s -> new LabTokens(s).liverConditions()))
                .singleElement()
                .asString()
                .endsWith("= liver with");
    }

    @Test
    void performanceStatus() {
        assertThat(found("ECOG 0-1", s -> new PerformanceTokens(s).performance()))
                .containsExactly("ECOG 0-1 = ecog <= 1");
    }

    @Test
    void nyhaClasses() {
        assertThat(found("NYHA class III or IV heart failure", s -> new NyhaTokens(s).find()))
                .singleElement()
                .asString()
                .contains("nyha >= 3");
    }

    @Test
    void measures() {
        assertThat(found("Life expectancy of at least 12 weeks", s -> new MeasureTokens(s).lifeExpectancy()))
                .singleElement()
                .asString()
                .endsWith("= life_expectancy >= 12 wk");
        assertThat(found("BMI ≥ 30 kg/m2", s -> new MeasureTokens(s).bodyMassIndex()))
                .singleElement()
                .asString()
                .contains("bmi >= 30");
    }

    @Test
    void agesAndWindows() {
        assertThat(found("Aged 18 to 75 years", s -> new AgeTokens(s).ages()))
                .singleElement()
                .asString()
                .endsWith("= and(age >= 18 a, age <= 75 a)");
        assertThat(found("stroke within 6 months", s -> new WindowTokens(s).find()))
                .containsExactly("within 6 months = within 6 mo");
        assertThat(found("at least 4 weeks since radiotherapy", s -> new WindowTokens(s).find()))
                .singleElement()
                .asString()
                .endsWith("= since 4 wk");
    }

    @Test
    void metastasesReproductionAndSex() {
        assertThat(found("Known brain metastases", s -> new MetastasisTokens(s).metastases()))
                .singleElement()
                .asString()
                .endsWith("= metastasis(brain)");
        assertThat(found("Pregnant or breastfeeding", s -> new ReproductiveTokens(s).reproductive()))
                .containsExactly("Pregnant = pregnant", "breastfeeding = lactating");
        assertThat(found("Male patients", s -> new SexTokens(s).sex())).containsExactly("Male = sex = male");
    }

    @Test
    void termsAndATherapyTheTrialWillGiveIsUnreadAsPlanned() {
        // the term is the vocabulary's (which other work extends); that the name is read as a diagnosis is the stage's
        assertThat(found("History of epilepsy", s -> new TermTokens(s).diagnoses()))
                .singleElement()
                .asString()
                .startsWith("epilepsy = diagnosis(");
        TokenScan scan = new TokenScan("Fit for protocol chemotherapy");
        new TermTokens(scan).therapiesAndDrugs();
        assertThat(scan.tokens).singleElement().satisfies(t -> {
            NotComputable nc = (NotComputable) ((Token.Atom) t).criterion();
            assertThat(nc.reason()).isEqualTo(UnreadReason.PLANNED);
        });
        assertThat(found("Prior EGFR TKIs", s -> new TermTokens(s).drugClasses(ClassPhrases.NEW_CLASSES)))
                .isNotEmpty();
    }

    @Test
    void aStageNeverTakesAStretchAnEarlierStageTook() {
        // fed by a part: a filler token over "epilepsy" found before the terms stage runs
        TokenScan scan = new TokenScan("History of epilepsy");
        scan.tokens.add(new Token.Filler(11, 19));
        new TermTokens(scan).diagnoses();
        assertThat(scan.tokens).containsExactly(new Token.Filler(11, 19));
    }
}
