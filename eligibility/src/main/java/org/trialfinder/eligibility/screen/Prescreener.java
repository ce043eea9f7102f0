package org.trialfinder.eligibility.screen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
        List<CompiledCriterion> criteria = trial.criteria();
        List<CriterionResult> all = new ArrayList<>(criteria.size());
        List<Evaluation> evaluations = new ArrayList<>(criteria.size());
        List<CriterionResult> unread = new ArrayList<>();
        Set<String> defaults = new LinkedHashSet<>();
        PatientGroups groups = groups(criteria);
        for (int i = 0; i < criteria.size(); i++) {
            CompiledCriterion c = criteria.get(i);
            CriterionResult fixed = trial.unreadResults().get(i);
            if (fixed != null) {
                CriterionResult r = groups.any() ? fixed.inGroups(names(groups, c.groups())) : fixed;
                all.add(r);
                evaluations.add(null);
                unread.add(r);
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
                    outcome == Outcome.NOT_COMPUTABLE && ProceduralCriteria.procedural(c.tree()),
                    names(groups, c.groups()));
            all.add(r);
            evaluations.add(e);
            defaults.addAll(e.defaults());
            if (outcome == Outcome.NOT_COMPUTABLE) {
                unread.add(r);
            }
        }
        if (!groups.any()) {
            Alternative only = alternative(criteria, all, evaluations, c -> true);
            return new ScreeningResult(
                    trial.nctId(),
                    only.verdict(),
                    only.failed(),
                    only.missing(),
                    unread,
                    List.copyOf(defaults),
                    all,
                    only.coverage(),
                    List.of());
        }
        // A patient enrols through one group: the best group decides, and the answer says how each fared.
        List<GroupVerdict> perGroup = new ArrayList<>();
        Alternative best = null;
        Set<CriterionResult> failedSomewhere = new LinkedHashSet<>();
        for (String a : groups.alternatives()) {
            Alternative alt = alternative(criteria, all, evaluations, c -> PatientGroups.applies(c.groups(), a));
            perGroup.add(new GroupVerdict(
                    groups.name(a),
                    alt.verdict(),
                    alt.failed().stream()
                            .map(f -> f.section() + " " + f.index())
                            .toList(),
                    alt.coverage()));
            failedSomewhere.addAll(alt.failed());
            if (best == null || better(alt, best)) {
                best = alt;
            }
        }
        List<CriterionResult> failed = best.verdict() == Verdict.NOT_ELIGIBLE
                ? all.stream().filter(failedSomewhere::contains).toList()
                : List.of();
        return new ScreeningResult(
                trial.nctId(),
                best.verdict(),
                failed,
                best.missing(),
                unread,
                List.copyOf(defaults),
                all,
                best.coverage(),
                perGroup);
    }

    /** The answer for the patients of one group: its criteria and the ones for everyone. */
    private record Alternative(
            Verdict verdict, List<CriterionResult> failed, List<String> missing, Coverage coverage) {}

    private static Alternative alternative(
            List<CompiledCriterion> criteria,
            List<CriterionResult> results,
            List<Evaluation> evaluations,
            Predicate<CompiledCriterion> applies) {
        List<CriterionResult> failed = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        int count = 0;
        int decided = 0;
        int unknown = 0;
        int notRead = 0;
        int procedural = 0;
        for (int i = 0; i < criteria.size(); i++) {
            CompiledCriterion c = criteria.get(i);
            if (!applies.test(c)) {
                continue;
            }
            CriterionResult r = results.get(i);
            count++;
            switch (r.outcome()) {
                case MET, NOT_MET -> decided++;
                case UNKNOWN -> {
                    unknown++;
                    missing.addAll(evaluations.get(i).missing());
                }
                case NOT_COMPUTABLE -> {
                    if (r.procedural()) {
                        procedural++;
                    } else {
                        notRead++;
                    }
                }
            }
            if (fails(c.section(), r.outcome())) {
                failed.add(r);
            }
        }
        Coverage coverage = new Coverage(count, decided, unknown, notRead, procedural);
        return new Alternative(verdict(!failed.isEmpty(), coverage.complete()), failed, List.copyOf(missing), coverage);
    }

    /** Eligible before possibly before not eligible; then the one whose criteria were decided further. */
    private static boolean better(Alternative a, Alternative b) {
        int ra = rank(a.verdict());
        int rb = rank(b.verdict());
        return ra != rb ? ra < rb : a.coverage().decidedShare() > b.coverage().decidedShare();
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case ELIGIBLE -> 0;
            case POSSIBLY_ELIGIBLE -> 1;
            case NOT_ELIGIBLE -> 2;
        };
    }

    private static PatientGroups groups(List<CompiledCriterion> criteria) {
        List<List<String>> paths = new ArrayList<>();
        for (CompiledCriterion c : criteria) {
            if (!c.groups().isEmpty()) {
                paths.add(c.groups());
            }
        }
        return PatientGroups.of(paths);
    }

    private static List<String> names(PatientGroups groups, List<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(paths.size());
        for (String p : paths) {
            out.add(groups.name(p));
        }
        return out;
    }

    /**
     * The verdict alone, as {@link #screen(PatientFacts, CompiledTrial)} gives it (the same evaluation of
     * each check), without building the results that explain it: the first failing check decides.
     */
    public static Verdict verdict(PatientFacts patient, TrialChecks trial) {
        CriterionEvaluator evaluator = new CriterionEvaluator(patient);
        List<List<String>> paths = new ArrayList<>();
        for (CompiledCheck c : trial.checks()) {
            if (!c.groups().isEmpty()) {
                paths.add(c.groups());
            }
        }
        PatientGroups groups = PatientGroups.of(paths);
        List<String> alternatives = groups.any() ? groups.alternatives() : List.of(PatientGroups.OUTSIDE);
        // per alternative: failed, incomplete
        boolean[] failed = new boolean[alternatives.size()];
        boolean[] incomplete = new boolean[alternatives.size()];
        for (CompiledCheck c : trial.checks()) {
            boolean unreadCheck = CompiledCriterion.unread(c.source(), c.tree());
            Outcome outcome =
                    unreadCheck ? Outcome.NOT_COMPUTABLE : outcome(evaluate(evaluator, patient, c.source(), c.tree()));
            // not computable for every patient: never decides, but a medical one keeps "eligible" away
            boolean fails = !unreadCheck && fails(c.section(), outcome);
            boolean undecided = outcome == Outcome.UNKNOWN
                    || (outcome == Outcome.NOT_COMPUTABLE && !ProceduralCriteria.procedural(c.tree()));
            boolean allFailed = true;
            for (int a = 0; a < alternatives.size(); a++) {
                if (!groups.any() || PatientGroups.applies(c.groups(), alternatives.get(a))) {
                    failed[a] |= fails;
                    incomplete[a] |= undecided;
                }
                allFailed &= failed[a];
            }
            if (allFailed) {
                return Verdict.NOT_ELIGIBLE; // the first check that rules out every group decides
            }
        }
        Verdict best = Verdict.NOT_ELIGIBLE;
        for (int a = 0; a < alternatives.size(); a++) {
            Verdict v = verdict(failed[a], !incomplete[a]);
            if (rank(v) < rank(best)) {
                best = v;
            }
        }
        return best;
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
