package org.trialfinder.app.site.patient;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialfinder.app.site.PageRenderer;
import org.trialfinder.eligibility.intake.IntakeException;
import org.trialfinder.eligibility.intake.PatientIntake;
import org.trialfinder.eligibility.intake.PatientReading;
import org.trialfinder.eligibility.service.EligibilityService;
import org.trialfinder.eligibility.service.Matching;
import org.trialfinder.eligibility.service.PlaceQuery;
import org.trialfinder.eligibility.service.Screening;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.model.NctId;

/**
 * The pre-screening pages: "Find trials for a patient" ({@code /patient}: a form, a JSON profile, a
 * FHIR Bundle or a note, and a place) and "Check a patient" against one trial
 * ({@code /study/{nctId}/check}). Patients arrive by POST, are read, screened and shown; nothing is
 * stored or logged, and the answers say {@code Cache-Control: no-store}. A problem with what was
 * entered shows the form again with the problem named (status 400), keeping what was typed.
 */
public final class PatientPages {
    private final EligibilityService eligibility;
    private final PatientIntake intake;
    private final PlaceResolver places;
    private final PageRenderer pages;

    public PatientPages(
            EligibilityService eligibility, PatientIntake intake, PlaceResolver places, PageRenderer pages) {
        this.eligibility = eligibility;
        this.intake = intake;
        this.places = places;
        this.pages = pages;
    }

    /** GET /patient. */
    public void findForm(Context ctx) {
        render(ctx, 200, "site/patient/find.jte", Map.of("view", FindView.empty()));
    }

    /** POST /patient. */
    public void find(Context ctx) {
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            PatientReading patient = read(form);
            // the distance menu always sends a radius: it only counts when a place is given
            String placeText = FormProfile.one(form, "place");
            Optional<PlaceQuery> place = PlaceQuery.read(
                    Optional.of(placeText),
                    placeText.isEmpty() ? Optional.empty() : Optional.of(FormProfile.one(form, "radius")),
                    places);
            Matching m = eligibility.match(patient, place.map(PlaceQuery::nearby), EligibilityService.DEFAULT_LIMIT);
            render(ctx, 200, "site/patient/find.jte", Map.of("view", FindView.of(form, m, place, null)));
        } catch (FormException | IntakeException e) {
            render(
                    ctx,
                    400,
                    "site/patient/find.jte",
                    Map.of("view", FindView.of(form, null, Optional.empty(), e.getMessage())));
        }
    }

    /** GET /study/{nctId}/check. */
    public void checkForm(Context ctx) {
        String id = ctx.pathParam("nctId");
        Optional<CheckView> view = CheckView.form(eligibility, id);
        if (view.isEmpty()) {
            ctx.redirect("/study/" + id, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        render(ctx, 200, "site/patient/check.jte", Map.of("view", view.get()));
    }

    /** POST /study/{nctId}/check. */
    public void check(Context ctx) {
        String id = ctx.pathParam("nctId");
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            PatientReading patient = read(form);
            NctId nctId = NctId.parse(id).orElseThrow(() -> new IntakeException(NctId.message(id)));
            Optional<Screening> s = eligibility.screen(nctId, patient);
            if (s.isEmpty()) {
                render(ctx, 404, "site/patient/check.jte", Map.of("view", CheckView.unknownTrial(id, form)));
                return;
            }
            render(ctx, 200, "site/patient/check.jte", Map.of("view", CheckView.of(s.get(), form)));
        } catch (FormException | IntakeException e) {
            Optional<CheckView> view = CheckView.form(eligibility, id).map(v -> v.withProblem(form, e.getMessage()));
            render(ctx, 400, "site/patient/check.jte", Map.of("view", view.orElse(CheckView.unknownTrial(id, form))));
        }
    }

    /** The patient from the form: the document box (JSON profile, FHIR Bundle or note) when filled, else the fields. */
    private PatientReading read(Map<String, List<String>> form) {
        String document = FormProfile.one(form, "document");
        if (!document.isEmpty()) {
            return document.startsWith("{") ? intake.json(document) : intake.note(document);
        }
        if (!FormProfile.anyStructured(form)) {
            throw new FormException("Nothing about the patient was entered: fill in some fields, or paste a note, "
                    + "a JSON profile or a FHIR Bundle.");
        }
        return FormProfile.read(form, intake.fields());
    }

    private void render(Context ctx, int status, String template, Map<String, Object> params) {
        ctx.status(status).header("Cache-Control", "no-store");
        pages.answer(ctx, template, params);
    }
}
