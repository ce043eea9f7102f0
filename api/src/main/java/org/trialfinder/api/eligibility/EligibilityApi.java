package org.trialfinder.api.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.studies.ListStudiesParams;
import org.trialfinder.eligibility.rank.CandidateSource;
import org.trialfinder.eligibility.rank.PatientMatcher;
import org.trialfinder.eligibility.rank.PrescreenerScreener;
import org.trialfinder.eligibility.rank.RankedTrial;
import org.trialfinder.eligibility.rank.TrialRanker;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.ScreeningResult;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.model.NctId;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.GeoFilter;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyStore;

/**
 * Eligibility pre-screening over HTTP, independent of the server: {@code POST /api/v2/prescreen/{nctId}}
 * (one patient against one trial, criterion by criterion) and {@code POST /api/v2/match} (the
 * recruiting trials for one patient, optionally near a place, ranked by eligibility and relevance).
 * The patient comes as a JSON profile, a FHIR R4 Bundle or a note ({@link PatientInput}); it is read,
 * used for the answer and forgotten: nothing of it is stored or logged, and answers say
 * {@code Cache-Control: no-store}.
 */
public final class EligibilityApi {
    /** Most trials a match answers with. */
    public static final int MAX_LIMIT = 100;

    public static final int DEFAULT_LIMIT = 20;
    /** How many recruiting trials matching the conditions are pre-screened to pick the best. */
    public static final int CANDIDATES = 500;

    public static final Set<String> MATCH_PARAMS = Set.of("place", "radius", "limit");
    private static final Pattern RADIUS = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(km|mi)?\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final StudyStore store;
    private final ListStudiesParams.PlaceResolver places;
    private final Function<Optional<GeoFilter>, CandidateSource> candidates;
    private final PatientInput input;
    private final Prescreener prescreener;
    private final TrialRanker ranker;

    /**
     * @param candidates the recruiting trials matching condition phrases, near a place when one is given
     *                   (the app passes the project's search)
     */
    public EligibilityApi(
            StudyStore store,
            ListStudiesParams.PlaceResolver places,
            Function<Optional<GeoFilter>, CandidateSource> candidates,
            Clock clock) {
        this.store = store;
        this.places = places;
        this.candidates = candidates;
        this.input = new PatientInput(clock);
        this.prescreener = new Prescreener(new TrialCompiler(), clock);
        this.ranker = new TrialRanker(new PrescreenerScreener(prescreener));
    }

    public PatientInput input() {
        return input;
    }

    /** One trial's screening for one patient, with what was read of the patient. */
    public record Screening(Study study, PatientInput.Reading patient, ScreeningResult result) {}

    /** The trials for one patient: the place searched (if any) and the ranking. */
    public record Matching(
            PatientInput.Reading patient, Optional<Place> place, List<RankedTrial> trials, List<String> conditions) {
        public Map<Verdict, Integer> counts() {
            Map<Verdict, Integer> c = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                c.put(v, 0);
            }
            trials.forEach(t -> c.merge(t.summary().verdict(), 1, Integer::sum));
            return c;
        }
    }

    /** A place as the user wrote it, where it is, and how far around it. */
    public record Place(String text, double lat, double lon, double radiusKm, String radiusText) {}

    // ------------------------------------------------------------------ for pages and the API

    /** The stored trial of this NCT number (or alias); empty when there is none. */
    public Optional<Study> trial(String nctId) {
        return store.get(nctId(nctId)).map(StoredStudy::json).map(StudyJson::parse);
    }

    /** Pre-screens a patient against a trial; empty when the store has no such trial. */
    public Optional<Screening> screen(String nctId, PatientInput.Reading patient) {
        return trial(nctId).map(study -> new Screening(study, patient, prescreener.screen(patient.profile(), study)));
    }

    /** Ranks the recruiting trials (near a place when given) matching the patient's conditions. */
    public Matching match(
            PatientInput.Reading patient, Optional<String> placeText, Optional<String> radiusText, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        Optional<Place> place = place(placeText, radiusText);
        Optional<GeoFilter> near = place.map(p -> GeoFilter.parse(
                "place", String.format(Locale.ROOT, "distance(%.6f,%.6f,%.3fkm)", p.lat(), p.lon(), p.radiusKm())));
        PatientMatcher matcher = new PatientMatcher(input.notes(), candidates.apply(near), ranker);
        PatientMatcher.Match m = matcher.match(patient.profile(), patient.conditions(), patient.searchPhrases());
        List<RankedTrial> top = m.trials().size() > limit ? m.trials().subList(0, limit) : m.trials();
        return new Matching(patient, place, List.copyOf(top), m.conditions());
    }

    private Optional<Place> place(Optional<String> placeText, Optional<String> radiusText) {
        Optional<String> text = placeText.map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            if (radiusText.filter(s -> !s.isBlank()).isPresent()) {
                throw new BadRequestException(
                        "radius needs a place: say where (a city, region, country, ZIP code or lat,lon)");
            }
            return Optional.empty();
        }
        String r = radiusText.filter(s -> !s.isBlank()).orElse("50km");
        Matcher m = RADIUS.matcher(r.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new BadRequestException("radius must be a distance such as 50km or 30mi, got \"" + r + "\"");
        }
        double value = Double.parseDouble(m.group(1));
        double km = "mi".equals(m.group(2)) ? value * 1.609344 : value;
        if (km <= 0 || km > 20_000) {
            throw new BadRequestException("radius must be more than 0 and at most 20,000 km, got \"" + r + "\"");
        }
        double[] at = places.resolve(text.get())
                .orElseThrow(() -> new BadRequestException("place: no city, region, country or ZIP code called \""
                        + text.get() + "\" is known; try a larger city or lat,lon"));
        return Optional.of(new Place(text.get(), at[0], at[1], km, m.group(2) == null ? value + " km" : r));
    }

    // ------------------------------------------------------------------ the JSON API

    /** {@code POST /api/v2/prescreen/{nctId}}. */
    public ApiResponse prescreen(String nctId, byte[] body, String contentType, Map<String, List<String>> params) {
        if (!params.isEmpty()) {
            throw new BadRequestException("unknown parameter(s) " + String.join(", ", params.keySet())
                    + ": the patient goes in the request body");
        }
        String id = nctId(nctId);
        if (store.get(id).isEmpty()) {
            return noStore(ApiResponse.text(404, "no study " + id + " is stored here"));
        }
        PatientInput.Reading patient = input.read(body, contentType);
        Screening s = screen(id, patient).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nctId", s.study().nctId());
        out.put("briefTitle", s.study().briefTitle());
        out.put("verdict", s.result().verdict());
        out.put("summary", PrescreenerScreener.summarise(s.result()));
        out.put("failed", s.result().failed());
        out.put("missingFacts", s.result().missingFacts());
        out.put("notComputable", s.result().notComputable());
        out.put("defaultsUsed", s.result().defaultsUsed());
        out.put("criteria", s.result().criteria());
        out.put("patient", patientPart(patient));
        return json(out);
    }

    /** {@code POST /api/v2/match?place=&radius=&limit=}. */
    public ApiResponse match(byte[] body, String contentType, Map<String, List<String>> params) {
        List<String> unknown = params.keySet().stream()
                .filter(k -> !MATCH_PARAMS.contains(k))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new BadRequestException(
                    "unknown parameter(s) " + String.join(", ", unknown) + "; /api/v2/match takes "
                            + String.join(", ", MATCH_PARAMS.stream().sorted().toList())
                            + " (the patient goes in the request body)");
        }
        int limit = DEFAULT_LIMIT;
        if (params.containsKey("limit")) {
            try {
                limit = Integer.parseInt(single(params, "limit").strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException(
                        "limit must be a whole number 1.." + MAX_LIMIT + ", got \"" + single(params, "limit") + "\"");
            }
        }
        PatientInput.Reading patient = input.read(body, contentType);
        Matching m = match(
                patient,
                Optional.ofNullable(params.containsKey("place") ? single(params, "place") : null),
                Optional.ofNullable(params.containsKey("radius") ? single(params, "radius") : null),
                limit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("patient", patientPart(patient));
        out.put("conditions", m.conditions());
        if (patient.searchesFallbackWords()) {
            out.put("searchedWords", patient.searchPhrases());
            out.put(
                    "message",
                    "no condition was recognised in the note; trials were searched for its words "
                            + String.join(", ", patient.searchPhrases()) + ": name the condition for a better match");
        }
        m.place()
                .ifPresent(p -> out.put(
                        "place", Map.of("text", p.text(), "lat", p.lat(), "lon", p.lon(), "radiusKm", p.radiusKm())));
        Map<String, Integer> counts = new LinkedHashMap<>();
        m.counts().forEach((v, n) -> counts.put(v.words(), n));
        out.put("counts", counts);
        out.put("trials", m.trials());
        if (m.conditions().isEmpty() && !patient.searchesFallbackWords()) {
            out.put(
                    "message",
                    "the patient has no conditions to search for: give conditions (profile), Condition resources (FHIR) "
                            + "or name them in the note");
        }
        return json(out);
    }

    private static String nctId(String text) {
        return NctId.parse(text)
                .orElseThrow(() -> new BadRequestException(NctId.message(text)))
                .value();
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.size() != 1) {
            throw new BadRequestException(name + " must be given once");
        }
        return v.get(0);
    }

    /** What was read of the patient, so a caller can see it was understood; not kept anywhere. */
    private static Map<String, Object> patientPart(PatientInput.Reading patient) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("readFrom", patient.kind().words());
        p.put("profile", PatientEcho.of(patient.profile()));
        p.put("warnings", patient.warnings());
        return p;
    }

    private static ApiResponse json(Object value) {
        try {
            return noStore(ApiResponse.json(JSON.writeValueAsBytes(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the screening as JSON", e);
        }
    }

    private static ApiResponse noStore(ApiResponse r) {
        return r.withHeader("Cache-Control", "no-store");
    }
}
