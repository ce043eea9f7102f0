package org.trialfinder.app.seo;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.store.StudyStore;

/**
 * The answers for crawlers and browsers that no page links to: {@code /robots.txt}, the sitemap index
 * {@code /sitemap.xml} and its files {@code /sitemaps/{file}}, and {@code /favicon.ico}. Every absolute URL in them
 * is built from the {@link PublicUrl}.
 */
public final class CrawlerRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlerRoutes.class);
    private static final String FAVICON = "favicon.ico";

    private final PublicUrl publicUrl;
    private final Sitemaps sitemaps;
    private final byte[] favicon;

    public CrawlerRoutes(StudyStore store, StudyBrowse browse, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.sitemaps = new Sitemaps(store, browse);
        this.favicon = resource(FAVICON);
    }

    /** GET /robots.txt */
    public void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result(RobotsTxt.text(publicUrl.base(ctx)));
    }

    /** GET /sitemap.xml: the index, small (one line per 50,000 URLs), so answered whole (gzip when asked). */
    public void sitemapIndex(Context ctx) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        sitemaps.writeIndex(publicUrl.base(ctx), xml);
        ctx.contentType("application/xml; charset=utf-8").result(xml.toByteArray());
    }

    /**
     * GET /sitemaps/{file}: one file of the index, compressed already, streamed straight to the client (50,000 URLs
     * are about 5 MB of XML before compression). A client that leaves ends the writing; that is only noted.
     */
    public void sitemapFile(Context ctx) {
        String name = ctx.pathParam("file");
        if (!sitemaps.exists(name)) {
            ctx.status(404)
                    .contentType("text/plain; charset=utf-8")
                    .result("No sitemap file \"" + shorten(name) + "\": /sitemap.xml lists the files there are.");
            return;
        }
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("application/gzip");
        try (OutputStream out = res.getOutputStream()) {
            sitemaps.writeFile(name, publicUrl.base(ctx), out);
        } catch (IOException e) {
            LOG.info("{} ended early: the client left ({})", ctx.path(), e.toString());
        }
    }

    /** GET /favicon.ico: the site's icon, which browsers ask for on every site whatever the page's head says. */
    public void favicon(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=86400")
                .contentType("image/x-icon")
                .result(favicon);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static byte[] resource(String name) {
        try (InputStream in = CrawlerRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
