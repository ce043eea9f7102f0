package org.trialfinder.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request framing the HTTP layer refuses while a handler reads it, answered as the client's mistake with a plain
 * sentence instead of a 500: a Content-Type naming a character set the JVM does not know ({@code charset=bogus},
 * thrown when the content type or the form is read), and a body the servlet layer cannot parse (a multipart body
 * without its boundary), which Jetty reports as a {@link BadMessageException} wrapped in a {@link ServletException}.
 */
final class BadInputErrors {
    private static final Logger LOG = LoggerFactory.getLogger(BadInputErrors.class);
    /** As WebServer's answer to anything unexpected. */
    private static final String INTERNAL_ERROR =
            "Trialfinder could not answer this request because of an internal error; it has been logged.";

    private BadInputErrors() {}

    static void register(RoutesConfig routes) {
        routes.exception(UnsupportedCharsetException.class, (e, ctx) -> unknownCharset(ctx, e.getCharsetName()));
        routes.exception(IllegalCharsetNameException.class, (e, ctx) -> unknownCharset(ctx, e.getCharsetName()));
        routes.exception(ServletException.class, (e, ctx) -> {
            if (e.getCause() instanceof BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
                plain(
                        ctx,
                        bad.getCode(),
                        "The request body cannot be read as its Content-Type says (" + ctx.header("Content-Type")
                                + "): " + bad.getReason() + ".");
                return;
            }
            LOG.error("request {} failed", ctx.path(), e);
            plain(ctx, 500, INTERNAL_ERROR);
        });
    }

    private static void unknownCharset(Context ctx, String name) {
        plain(
                ctx,
                415,
                "The Content-Type names a character set Trialfinder does not know (\"" + name
                        + "\"); send UTF-8 (charset=utf-8) or leave the charset out.");
    }

    private static void plain(Context ctx, int status, String sentence) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(sentence);
    }
}
