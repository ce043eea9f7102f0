package org.trialfinder.app.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialfinder.store.StudyStore;

/**
 * Trialfinder's HTTP server: pages and the API over one {@link StudyStore}. Handlers never let an
 * exception reach the user as a stack trace: bad requests get a 4xx naming what was wrong, and
 * anything unexpected a plain 500 sentence (the trace goes to the log).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Pattern NCT_ID = Pattern.compile("NCT\\d{8}");
    /** No inline scripts or styles, nothing from other hosts. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(StudyStore store, String host, int port) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        HomeListing home = new HomeListing(store);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.staticFiles.add(staticFiles -> {
                staticFiles.hostedPath = "/static";
                staticFiles.directory = "/public";
                staticFiles.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
            });
            config.routes.get("/", ctx -> {
                StringOutput out = new StringOutput();
                templates.render("home.jte", Map.of("view", home.view()), out);
                ctx.html(out.toString());
            });
            config.routes.get("/api/v2/studies/{nctId}", ctx -> study(ctx, store));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                ctx.status(500).contentType("text/plain; charset=utf-8")
                        .result("Trialfinder could not answer this request because of an internal error; it has been logged.");
            });
        });
        app.start();
        return new WebServer(app);
    }

    /** One study's JSON exactly as it came in; an alias redirects to the current id (301). */
    private static void study(Context ctx, StudyStore store) {
        String id = ctx.pathParam("nctId").trim().toUpperCase(java.util.Locale.ROOT);
        if (!NCT_ID.matcher(id).matches()) {
            ctx.status(400).contentType("text/plain; charset=utf-8")
                    .result("\"" + ctx.pathParam("nctId") + "\" is not an NCT id (NCT followed by 8 digits)");
            return;
        }
        var stored = store.get(id);
        if (stored.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Study " + id + " not found");
            return;
        }
        if (!stored.get().nctId().equals(id)) {
            ctx.status(301).header("Location", "/api/v2/studies/" + stored.get().nctId());
            return;
        }
        ctx.contentType("application/json").result(stored.get().json());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
