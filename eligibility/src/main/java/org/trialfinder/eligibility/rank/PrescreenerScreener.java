package org.trialfinder.eligibility.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.screen.CompiledTrial;
import org.trialfinder.eligibility.screen.CriterionResult;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.model.Study;

/**
 * The {@link Prescreener} as the ranker's screener: trials compiled once per record version (its
 * cache), the patient indexed once per ranking, each result summed up as a {@link VerdictSummary}.
 */
public final class PrescreenerScreener implements TrialScreener {
    private final Prescreener prescreener;
    private final Function<Study, CompiledTrial> compiled;

    public PrescreenerScreener(Prescreener prescreener) {
        this(prescreener, prescreener.compiler()::compile);
    }

    /** @param compiled where each trial's compiled criteria come from (stored at ingest, or compiled now) */
    public PrescreenerScreener(Prescreener prescreener, Function<Study, CompiledTrial> compiled) {
        this.prescreener = Objects.requireNonNull(prescreener, "prescreener");
        this.compiled = Objects.requireNonNull(compiled, "compiled");
    }

    @Override
    public VerdictSummary screen(PatientProfile patient, Study trial) {
        return summarise(prescreener.screen(patient, compiled.apply(trial)));
    }

    @Override
    public List<VerdictSummary> screenAll(PatientProfile patient, List<Study> trials) {
        List<CompiledTrial> compiled = new ArrayList<>(trials.size());
        for (Study s : trials) {
            compiled.add(this.compiled.apply(s));
        }
        return prescreener.screenAll(patient, compiled).stream()
                .map(PrescreenerScreener::summarise)
                .toList();
    }

    /** Counts by outcome; each failed criterion as "exclusion 3: text (facts)"; the missing facts as given. */
    public static VerdictSummary summarise(ScreeningResult r) {
        int met = 0;
        int notMet = 0;
        int unknown = 0;
        int notComputable = 0;
        for (CriterionResult c : r.criteria()) {
            switch (c.outcome()) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case UNKNOWN -> unknown++;
                case NOT_COMPUTABLE -> notComputable++;
            }
        }
        List<String> failed =
                r.failed().stream().map(PrescreenerScreener::describe).toList();
        return new VerdictSummary(
                r.verdict(), met, notMet, unknown, notComputable, failed, r.missingFacts(), r.coverage());
    }

    private static String describe(CriterionResult c) {
        StringBuilder s = new StringBuilder();
        s.append(c.section()).append(' ').append(c.index()).append(": ").append(c.text());
        if (!c.facts().isEmpty()) {
            s.append(" (").append(String.join("; ", c.facts())).append(')');
        }
        return s.toString();
    }
}
