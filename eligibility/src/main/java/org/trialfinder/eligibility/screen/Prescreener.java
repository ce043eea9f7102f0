package org.trialfinder.eligibility.screen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.split.Section;
import org.trialfinder.model.Study;
import org.trialfinder.model.text.TextSpan;

/**
 * Pre-screens a patient against a trial, criterion by criterion, with the reason for each verdict.
 *
 * <ul>
 *   <li>Each criterion (structured age and sex bounds, then every item of the criteria text) is
 *       <b>met</b>, <b>not met</b>, <b>unknown</b> (a fact it needs is missing: the result names it) or
 *       <b>not computable</b> (the text could not be read into a check).</li>
 *   <li>The trial is <b>not eligible</b> when an inclusion is not met or an exclusion is met (the
 *       result lists them with the patient fact and the criterion span that decided); <b>eligible</b> only
 *       when every criterion about the patient's medical facts is decided and none fails: nothing is
 *       missing and nothing medical was left unread; otherwise <b>possibly eligible</b>, with the missing
 *       facts and the unread criteria listed. Unread criteria are left to the trial team and never make a
 *       patient not eligible; the procedural ones (consent, willingness, availability …, see
 *       {@link ProceduralCriteria}) do not count against "eligible" either.</li>
 *   <li>Every result says how much was decided ({@link Coverage}).</li>
 *   <li>Items outside any inclusion/exclusion heading count as inclusions.</li>
 * </ul>
 *
 * <p>Thread-safe. Trials are compiled once per record version ({@link TrialCompiler}); screening a
 * patient against many compiled trials indexes the patient once ({@link #screenAll}).
 */
public final class Prescreener {

    private final TrialCompiler compiler;
    private final Clock clock;

    public Prescreener() {
        this(new TrialCompiler(), Clock.systemDefaultZone());
    }

    /** @param clock gives "today" when the profile has no {@code asOf} date */
    public Prescreener(TrialCompiler compiler, Clock clock) {
        this.compiler = compiler;
        this.clock = clock;
    }

    public TrialCompiler compiler() {
        return compiler;
    }

    /** Screens a patient against a study (compiled once, then from the cache). */
    public ScreeningResult screen(PatientProfile patient, Study study) {
        return screen(facts(patient), compiler.compile(study));
    }

    /** Screens a patient against a compiled trial. */
    public ScreeningResult screen(PatientProfile patient, CompiledTrial trial) {
        return screen(facts(patient), trial);
    }

    /** Screens one patient against many compiled trials, indexing the patient once. */
    public List<ScreeningResult> screenAll(PatientProfile patient, Collection<CompiledTrial> trials) {
        PatientFacts facts = facts(patient);
        List<ScreeningResult> out = new ArrayList<>(trials.size());
        for (CompiledTrial t : trials) {
            out.add(screen(facts, t));
        }
        return out;
    }

    /**
     * The patient indexed once for screening many trials ({@link #screen(PatientFacts, CompiledTrial)}); it
     * memoises lookups as trials ask, so it is not thread-safe: one per thread.
     */
    public PatientFacts facts(PatientProfile patient) {
        return new PatientFacts(patient, LocalDate.now(clock));
    }

    /** Screens indexed patient facts against a compiled trial. */
    public static ScreeningResult screen(PatientFacts patient, CompiledTrial trial) {
        CriterionEvaluator evaluator = new CriterionEvaluator(patient);
        List<CriterionResult> all = new ArrayList<>(trial.criteria().size());
        List<CriterionResult> failed = new ArrayList<>();
        List<CriterionResult> unread = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> defaults = new LinkedHashSet<>();
        int decided = 0;
        int unknownCount = 0;
        int notRead = 0;
        int procedural = 0;
        for (int i = 0; i < trial.criteria().size(); i++) {
            CompiledCriterion c = trial.criteria().get(i);
            CriterionResult fixed = trial.unreadResults().get(i);
            if (fixed != null) {
                all.add(fixed);
                unread.add(fixed);
                if (fixed.procedural()) {
                    procedural++;
                } else {
                    notRead++;
                }
                continue;
            }
            Evaluation e = evaluate(evaluator, patient, c.source(), c.tree());
            Outcome outcome = outcome(e);
            TextSpan span = c.originalSpan(e.decisive());
            String deciding = span == null
                            || trial.criteriaText() == null
                            || span.end() > trial.criteriaText().length()
                    ? null
                    : span.of(trial.criteriaText());
            CriterionResult r = new CriterionResult(
                    c.source(),
                    c.sectionWord(),
                    c.index(),
                    c.text(),
                    c.notation(),
                    outcome,
                    e.facts(),
                    e.missing(),
                    e.defaults(),
                    span,
                    deciding,
                    outcome == Outcome.NOT_COMPUTABLE && ProceduralCriteria.procedural(c.tree()));
            all.add(r);
            defaults.addAll(e.defaults());
            switch (outcome) {
                case MET, NOT_MET -> decided++;
                case UNKNOWN -> {
                    unknownCount++;
                    missing.addAll(e.missing());
                }
                case NOT_COMPUTABLE -> {
                    unread.add(r);
                    if (r.procedural()) {
                        procedural++;
                    } else {
                        notRead++;
                    }
                }
            }
            if (fails(c.section(), outcome)) {
                failed.add(r);
            }
        }
        Coverage coverage = new Coverage(all.size(), decided, unknownCount, notRead, procedural);
        return new ScreeningResult(
                trial.nctId(),
                verdict(!failed.isEmpty(), coverage.complete()),
                failed,
                List.copyOf(missing),
                unread,
                List.copyOf(defaults),
                all,
                coverage);
    }

    /**
     * The verdict alone, as {@link #screen(PatientFacts, CompiledTrial)} gives it (the same evaluation of
     * each check), without building the results that explain it: the first failing check decides.
     */
    public static Verdict verdict(PatientFacts patient, TrialChecks trial) {
        CriterionEvaluator evaluator = new CriterionEvaluator(patient);
        boolean complete = true;
        for (CompiledCheck c : trial.checks()) {
            if (CompiledCriterion.unread(c.source(), c.tree())) {
                // not computable for every patient: never decides, but a medical one keeps "eligible" away
                complete &= ProceduralCriteria.procedural(c.tree());
                continue;
            }
            Outcome outcome = outcome(evaluate(evaluator, patient, c.source(), c.tree()));
            if (fails(c.section(), outcome)) {
                return Verdict.NOT_ELIGIBLE;
            }
            complete &= outcome == Outcome.MET
                    || outcome == Outcome.NOT_MET
                    || (outcome == Outcome.NOT_COMPUTABLE && ProceduralCriteria.procedural(c.tree()));
        }
        return verdict(false, complete);
    }

    /** Not eligible on a failure; eligible only when every medical criterion was decided; else possibly. */
    private static Verdict verdict(boolean anyFailed, boolean complete) {
        return anyFailed ? Verdict.NOT_ELIGIBLE : complete ? Verdict.ELIGIBLE : Verdict.POSSIBLY_ELIGIBLE;
    }

    private static Evaluation evaluate(
            CriterionEvaluator evaluator, PatientFacts patient, String source, Criterion tree) {
        return TrialCompiler.HEALTHY_VOLUNTEERS.equals(source) ? healthyVolunteers(patient) : evaluator.evaluate(tree);
    }

    private static Outcome outcome(Evaluation e) {
        return switch (e.truth()) {
            case TRUE -> Outcome.MET;
            case FALSE -> Outcome.NOT_MET;
            case UNKNOWN -> e.missing().isEmpty() ? Outcome.NOT_COMPUTABLE : Outcome.UNKNOWN;
        };
    }

    /** An inclusion not met, or an exclusion met. */
    private static boolean fails(Section section, Outcome outcome) {
        return section == Section.EXCLUSION ? outcome == Outcome.MET : outcome == Outcome.NOT_MET;
    }

    /** A trial that does not accept healthy volunteers wants a patient with a condition. */
    private static Evaluation healthyVolunteers(PatientFacts patient) {
        if (patient.conditions().isEmpty()) {
            return Evaluation.missing(
                    "whether the patient has a condition (the trial does not accept healthy volunteers)",
                    TextSpan.NONE);
        }
        return Evaluation.known(true, "condition '" + patient.conditions().get(0) + "'", TextSpan.NONE);
    }
}
