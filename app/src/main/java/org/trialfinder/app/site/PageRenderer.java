package org.trialfinder.app.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.trialfinder.app.seo.PublicUrl;

/**
 * Renders the site's jte templates (precompiled into the jar) into HTML answers. Every page is given its
 * {@link PageAddress} as the parameter {@code address} (absolute, from the public URL), which the layout writes as
 * the canonical link and Open Graph URL; an error page gets none.
 */
public final class PageRenderer {
    /** Big enough for most pages in one buffer (a search page is about 30 KB). */
    private static final int INITIAL_CAPACITY = 32 * 1024;

    private final TemplateEngine templates;
    private final PublicUrl publicUrl;

    public PageRenderer(TemplateEngine templates, PublicUrl publicUrl) {
        this.templates = templates;
        this.publicUrl = publicUrl;
    }

    /** The templates compiled into the jar at build time. */
    public static PageRenderer precompiled(PublicUrl publicUrl) {
        return new PageRenderer(TemplateEngine.createPrecompiled(ContentType.Html), publicUrl);
    }

    /** The page as HTML text, for the request {@code ctx} (status set before). */
    public String render(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("address", address(ctx));
        StringOutput out = new StringOutput(INITIAL_CAPACITY);
        templates.render(template, all, out);
        return out.toString();
    }

    /** Answers {@code ctx} with the page (status and headers as set on {@code ctx} before). */
    public void answer(Context ctx, String template, Map<String, Object> params) {
        ctx.html(render(ctx, template, params));
    }

    /** Answers {@code ctx} with a page whose template takes one parameter, {@code view}. */
    public void answer(Context ctx, String template, Object view) {
        answer(ctx, template, Map.of("view", view));
    }

    /** The site's public root for this request ({@code https://trials.example.org}), for absolute links. */
    public String siteBase(Context ctx) {
        return publicUrl.base(ctx);
    }

    private PageAddress address(Context ctx) {
        if (ctx.statusCode() >= 300) {
            return null; // an error page is no page of the site's to point search engines at
        }
        return new PageAddress(publicUrl.base(ctx), PageAddress.canonicalPath(ctx.path(), ctx.queryParam("page")));
    }
}
