package org.trialfinder.eligibility.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.UnreadReason;

/** A recogniser stage of {@link Recognizer}: Pregnancy, lactation, childbearing potential and contraception (a wish or plan, "planning to become pregnant", is unread). */
final class ReproductiveTokens extends TokenScan {

    ReproductiveTokens(TokenScan scan) {
        super(scan);
    }

    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "(?s).*\\b(?:become|becoming|planning|plan|plans|planned|intend|intends|intending|attempting|wish|wishes|desire|may\\s+be|could\\s+be|during\\s+the\\s+study|to)\\s+(?:(?:to|or|become|be)\\s+)*$");

    private static final Pattern NEGATIVE_PREGNANCY = p(
            "(?:negative|neg\\.?)\\s+(?:serum\\s+|urine\\s+|blood\\s+)?(?:(?:or|and/or)\\s+(?:serum\\s+|urine\\s+))?(?:\\(?(?:β|beta)[\\s-]*h?cg\\)?\\s+)?pregnancy\\s+tests?(?:\\s+results?)?");

    private static final Pattern POSITIVE_PREGNANCY =
            p("positive\\s+(?:serum\\s+|urine\\s+)?pregnancy\\s+tests?|pregnancy\\s+test\\s+(?:is\\s+)?positive");

    private static final Pattern FUTURE_PREGNANCY = p(
            "(?:become|becoming|planning|plan(?:s|ned)?\\s+to|intend(?:s|ing)?\\s+to|attempting\\s+to|wish(?:es|ing)?\\s+to|desire\\s+to|may\\s+be|could\\s+be|likely\\s+to)\\s+(?:become\\s+)?(?:pregnant|pregnancy|conceive|breast-?feed|lactate)");

    private static final Pattern NON_PREGNANT = p("(?:non[\\s-]?pregnant|not\\s+pregnant)(?!\\s+or)");

    private static final Pattern PREGNANT = p("(?<![\\p{L}])(?:pregnan(?:t|cy|cies)|pregnant\\s+women)(?![\\p{L}])");

    private static final Pattern LACTATING = p(
            "(?<![\\p{L}])(?:breast[\\s-]?feeding|breast[\\s-]?feed|lactating|lactation|nursing(?:\\s+mothers)?)(?![\\p{L}])");

    private static final Pattern NON_CBP = p(
            "(?:non[\\s-]?child[\\s-]?bearing|not\\s+of\\s+child[\\s-]?bearing|no\\s+child[\\s-]?bearing)\\s+(?:potential|age)");

    private static final Pattern CBP = p(
            "(?:(?:women|woman|females?|participants|subjects|patients|partners?)\\s+(?:of|with)\\s+)?(?:child[\\s-]?bearing|reproductive)\\s+(?:potential|age)(?:\\s*\\(WOCBP\\))?|\\bWOCBP\\b");

    private static final Pattern CONTRACEPTION = p(
            "(?:(?:agree|agrees|willing|willingness|consent)\\s+to\\s+)?(?:(?:use|using|practice|practise|practicing|practising|utilize|employ|employing)\\s+(?:of\\s+)?)?(?:(?:an?|two|one)\\s+)?(?:(?:highly|medically|acceptable|adequate|effective|reliable|appropriate|approved|acceptable|accepted|barrier)[\\s,]+(?:and\\s+)?)*(?:(?:methods?|forms?|means)\\s+of\\s+)?(?:contraception|contraceptive\\s+(?:methods?|measures?)|birth\\s+control)(?:\\s+methods?)?");

    void reproductive() {
        // A wish or plan ("planning to become pregnant") is not a state the notation has: kept as not computable.
        find(
                FUTURE_PREGNANCY,
                m -> new Token.Atom(m.start(), m.end(), new NotComputable(m.group(), span(m), UnreadReason.PLANNED)));
        find(
                NEGATIVE_PREGNANCY,
                m -> new Token.Atom(m.start(), m.end(), new Not(repro(ReproductiveCheck.Status.PREGNANT, m), span(m))));
        find(POSITIVE_PREGNANCY, m -> new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.PREGNANT, m)));
        find(
                NON_CBP,
                m -> new Token.Atom(
                        m.start(),
                        m.end(),
                        new Not(repro(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, m), span(m))));
        find(CBP, m -> new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.CHILDBEARING_POTENTIAL, m)));
        find(
                NON_PREGNANT,
                m -> new Token.Atom(m.start(), m.end(), new Not(repro(ReproductiveCheck.Status.PREGNANT, m), span(m))));
        find(
                PREGNANT,
                m -> future(m.start())
                        ? null
                        : new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.PREGNANT, m)));
        find(
                LACTATING,
                m -> future(m.start())
                        ? null
                        : new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.LACTATING, m)));
        find(CONTRACEPTION, m -> new Token.Atom(m.start(), m.end(), repro(ReproductiveCheck.Status.CONTRACEPTION, m)));
    }

    /** "planning to become pregnant or breastfeed": a future wish, not a state the notation has. */
    private boolean future(int at) {
        String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
        return FUTURE_BEFORE.matcher(before).matches();
    }

    private static ReproductiveCheck repro(ReproductiveCheck.Status status, Matcher m) {
        return new ReproductiveCheck(status, span(m));
    }
}
