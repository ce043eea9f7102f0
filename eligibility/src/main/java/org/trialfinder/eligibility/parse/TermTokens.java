package org.trialfinder.eligibility.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.PriorTherapyCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.drugs.ClassPhrases;
import org.trialfinder.model.text.TextSpan;

/** A recogniser stage of {@link Recognizer}: Diagnoses, therapies, drugs and drug classes by name, from the vocabulary tables; a therapy the trial will give is unread. */
final class TermTokens extends TokenScan {

    TermTokens(TokenScan scan) {
        super(scan);
    }

    void diabetesTypes() {
        find(
                DIABETES_TYPES,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        new Or(
                                List.of(
                                        new DiagnosisCheck("type1_diabetes", span(m)),
                                        new DiagnosisCheck("type2_diabetes", span(m))),
                                span(m))));
    }

    void diagnoses() {
        terms(DIAGNOSIS_WORDS, DIAGNOSIS_UNION, (term, m) -> new DiagnosisCheck(term, span(m)));
    }

    void therapiesAndDrugs() {
        terms(
                THERAPY_WORDS,
                THERAPY_UNION,
                (term, m) -> futureTherapy(m.start())
                        ? new NotComputable(m.group(), span(m), UnreadReason.PLANNED)
                        : new PriorTherapyCheck(term, span(m)));
        find(
                DRUG_WORDS,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        futureTherapy(m.start())
                                ? new NotComputable(m.group(), span(m), UnreadReason.PLANNED)
                                : new PriorTherapyCheck(
                                        PriorTherapyCheck.DRUG_PREFIX
                                                + m.group().toLowerCase(Locale.ROOT),
                                        span(m))));
    }

    private static final Map<String, Pattern> DIAGNOSIS_WORDS = compiled(Vocabulary.DIAGNOSES);

    private static final Map<String, Pattern> THERAPY_WORDS = compiled(Vocabulary.THERAPIES);

    // One pass per vocabulary: the union finds a name, then the first term (in vocabulary order) that
    // matches exactly that name says which it is.
    private static final Pattern DIAGNOSIS_UNION = Vocabulary.words(String.join("|", Vocabulary.DIAGNOSES.values()));

    private static final Pattern THERAPY_UNION = Vocabulary.words(String.join("|", Vocabulary.THERAPIES.values()));

    private static final Pattern DRUG_WORDS = Vocabulary.words(String.join("|", Vocabulary.DRUGS));

    /** "Type 1 or 2 diabetes". */
    private static final Pattern DIABETES_TYPES = p(
            "type\\s*(?:1|i)\\s*(?:or|and/or|/|and)\\s*(?:type\\s*)?(?:2|ii)\\s+diabetes(?:\\s+mellitus)?|diabetes(?:\\s+mellitus)?\\s+type\\s*(?:1|i)\\s*(?:or|/|and/or)\\s*(?:2|ii)\\b");

    /** Drug classes by name ("EGFR TKIs", "HDAC inhibitors"): a prior therapy, unless the trial gives it. */
    void drugClasses(ClassPhrases phrases) {
        for (ClassPhrases.Hit h : phrases.find(text)) {
            if (h.dose() != null
                    && free(h.dose().span().start(), h.dose().span().end())) {
                tokens.add(
                        new Token.Atom(h.dose().span().start(), h.dose().span().end(), h.dose()));
            }
            if (free(h.start(), h.end())) {
                tokens.add(new Token.Atom(
                        h.start(),
                        h.end(),
                        futureTherapy(h.start())
                                ? new NotComputable(
                                        text.substring(h.start(), h.end()),
                                        new TextSpan(h.start(), h.end()),
                                        UnreadReason.PLANNED)
                                : h.criterion()));
            }
        }
    }

    private interface Make {
        Criterion make(String term, Matcher m);
    }

    private void terms(Map<String, Pattern> vocabulary, Pattern union, Make make) {
        find(union, m -> {
            String name = m.group();
            for (Map.Entry<String, Pattern> e : vocabulary.entrySet()) {
                if (e.getValue().matcher(name).matches()) {
                    return new Token.Atom(m.start(), m.end(), make.make(e.getKey(), m));
                }
            }
            return null;
        });
    }
}
