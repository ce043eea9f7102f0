package org.trialfinder.eligibility.service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.trialfinder.eligibility.intake.NoteReader;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.rank.PatientMatcher;
import org.trialfinder.eligibility.rank.PrescreenerScreener;
import org.trialfinder.eligibility.rank.RankedTrial;
import org.trialfinder.eligibility.rank.TrialRanker;
import org.trialfinder.eligibility.screen.PatientFacts;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.model.NctId;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.search.StudySearch;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyStore;

/**
 * Eligibility pre-screening for the pages and the API alike: one patient against one stored trial,
 * criterion by criterion, and the recruiting trials for one patient (optionally near a place) ranked
 * by eligibility and relevance. The patient is a {@link PatientReading}; nothing of it is kept.
 */
public final class EligibilityService {
    /** Most trials a match answers with. */
    public static final int MAX_LIMIT = 100;

    public static final int DEFAULT_LIMIT = 20;
    /** How many recruiting trials matching the conditions are pre-screened to pick the best. */
    public static final int CANDIDATES = 500;

    private final StudyStore store;
    private final StudySearch search;
    private final NoteReader notes;
    private final Prescreener prescreener;
    private final CompiledTrials compiled;
    private final TrialRanker ranker;

    /**
     * @param notes how notes are read (the matcher's reader; the patient comes already read)
     * @param clock "today" for the screening's time windows
     */
    public EligibilityService(StudyStore store, StudySearch search, NoteReader notes, Clock clock) {
        this.store = store;
        this.search = search;
        this.notes = notes;
        this.prescreener = new Prescreener(new TrialCompiler(), clock);
        this.compiled = new CompiledTrials(store, prescreener.compiler());
        this.ranker = new TrialRanker(new PrescreenerScreener(prescreener, compiled::of));
    }

    /** The stored trial of this NCT number (or alias); empty when there is none. */
    public Optional<Study> trial(NctId id) {
        return store.get(id.value()).map(StoredStudy::json).map(StudyJson::parse);
    }

    /** Pre-screens a patient against a trial; empty when the store has no such trial. */
    public Optional<Screening> screen(NctId id, PatientReading patient) {
        return trial(id)
                .map(study -> new Screening(study, patient, prescreener.screen(patient.profile(), compiled.of(study))));
    }

    /**
     * Pre-screens a patient against every recruiting trial of the store (as compiled when each was stored),
     * handing each result on as it comes, in no promised order; returns how many trials were screened.
     */
    public long screenRecruiting(PatientProfile patient, Consumer<ScreeningResult> results) {
        PatientFacts facts = prescreener.facts(patient);
        return compiled.forEachStored(trial -> results.accept(Prescreener.screen(facts, trial)));
    }

    /**
     * The verdict of every recruiting trial of the store for one patient (as compiled when each was stored),
     * by NCT id: the same verdicts as {@link #screen}, without the per-criterion results that explain them,
     * on every core.
     */
    public Map<String, Verdict> recruitingVerdicts(PatientProfile patient) {
        return compiled.verdicts(() -> prescreener.facts(patient));
    }

    /**
     * Ranks the recruiting trials (with a site near the place when given) matching the patient's
     * conditions, or a note's words when it named none: at most {@code limit}, best first.
     */
    public Matching match(PatientReading patient, Optional<Nearby> nearby, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        Optional<GeoFilter> near = nearby.map(n -> GeoFilter.parse(
                "place",
                String.format(Locale.ROOT, "distance(%.6f,%.6f,%.3fkm)", n.at().lat(), n.at().lon(), n.radiusKm())));
        PatientMatcher matcher = new PatientMatcher(
                notes,
                ConditionSearch.recruiting(search, near, CANDIDATES),
                ranker,
                Optional.of(new WordSearch(search)));
        PatientMatcher.Match m = matcher.match(patient);
        List<RankedTrial> top = m.trials().size() > limit ? m.trials().subList(0, limit) : m.trials();
        return new Matching(patient, top, m.conditions());
    }
}
