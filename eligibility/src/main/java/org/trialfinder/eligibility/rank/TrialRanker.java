package org.trialfinder.eligibility.rank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trialfinder.eligibility.intake.PatientProfile;

/**
 * Orders candidate trials for a patient by eligibility and relevance: each candidate is pre-screened
 * and the two are combined by {@link RankingPolicy}. Every candidate comes back, each with its verdict
 * summary. Thread-safe when its screener is.
 */
public final class TrialRanker {
    private final TrialScreener screener;

    public TrialRanker(TrialScreener screener) {
        this.screener = Objects.requireNonNull(screener, "screener");
    }

    /**
     * @param patient    the patient as known
     * @param conditions the patient's condition phrases (from a note or a form); added to the profile's
     *                   own conditions, when not already there, so criteria about the diagnosis see them
     * @param candidates the trials to rank with their relevance to those conditions
     * @return every candidate, best first
     */
    public List<RankedTrial> rank(PatientProfile patient, List<String> conditions, List<Candidate> candidates) {
        PatientProfile screened = withConditions(patient, conditions);
        double max = candidates.stream().mapToDouble(Candidate::relevance).max().orElse(0);
        List<VerdictSummary> summaries = screener.screenAll(
                screened, candidates.stream().map(Candidate::study).toList());
        List<RankedTrial> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            VerdictSummary summary = summaries.get(i);
            ranked.add(new RankedTrial(
                    c.study().nctId(),
                    c.study().briefTitle(),
                    c.relevance(),
                    RankingPolicy.score(c.relevance(), max, summary),
                    summary,
                    c.study()));
        }
        ranked.sort(RankingPolicy.ORDER);
        return ranked;
    }

    static PatientProfile withConditions(PatientProfile p, List<String> conditions) {
        Set<String> all = new LinkedHashSet<>(p.conditions());
        boolean added = false;
        for (String c : conditions) {
            if (c != null && !c.isBlank() && all.stream().noneMatch(x -> x.equalsIgnoreCase(c.strip()))) {
                all.add(c.strip());
                added = true;
            }
        }
        if (!added) {
            return p;
        }
        return new PatientProfile(
                p.ageYears(),
                p.birthDate(),
                p.sex(),
                p.pregnant(),
                p.lactating(),
                p.childbearingPotential(),
                p.performanceStatus(),
                p.labs(),
                List.copyOf(all),
                p.metastases(),
                p.treatments(),
                p.lifeExpectancyMonths(),
                p.asOf(),
                p.tests());
    }
}
