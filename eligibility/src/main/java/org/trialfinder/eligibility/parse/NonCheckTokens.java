package org.trialfinder.eligibility.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** A recogniser stage of {@link Recognizer}: Words that are no check: filler phrases, exceptions ("unless …", "except …") and examples ("such as …"). */
final class NonCheckTokens extends TokenScan {

    NonCheckTokens(TokenScan scan) {
        super(scan);
    }

    void find() {
        find(FILLER_PHRASES, m -> new Token.Filler(m.start(), m.end()));
        find(EXCEPTION, m -> new Token.Unless(m.start(), m.end()));
        examples();
    }
    /** Lead-ins and procedural words that add nothing to what an item states. */
    private static final Pattern FILLER_PHRASES = p(
            "(?:\\bno\\s+(?:gender|sex)\\s+(?:limits?|limitations?|restrictions?|requirements?)\\b|\\((?:both\\s+)?including\\s+\\d+\\s*(?:,|and)\\s*\\d+\\s*(?:years?(?:\\s+old)?)?\\s*\\)|\\(\\s*(?:(?:calculated|estimated|measured)\\s+)?(?:by|using|per|with|based\\s+on|on\\s+the\\s+basis\\s+of|according\\s+to)\\s+(?:the\\s+)?(?:modified\\s+|bed\\s*side\\s+)?(?:Cockcroft[\\s-]*(?:and\\s+)?Gault|Schwartz|CKD[\\s-]*EPI|MDRD)(?:\\s+(?:glomerular\\s+filtration\\s+rate|GFR|creatinine\\s+clearance))?(?:\\s+(?:formula|equation|estimation|method|calculation))?\\s*\\)|(?:(?:calculated|estimated|measured)\\s+)?(?:by|using|per|with|based\\s+on|on\\s+the\\s+basis\\s+of|according\\s+to)\\s+(?:the\\s+)?(?:modified\\s+|bed\\s*side\\s+)?(?:Cockcroft[\\s-]*(?:and\\s+)?Gault|Schwartz|CKD[\\s-]*EPI|MDRD)(?:\\s+(?:glomerular\\s+filtration\\s+rate|GFR|creatinine\\s+clearance))?(?:\\s+(?:formula|equation|estimation|method|calculation))?|\\(\\s*(?:see|refer\\s+to)\\s+(?:appendix|table|section|attachment|protocol)\\b[^()]*\\)|\\((?:patients\\s+|participants\\s+|subjects\\s+)?may\\s+(?:be|have\\s+been)\\s+transfused\\s+to\\s+(?:meet|maintain|reach|achieve|exceed)\\b[^()]*\\)|\\b(?:visit|day|week|cycle)\\s*-?\\d+\\b|\\b(?:are|is|will\\s+be|shall\\s+be|would\\s+be)\\s+(?:not\\s+eligible|ineligible|excluded)(?:\\s+from\\s+(?:the|this)\\s+(?:study|trial))?\\b|\\((?:both\\s+values\\s+)?inclusive\\)|\\b(?:at|on)\\s+the\\s+time\\s+of\\s+(?:signing\\s+(?:the\\s+)?(?:informed\\s+consent(?:\\s+form)?|icf)|screening|enrol?lment|randomi[sz]ation|consent|treatment))");

    /** What follows "except", "unless", "other than": restrictions the notation cannot place; never read as checks. */
    private static final Pattern EXCEPTION = p(
            "\\b(?:except(?:\\s+for)?|unless|other\\s+than|excluding|with\\s+the\\s+exception\\s+of|apart\\s+from|but\\s+not)\\b[^;]*");

    /** Examples in parentheses: "(e.g. …)", "(such as …)", "(including …)" illustrate what precedes them. */
    private static final Pattern EXAMPLES = p(
            "\\(\\s*(?:such\\s+as|e\\.\\s?g\\.?|eg\\.?,?|for\\s+example|including(?:\\s+but\\s+not\\s+limited\\s+to)?|i\\.\\s?e\\.?|like)\\b[^()]*\\)");

    /** Examples outside parentheses run to the end of the sentence: where they end cannot be told, so they stay unread. */
    private static final Pattern OPEN_EXAMPLES = p(
            "(?:,|\\s)\\s*(?:such\\s+as|e\\.\\s?g\\.?|eg\\.?,?|for\\s+example|including(?:\\s+but\\s+not\\s+limited\\s+to)?|i\\.\\s?e\\.?)\\b[^;]*?(?=;|\\.\\s|\\.?$)");

    private void examples() {
        // an open list first: a bracketed example inside it ("such as stroke (including TIA), embolism") is part of it
        find(
                OPEN_EXAMPLES,
                o -> new Token.Atom(o.start(), o.end(), new NotComputable(o.group(), span(o), UnreadReason.EXAMPLES)));
        Matcher m = EXAMPLES.matcher(text);
        while (m.find()) {
            // Only after something: a leading "including" is not an example list of anything.
            if (m.start() > 0 && free(m.start(), m.end())) {
                tokens.add(new Token.Examples(m.start(), m.end()));
            }
        }
    }
}
