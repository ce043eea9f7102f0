package org.trialfinder.api.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.eligibility.intake.IntakeException;
import org.trialfinder.eligibility.intake.PatientIntake;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.rank.PrescreenerScreener;
import org.trialfinder.eligibility.service.EligibilityService;
import org.trialfinder.eligibility.service.Matching;
import org.trialfinder.eligibility.service.PlaceQuery;
import org.trialfinder.eligibility.service.Screening;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.model.NctId;

/**
 * Eligibility pre-screening over HTTP, independent of the server: {@code POST /api/v2/prescreen/{nctId}}
 * (one patient against one trial, criterion by criterion) and {@code POST /api/v2/match} (the
 * recruiting trials for one patient, optionally near a place, ranked by eligibility and relevance).
 * The JSON around the {@link EligibilityService}: the parameters and the body (read by
 * {@link PatientIntake}: a JSON profile, a FHIR R4 Bundle or a note) in, the answer out as JSON. The
 * patient is read, used for the answer and forgotten: nothing of it is stored or logged, and answers
 * say {@code Cache-Control: no-store}.
 */
public final class EligibilityApi {
    public static final Set<String> MATCH_PARAMS = Set.of("place", "radius", "limit");
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final EligibilityService eligibility;
    private final PatientIntake intake;
    private final PlaceResolver places;

    public EligibilityApi(EligibilityService eligibility, PatientIntake intake, PlaceResolver places) {
        this.eligibility = eligibility;
        this.intake = intake;
        this.places = places;
    }

    /** {@code POST /api/v2/prescreen/{nctId}}. */
    public ApiResponse prescreen(String nctId, byte[] body, String contentType, Map<String, List<String>> params) {
        if (!params.isEmpty()) {
            throw new BadRequestException("unknown parameter(s) " + String.join(", ", params.keySet())
                    + ": the patient goes in the request body");
        }
        NctId id = NctId.parse(nctId).orElseThrow(() -> new BadRequestException(NctId.message(nctId)));
        if (eligibility.trial(id).isEmpty()) {
            return noStore(ApiResponse.text(404, "no study " + id + " is stored here"));
        }
        PatientReading patient = read(body, contentType);
        Screening s = eligibility.screen(id, patient).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nctId", s.study().nctId());
        out.put("briefTitle", s.study().briefTitle());
        out.put("verdict", s.result().verdict());
        out.put("coverage", s.result().coverage());
        if (!s.result().groups().isEmpty()) {
            out.put("groups", s.result().groups());
        }
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
        int limit = limit(params);
        PatientReading patient = read(body, contentType);
        if (limit < 1 || limit > EligibilityService.MAX_LIMIT) {
            throw new BadRequestException("limit must be 1.." + EligibilityService.MAX_LIMIT + ", got " + limit);
        }
        Optional<PlaceQuery> place = place(
                Optional.ofNullable(params.containsKey("place") ? single(params, "place") : null),
                Optional.ofNullable(params.containsKey("radius") ? single(params, "radius") : null));
        Matching m = eligibility.match(patient, place.map(PlaceQuery::nearby), limit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("patient", patientPart(patient));
        out.put("conditions", m.conditions());
        if (!patient.noteWords().isEmpty()) {
            // the words that ranked the trials beside the conditions (RelevanceBlend), so the order can be explained
            out.put("noteWords", patient.noteWords());
        }
        if (patient.searchesFallbackWords()) {
            out.put("searchedWords", patient.searchPhrases());
            out.put(
                    "message",
                    "no condition was recognised in the note; trials were searched for its words "
                            + String.join(", ", patient.searchPhrases()) + ": name the condition for a better match");
        }
        place.ifPresent(p -> out.put(
                "place",
                Map.of(
                        "text",
                        p.text(),
                        "lat",
                        p.nearby().at().lat(),
                        "lon",
                        p.nearby().at().lon(),
                        "radiusKm",
                        p.nearby().radiusKm())));
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

    private static int limit(Map<String, List<String>> params) {
        int limit = EligibilityService.DEFAULT_LIMIT;
        if (params.containsKey("limit")) {
            try {
                limit = Integer.parseInt(single(params, "limit").strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("limit must be a whole number 1.." + EligibilityService.MAX_LIMIT
                        + ", got \"" + single(params, "limit") + "\"");
            }
        }
        return limit;
    }

    private PatientReading read(byte[] body, String contentType) {
        try {
            return intake.read(body, contentType);
        } catch (IntakeException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private Optional<PlaceQuery> place(Optional<String> place, Optional<String> radius) {
        try {
            return PlaceQuery.read(place, radius, places);
        } catch (IntakeException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.size() != 1) {
            throw new BadRequestException(name + " must be given once");
        }
        return v.get(0);
    }

    /** What was read of the patient, so a caller can see it was understood; not kept anywhere. */
    private static Map<String, Object> patientPart(PatientReading patient) {
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
