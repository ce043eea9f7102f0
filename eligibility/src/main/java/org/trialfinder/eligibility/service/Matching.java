package org.trialfinder.eligibility.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.rank.RankedTrial;
import org.trialfinder.eligibility.screen.Verdict;

/** The trials for one patient, best first, and the condition phrases they were ranked for. */
public record Matching(PatientReading patient, List<RankedTrial> trials, List<String> conditions) {
    public Matching {
        trials = List.copyOf(trials);
        conditions = List.copyOf(conditions);
    }

    /** How many trials of each verdict, every verdict present. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> c = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            c.put(v, 0);
        }
        trials.forEach(t -> c.merge(t.summary().verdict(), 1, Integer::sum));
        return c;
    }
}
