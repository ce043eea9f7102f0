package org.trialfinder.app.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the site's jte templates (precompiled into the jar) into HTML answers. */
public final class PageRenderer {
    /** Big enough for most pages in one buffer (a search page is about 30 KB). */
    private static final int INITIAL_CAPACITY = 32 * 1024;

    private final TemplateEngine templates;

    public PageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The templates compiled into the jar at build time. */
    public static PageRenderer precompiled() {
        return new PageRenderer(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** The page as HTML text. */
    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(INITIAL_CAPACITY);
        templates.render(template, params, out);
        return out.toString();
    }

    /** Answers {@code ctx} with the page (status and headers as set on {@code ctx} before). */
    public void answer(Context ctx, String template, Map<String, Object> params) {
        ctx.html(render(template, params));
    }

    /** Answers {@code ctx} with a page whose template takes one parameter, {@code view}. */
    public void answer(Context ctx, String template, Object view) {
        answer(ctx, template, Map.of("view", view));
    }
}
