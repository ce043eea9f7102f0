package org.trialfinder.eligibility.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.And;
import org.trialfinder.eligibility.criterion.Conditional;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Or;
import org.trialfinder.eligibility.criterion.Within;

/**
 * Which unread criteria are procedural: consent, willingness, ability to comply with visits, language,
 * availability, residence and travel, access to a telephone or the internet, the investigator's judgement,
 * ties to the study staff. They are for the trial team to settle with the patient, say nothing about the
 * patient's medical facts, and so do not keep a patient from being "eligible"; every other unread
 * criterion does (the answer is then "possibly eligible").
 *
 * <p>Deliberately cautious: an unread text is procedural only when it names such a step and mentions
 * nothing medical (a disease, a treatment, a test, a body function, a sample, pregnancy …). "Willing to
 * provide a tumour biopsy" or "unable to comply because of a psychiatric illness" stay medical: misfiling a
 * medical criterion as procedural would tell a patient more than was checked.
 */
public final class ProceduralCriteria {

    private ProceduralCriteria() {}

    private static final Pattern PROCEDURAL = Pattern.compile(
            "\\b(?:consent(?:s|ed|ing)?|assent|ICF|signed|sign(?:s|ing)?|willing(?:ness)?|unwilling(?:ness)?|agree(?:s|d|ment)?"
                    + "|compl(?:y|ies|iance|iant)|non-?complian\\w*|adhere(?:nce)?|cooperat\\w*|follow[- ]?ups?|visits?"
                    + "|attend\\w*|return\\w*|available|availability|unavailab\\w*|languages?|speak\\w*|English|French"
                    + "|Spanish|German|Chinese|Japanese|fluen\\w*|literate|illitera\\w*|literacy|read\\s+and\\s+write"
                    + "|understand\\w*|comprehen\\w*|communicat\\w*|resid\\w*|lives?\\s+(?:within|in|near)|living\\s+(?:within|in|near)"
                    + "|travel\\w*|transport\\w*|telephone|phone|smartphone|internet|e-?mail|computer|investigator(?:'s)?"
                    + "|opinion|judge?ment|discretion|employee|staff|sponsor|legal(?:ly)?\\s+(?:authori[sz]ed\\s+)?"
                    + "(?:representative|guardian)|guardian|incarcerat\\w*|prisoners?|detained|enrol(?:l)?ed\\s+in\\s+this\\s+study"
                    + "|questionnaires?|diary|diaries|procedures?|requirements?|schedule[ds]?|protocol)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What makes a text medical however procedural its words: then it is never filed as procedural. */
    private static final Pattern MEDICAL = Pattern.compile(
            // stems that may sit inside a longer word (adenocarcinoma, non-infectious) …
            "(?:carcinom|lymphom|sarcom|leuk[ae]?em|metasta|infect|diseas|disorder|syndrom|diagnos|therap|allerg"
                    + "|pregnan|transplant|toxicit|deficien"
                    // … and words that must start one ("language" is not "age", "country" not "count")
                    + "|\\b(?:ill|illness|cancer|tumou?r|malignan|histor|prior|previous|treat|drug|medica|surg"
                    + "|hypersensitiv|lactat|breast.?feed|nursing|contracept|steril|childbearing|menopaus|laborator"
                    + "|tests?\\b|levels?\\b|counts?\\b|score|stage|grade|cardi|heart|renal|kidney|hepat|liver|psychiatr"
                    + "|mental|cognit|impair|dementia|substance|alcohol|abuse|dependen|addict|seizure|epilep|bleed"
                    + "|vaccin|dose|dosing|mg\\b|biops|tissue|samples?\\b|specimen|blood|urine|imaging|MRI\\b|CT\\b|scan\\b"
                    + "|ECG|EKG|swallow|oral\\b|tablet|capsule|inject|infusion|pain|symptom|function|performance"
                    + "|weight|BMI\\b|age\\b|ages\\b|aged\\b|years?\\s+old|smok|tobacco|nicotin|conditions?\\b|health"
                    + "|medical|physical|clinical(?:ly)?\\s+significan|disabilit|adverse|life\\s+expectancy|hospital"
                    + "|device|implant|pacemaker|organs?\\b|genetic|mutation|positive|negative|HIV\\b|hepatitis|covid"
                    + "|virus|viral|bacteri|fung|fever))",
            Pattern.CASE_INSENSITIVE);

    /** Whether the item text is procedural: it names a procedural step and nothing medical. */
    public static boolean proceduralText(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return PROCEDURAL.matcher(text).find() && !MEDICAL.matcher(text).find();
    }

    /**
     * Whether a criterion whose outcome was not computable is procedural: every unread part of its tree is
     * procedural text. (Its read parts, if any, were decided or it would have been unknown instead.)
     */
    public static boolean procedural(Criterion tree) {
        List<NotComputable> unread = new ArrayList<>();
        collect(tree, unread);
        if (unread.isEmpty()) {
            return false;
        }
        for (NotComputable n : unread) {
            if (!proceduralText(n.text())) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Criterion c, List<NotComputable> out) {
        switch (c) {
            case NotComputable n -> out.add(n);
            case And a -> a.parts().forEach(p -> collect(p, out));
            case Or o -> o.parts().forEach(p -> collect(p, out));
            case Not n -> collect(n.part(), out);
            case Conditional k -> {
                collect(k.condition(), out);
                collect(k.then(), out);
            }
            case Within w -> collect(w.part(), out);
            default -> {}
        }
    }
}
