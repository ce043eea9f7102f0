package org.trialfinder.app.server;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialfinder.api.Answer;
import org.trialfinder.api.ApiResponse;
import org.trialfinder.api.BadRequestException;
import org.trialfinder.api.StreamedResponse;
import org.trialfinder.api.eligibility.EligibilityApi;
import org.trialfinder.api.meta.MetaApi;
import org.trialfinder.api.meta.OpenApiDocument;
import org.trialfinder.api.places.PlacesApi;
import org.trialfinder.api.stats.StatsApi;
import org.trialfinder.api.studies.StudiesApi;
import org.trialfinder.api.studies.StudiesDownload;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.app.ops.HealthEndpoint;
import org.trialfinder.app.ops.RequestLimits;
import org.trialfinder.app.ops.ServeLimits;
import org.trialfinder.app.ops.ServerOps;
import org.trialfinder.app.seo.CrawlerRoutes;
import org.trialfinder.app.seo.PublicUrl;
import org.trialfinder.app.seo.SiteRedirects;
import org.trialfinder.app.site.PageRenderer;
import org.trialfinder.app.site.browse.BrowsePages;
import org.trialfinder.app.site.glossary.Glossary;
import org.trialfinder.app.site.patient.PatientPages;
import org.trialfinder.app.site.search.SearchRoutes;
import org.trialfinder.app.site.study.StudyPages;

/**
 * Trialfinder's HTTP server: the routes of the pages and the API over what a {@link Trialfinder}
 * holds, and what every answer shares (security headers, Server-Timing, ETags, gzip, errors). Handlers never let an
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
    private final ServerOps ops;

    private WebServer(Javalin app, ServerOps ops) {
        this.app = app;
        this.ops = ops;
    }

    /** Starts the site and API over {@code app} on {@code host:port} (port 0 picks a free one). */
    public static WebServer start(Trialfinder app, String host, int port) {
        return start(app, host, port, PublicUrl.fromRequests(), ServerOps.defaults(app.store()));
    }

    /** As {@link #start(Trialfinder, String, int)}, with absolute links (canonical, sitemaps) under {@code publicUrl}. */
    public static WebServer start(Trialfinder app, String host, int port, PublicUrl publicUrl) {
        return start(app, host, port, publicUrl, ServerOps.defaults(app.store()));
    }

    /** As {@link #start(Trialfinder, String, int)}, with the operators' settings: metrics, access log, idle timeout. */
    public static WebServer start(Trialfinder app, String host, int port, ServerOps ops) {
        return start(app, host, port, PublicUrl.fromRequests(), ops);
    }

    /** As {@link #start(Trialfinder, String, int)}, with the limits under abuse of {@code serve} ({@link RequestLimits}). */
    public static WebServer start(Trialfinder app, String host, int port, ServeLimits serveLimits) {
        return start(app, host, port, PublicUrl.fromRequests(), ServerOps.defaults(app.store()), serveLimits);
    }

    /** With absolute links under {@code publicUrl} and the operators' settings {@code ops}; no per-client limit. */
    public static WebServer start(Trialfinder app, String host, int port, PublicUrl publicUrl, ServerOps ops) {
        return start(app, host, port, publicUrl, ops, ServeLimits.noClientLimit());
    }

    /**
     * Starts the site and API with absolute links under {@code publicUrl}, the operators' settings {@code ops}
     * (metrics, access log, idle timeout) and the limits under abuse {@code serveLimits}.
     */
    public static WebServer start(
            Trialfinder app, String host, int port, PublicUrl publicUrl, ServerOps ops, ServeLimits serveLimits) {
        RequestLimits limits = new RequestLimits(serveLimits);
        PageRenderer pages = PageRenderer.precompiled(publicUrl);
        CrawlerRoutes crawl = new CrawlerRoutes(app.store(), app.browse(), publicUrl);
        HomeListing home = new HomeListing(app.search(), app.summaries());
        StudyPages study = new StudyPages(app.store(), pages);
        SearchRoutes search = new SearchRoutes(app.search(), app.summaries(), app.places(), pages);
        BrowsePages browse = new BrowsePages(app.store(), app.browse(), app.mesh(), pages);
        EligibilityApi eligibility = new EligibilityApi(app.eligibility(), app.intake(), app.places());
        PatientPages patient = new PatientPages(app.eligibility(), app.intake(), app.places(), pages);
        StudiesApi studies = new StudiesApi(app.store(), app.search(), app.places());
        StudiesDownload download = new StudiesDownload(app.store());
        MetaApi meta = new MetaApi(app.store());
        StatsApi stats = new StatsApi(app.store(), app.statistics());
        PlacesApi places = new PlacesApi(app.places());
        byte[] openApi = OpenApiDocument.bytes();
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Strong ETags on every GET and 304 for a matching If-None-Match; gzip for clients that ask.
            config.http.generateEtags = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.jetty.host = host;
            config.jetty.port = port;
            ops.configure(config);
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
            config.routes.before(SiteRedirects::oneAddress);
            config.routes.before(limits::refuseOverLimit);
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
            config.routes.after(BodyETag::set);
            // Every URL of the product. Javalin tries routes in the order given here: a literal path
            // segment must come before a {parameter} that would also match it.
            config.routes.apiBuilder(() -> {
                // ---- the site's pages
                get("/", ctx -> pages.answer(ctx, "home.jte", home.view()));
                get("/search", search::page);
                get("/search/feed.atom", search::feed);
                get("/robots.txt", crawl::robots);
                get("/sitemap.xml", crawl::sitemapIndex);
                get("/sitemaps/{file}", crawl::sitemapFile);
                get("/favicon.ico", crawl::favicon);
                path("/study/{nctId}", () -> {
                    get(study::page);
                    get("/locations", study::locations);
                    get("/map.svg", study::map);
                });
                get("/glossary", ctx -> pages.answer(ctx, "site/glossary.jte", Map.of("entries", Glossary.entries())));
                path("/conditions", () -> {
                    get(browse::conditionsIndex);
                    get("/letter/{letter}", browse::conditionsByLetter);
                    get("/branch/{code}", browse::conditionsByBranch);
                    get("/{slug}", browse::condition);
                });
                path("/locations", () -> {
                    get(browse::locationsIndex);
                    get("/{country}", browse::country);
                    get("/{country}/{region}", browse::region);
                    get("/{country}/{region}/{city}", browse::city);
                });

                // ---- eligibility: the patient is in the body, read, used and forgotten (never logged or stored)
                get("/study/{nctId}/check", patient::checkForm);
                post("/study/{nctId}/check", patient::check);
                get("/patient", patient::findForm);
                post("/patient", patient::find);
                post(
                        "/api/v2/prescreen/{nctId}",
                        ctx -> send(
                                ctx,
                                eligibility.prescreen(
                                        ctx.pathParam("nctId"),
                                        ctx.bodyAsBytes(),
                                        ctx.contentType(),
                                        ctx.queryParamMap())));
                post(
                        "/api/v2/match",
                        ctx -> send(ctx, eligibility.match(ctx.bodyAsBytes(), ctx.contentType(), ctx.queryParamMap())));

                get("/health", new HealthEndpoint(app.store(), app.syncStatus())::answer);

                // ---- the API (ClinicalTrials.gov's v2, and Trialfinder's own under tf/)
                get(
                        "/api/openapi.json",
                        ctx -> ctx.contentType("application/json").result(openApi));
                path("/api/v2", () -> {
                    path("/studies", () -> {
                        get(ctx -> limits.inSlotIfHeavy(ctx, c -> answer(c, studies.answer(c.queryParamMap()))));
                        get("/download", ctx -> stream(ctx, download.download(ctx.queryParamMap())));
                        get("/metadata", ctx -> send(ctx, meta.metadata(ctx.queryParamMap())));
                        get("/search-areas", ctx -> send(ctx, meta.searchAreas(ctx.queryParamMap())));
                        get("/enums", ctx -> send(ctx, meta.enums(ctx.queryParamMap())));
                        get("/{nctId}", ctx -> send(ctx, studies.fetch(ctx.pathParam("nctId"), ctx.queryParamMap())));
                    });
                    get("/version", ctx -> send(ctx, meta.version(ctx.queryParamMap())));
                    get("/stats/size", ctx -> send(ctx, stats.size(ctx.queryParamMap())));
                    get("/stats/field/values", ctx -> send(ctx, stats.fieldValues(ctx.queryParamMap())));
                    get("/stats/field/sizes", ctx -> send(ctx, stats.fieldSizes(ctx.queryParamMap())));
                    get("/tf/places", ctx -> send(ctx, places.lookup(ctx.queryParamMap())));
                });

                // ---- readable URLs: last, as their {slug} would also match /study/{nctId}/check
                get("/study/{nctId}/{slug}", study::slugRedirect);
                get("/trial/{slug}", study::trialSlug);
            });
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
            BadInputErrors.register(config.routes);
        });
        javalin.start();
        return new WebServer(javalin, ops);
    }

    private static void answer(Context ctx, Answer answer) {
        switch (answer) {
            case ApiResponse r -> send(ctx, r);
            case StreamedResponse s -> StreamedAnswer.write(ctx, s);
        }
    }

    private static void send(Context ctx, ApiResponse response) {
        ctx.status(response.status()).contentType(response.contentType());
        response.headers().forEach(ctx::header);
        ctx.result(response.body());
    }

    /**
     * Writes a streamed answer straight to the client, past Javalin's buffering (ETags, gzip): a zip
     * is compressed already and the whole store is too large to hold. A client that leaves ends the
     * writing with an IOException; that is not a server error, so it is only noted.
     */
    private static void stream(Context ctx, StreamedResponse response) {
        HttpServletResponse res = ctx.res();
        res.setStatus(response.status());
        res.setContentType(response.contentType());
        response.headers().forEach(res::setHeader);
        try (OutputStream out = res.getOutputStream()) {
            response.body().writeTo(out);
        } catch (IOException e) {
            LOG.info("{} ended early: the client left ({})", ctx.path(), e.toString());
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        ops.close();
    }
}
