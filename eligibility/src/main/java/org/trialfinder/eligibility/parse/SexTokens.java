package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Not;
import org.trialfinder.eligibility.criterion.ReproductiveCheck;
import org.trialfinder.eligibility.criterion.SexCheck;
import org.trialfinder.model.text.TextSpan;

/** A recogniser stage of {@link Recognizer}: Sex, where the item names one ("male patients"). */
final class SexTokens extends TokenScan {

    SexTokens(TokenScan scan) {
        super(scan);
    }

    private static final Pattern SEX_OF_OTHERS =
            Pattern.compile("(?s).*\\b(?:partners?|spouses?|wives|husbands?|mothers?|fathers?)\\b.*");

    private static final Pattern SEX = p(
            "(?<![\\p{L}])(?<m>males?|men|man|boys?)(?![\\p{L}])|(?<![\\p{L}])(?<f>females?|women|woman|girls?)(?![\\p{L}])");

    /**
     * Sex only when one sex is named and nothing about pregnancy is ("Male, 30-69 years"): "Pregnant
     * women" names the state, not a sex requirement, and "men and women" requires nothing.
     */
    void sex() {
        boolean reproduction = tokens.stream()
                .anyMatch(t -> t instanceof Token.Atom a
                        && (a.criterion() instanceof ReproductiveCheck
                                || a.criterion() instanceof Not n && n.part() instanceof ReproductiveCheck
                                || TestResultWords.isPregnancyTest(a.criterion())));
        if (reproduction) {
            return;
        }
        Matcher m = SEX.matcher(text);
        List<int[]> finds = new ArrayList<>();
        boolean male = false;
        boolean female = false;
        while (m.find()) {
            if (free(m.start(), m.end())) {
                finds.add(new int[] {m.start(), m.end(), m.group("m") != null ? 1 : 0});
                male |= m.group("m") != null;
                female |= m.group("f") != null;
            }
        }
        if (male == female) {
            return;
        }
        // "partners of men", "women who are partners": a sex named as someone else's is not the patient's.
        if (SEX_OF_OTHERS.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            return;
        }
        int[] first = finds.get(0);
        TextSpan span = new TextSpan(first[0], first[1]);
        tokens.add(
                new Token.Atom(first[0], first[1], new SexCheck(male ? SexCheck.Sex.MALE : SexCheck.Sex.FEMALE, span)));
        for (int i = 1; i < finds.size(); i++) {
            tokens.add(new Token.Filler(finds.get(i)[0], finds.get(i)[1]));
        }
    }
}
