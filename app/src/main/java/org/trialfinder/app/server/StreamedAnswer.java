package org.trialfinder.app.server;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialfinder.api.StreamedResponse;

/**
 * Writes a large answer (a page of hundreds of records) to the client as it is produced, past Javalin's buffering:
 * gzipped when the client asks, as Javalin would, but without an ETag (which would need the whole body first). A
 * client that leaves ends the writing; that is not a server error, so it is only noted.
 */
final class StreamedAnswer {
    private static final Logger LOG = LoggerFactory.getLogger(StreamedAnswer.class);

    private StreamedAnswer() {}

    static void write(Context ctx, StreamedResponse response) {
        HttpServletResponse res = ctx.res();
        res.setStatus(response.status());
        res.setContentType(response.contentType());
        response.headers().forEach(res::setHeader);
        String accept = ctx.header("Accept-Encoding");
        boolean gzip = accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
        if (gzip) {
            res.setHeader("Content-Encoding", "gzip");
            res.setHeader("Vary", "Accept-Encoding");
        }
        try (OutputStream raw = res.getOutputStream();
                OutputStream out = gzip ? new GZIPOutputStream(raw, 65536) : raw) {
            response.body().writeTo(out);
        } catch (IOException e) {
            LOG.info("{} ended early: the client left ({})", ctx.path(), e.toString());
        }
    }
}
