package org.trialfinder.app.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.eligibility.EligibilityApi;
import org.trialfinder.api.meta.MetaApi;
import org.trialfinder.api.meta.OpenApiDocument;
import org.trialfinder.api.places.PlacesApi;
import org.trialfinder.api.stats.StatsApi;
import org.trialfinder.api.studies.StudiesApi;
import org.trialfinder.app.cli.Stores;
import org.trialfinder.app.site.browse.BrowsePages;
import org.trialfinder.app.site.glossary.Glossary;
import org.trialfinder.app.site.patient.PatientPages;
import org.trialfinder.app.site.search.SearchRoutes;
import org.trialfinder.app.site.study.StudyPages;
import org.trialfinder.eligibility.intake.PatientIntake;
import org.trialfinder.eligibility.service.EligibilityService;
import org.trialfinder.geo.Gazetteer;
import org.trialfinder.geo.PlaceResolver;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.terms.Abbreviations;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StudyStore;

/**
 * Trialfinder's HTTP server: pages and the API over one {@link StudyStore}. Handlers never let an
 * exception reach the user as a stack trace: bad requests get a 4xx naming what was wrong, and
 * anything unexpected a plain 500 sentence (the trace goes to the log).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** No inline scripts or styles, nothing from other hosts. */
    static final String CSP =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** Request attribute: System.nanoTime() when the request reached the handlers, for the Server-Timing header. */
    private static final String STARTED = "tf.started";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(StudyStore store, StudySearch search, String host, int port) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        HomeListing home = new HomeListing(search);
        StudyPages studyPages = new StudyPages(store, templates);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        PlacesApi places = new PlacesApi(gazetteer);
        StudiesApi studies =
                new StudiesApi(store, search, text -> places.resolve(text).map(r -> new double[] {r.lat(), r.lon()}));
        byte[] openApi = OpenApiDocument.bytes();
        MetaApi meta = new MetaApi(store);
        StatsApi stats = new StatsApi(store);
        SearchRoutes searchRoutes = new SearchRoutes(search, places, templates);
        PatientIntake intake =
                new PatientIntake(MeshThesaurus.loadDefault(), Abbreviations.loadDefault(), Clock.systemDefaultZone());
        EligibilityService screening = new EligibilityService(store, search, intake.notes(), Clock.systemDefaultZone());
        PlaceResolver placeResolver = new PlaceResolver(gazetteer);
        EligibilityApi eligibility = new EligibilityApi(screening, intake, placeResolver);
        PatientPages patientPages = new PatientPages(screening, intake, placeResolver, templates);
        BrowsePages browse = new BrowsePages(store, Stores.browse(store), MeshThesaurus.loadDefault(), templates);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Strong ETags on every GET and 304 for a matching If-None-Match; gzip for clients that ask.
            config.http.generateEtags = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.jetty.host = host;
            config.jetty.port = port;
            config.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/static";
                staticFiles.directory = "/public";
                staticFiles.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
            });
            // Server time of each answer (handlers and rendering, not the network), for browsers' developer
            // tools and the page benchmark (bench/run pages), which reads it instead of guessing from the client side.
            config.routes.after(ctx -> {
                Long started = ctx.attribute(STARTED);
                if (started != null) {
                    ctx.header(
                            "Server-Timing",
                            String.format(Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - started) / 1e6));
                }
            });
            config.routes.get("/", ctx -> render(ctx, templates, "home.jte", Map.of("view", home.view())));
            config.routes.get("/search", searchRoutes::page);
            config.routes.get("/search/feed.atom", searchRoutes::feed);
            config.routes.get("/study/{nctId}", studyPages::page);
            config.routes.get("/study/{nctId}/locations", studyPages::locations);
            config.routes.get("/study/{nctId}/map.svg", studyPages::map);
            config.routes.get("/study/{nctId}/check", patientPages::checkForm);
            config.routes.post("/study/{nctId}/check", patientPages::check);
            config.routes.get("/patient", patientPages::findForm);
            config.routes.post("/patient", patientPages::find);
            // Eligibility: the patient is in the body, read, used and forgotten (never logged or stored)
            config.routes.post(
                    "/api/v2/prescreen/{nctId}",
                    ctx -> send(
                            ctx,
                            eligibility.prescreen(
                                    ctx.pathParam("nctId"),
                                    ctx.bodyAsBytes(),
                                    ctx.contentType(),
                                    ctx.queryParamMap())));
            config.routes.post(
                    "/api/v2/match",
                    ctx -> send(ctx, eligibility.match(ctx.bodyAsBytes(), ctx.contentType(), ctx.queryParamMap())));
            config.routes.get("/study/{nctId}/{slug}", studyPages::slugRedirect);
            config.routes.get("/trial/{slug}", studyPages::trialSlug);
            config.routes.get(
                    "/glossary",
                    ctx -> render(ctx, templates, "site/glossary.jte", Map.of("entries", Glossary.entries())));
            config.routes.get("/conditions", browse::conditionsIndex);
            config.routes.get("/conditions/letter/{letter}", browse::conditionsByLetter);
            config.routes.get("/conditions/branch/{code}", browse::conditionsByBranch);
            config.routes.get("/conditions/{slug}", browse::condition);
            config.routes.get("/locations", browse::locationsIndex);
            config.routes.get("/locations/{country}", browse::country);
            config.routes.get("/locations/{country}/{region}", browse::region);
            config.routes.get("/locations/{country}/{region}/{city}", browse::city);
            config.routes.get("/api/v2/studies", ctx -> send(ctx, studies.list(ctx.queryParamMap())));
            config.routes.get("/api/v2/studies/metadata", ctx -> send(ctx, meta.metadata(ctx.queryParamMap())));
            config.routes.get("/api/v2/studies/search-areas", ctx -> send(ctx, meta.searchAreas(ctx.queryParamMap())));
            config.routes.get("/api/v2/studies/enums", ctx -> send(ctx, meta.enums(ctx.queryParamMap())));
            config.routes.get("/api/v2/version", ctx -> send(ctx, meta.version(ctx.queryParamMap())));
            config.routes.get("/api/v2/stats/size", ctx -> send(ctx, stats.size(ctx.queryParamMap())));
            config.routes.get("/api/v2/stats/field/values", ctx -> send(ctx, stats.fieldValues(ctx.queryParamMap())));
            config.routes.get("/api/v2/stats/field/sizes", ctx -> send(ctx, stats.fieldSizes(ctx.queryParamMap())));
            config.routes.get("/api/v2/tf/places", ctx -> send(ctx, places.lookup(ctx.queryParamMap())));
            config.routes.get(
                    "/api/openapi.json",
                    ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get(
                    "/api/v2/studies/{nctId}",
                    ctx -> send(ctx, studies.fetch(ctx.pathParam("nctId"), ctx.queryParamMap())));
            config.routes.exception(
                    BadRequestException.class,
                    (e, ctx) -> ctx.status(400)
                            .contentType("text/plain; charset=utf-8")
                            .result(e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                ctx.status(500)
                        .contentType("text/plain; charset=utf-8")
                        .result(
                                "Trialfinder could not answer this request because of an internal error; it has been logged.");
            });
        });
        app.start();
        return new WebServer(app);
    }

    private static void render(Context ctx, TemplateEngine templates, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.html(out.toString());
    }

    private static void send(Context ctx, ApiResponse response) {
        ctx.status(response.status()).contentType(response.contentType());
        response.headers().forEach(ctx::header);
        ctx.result(response.body());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
