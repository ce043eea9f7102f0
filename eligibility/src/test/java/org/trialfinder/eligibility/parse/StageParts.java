package org.trialfinder.eligibility.parse;

import java.util.List;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.criterion.DiagnosisCheck;
import org.trialfinder.eligibility.criterion.DurationUnit;
import org.trialfinder.eligibility.criterion.LabCheck;
import org.trialfinder.eligibility.criterion.NotComputable;
import org.trialfinder.eligibility.criterion.Notation;
import org.trialfinder.eligibility.criterion.UnreadReason;
import org.trialfinder.eligibility.criterion.Window;
import org.trialfinder.model.text.TextSpan;

/** Parts the stage tests build by hand: checks, tokens and elements at given offsets, never parsed from text. */
final class StageParts {

    private StageParts() {}

    static TextSpan at(int start, int end) {
        return new TextSpan(start, end);
    }

    static DiagnosisCheck diagnosis(String term, int start, int end) {
        return new DiagnosisCheck(term, at(start, end));
    }

    static Element.Piece piece(Criterion c) {
        return new Element.Piece(c, c.span().start(), c.span().end());
    }

    static Element.Connector joint(Joint j) {
        return new Element.Connector(j);
    }

    static NotComputable unread(String text, int start, int end, UnreadReason reason) {
        return new NotComputable(text, at(start, end), reason);
    }

    static Token.Labs labs(int start, int end, List<String> keys, Comparison cmp, double value, String unit) {
        List<LabCheck> thresholds = keys.stream()
                .map(k -> new LabCheck(k, cmp, value, unit, at(start, end)))
                .toList();
        return new Token.Labs(start, end, keys, thresholds, false, false);
    }

    static Token.Time within(int start, int end, double amount, DurationUnit unit, boolean since) {
        return new Token.Time(start, end, new Window(amount, unit), since);
    }

    static String print(Criterion c) {
        return Notation.print(c);
    }
}
