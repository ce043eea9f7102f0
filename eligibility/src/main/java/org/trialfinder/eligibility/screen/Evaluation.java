package org.trialfinder.eligibility.screen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trialfinder.model.text.TextSpan;

/**
 * The value of a criterion (or part of one) for a patient, with what decided it: the patient facts used
 * ("ANC 1200 /uL = 1.2 10*9/L"), the facts missing ("ANC"), the reference-range defaults relied on
 * ("ULN default 40 U/L used for ALT"), whether an unread part was involved, and the span of the item text
 * that decided it.
 */
record Evaluation(
        Truth truth,
        List<String> facts,
        List<String> missing,
        List<String> defaults,
        boolean unread,
        TextSpan decisive) {

    static Evaluation known(boolean value, String fact, TextSpan span) {
        return new Evaluation(Truth.of(value), List.of(fact), List.of(), List.of(), false, span);
    }

    static Evaluation missing(String fact, TextSpan span) {
        return new Evaluation(Truth.UNKNOWN, List.of(), List.of(fact), List.of(), false, span);
    }

    static Evaluation unread(TextSpan span) {
        return new Evaluation(Truth.UNKNOWN, List.of(), List.of(), List.of(), true, span);
    }

    Evaluation withTruth(Truth t) {
        return new Evaluation(t, facts, missing, defaults, unread, decisive);
    }

    /** A combination: its truth, the evidence of the parts that decided it (all parts when none alone did). */
    static Evaluation combine(Truth truth, List<Evaluation> parts, TextSpan span) {
        List<Evaluation> deciding = new ArrayList<>();
        if (truth != Truth.UNKNOWN) {
            for (Evaluation p : parts) {
                if (p.truth() == truth) {
                    deciding.add(p);
                }
            }
        }
        if (deciding.isEmpty()) {
            deciding = parts;
        }
        Set<String> facts = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> defaults = new LinkedHashSet<>();
        boolean unread = false;
        for (Evaluation p : truth == Truth.UNKNOWN ? parts : deciding) {
            facts.addAll(p.facts());
            if (truth == Truth.UNKNOWN) {
                missing.addAll(p.missing());
                unread |= p.unread();
            }
            defaults.addAll(p.defaults());
        }
        for (Evaluation p : parts) {
            facts.addAll(p.facts());
        }
        TextSpan decisive =
                deciding.size() == 1 && truth != Truth.UNKNOWN ? deciding.get(0).decisive() : span;
        return new Evaluation(truth, List.copyOf(facts), List.copyOf(missing), List.copyOf(defaults), unread, decisive);
    }
}
