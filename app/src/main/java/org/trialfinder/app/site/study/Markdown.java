package org.trialfinder.app.site.study;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * ClinicalTrials.gov's light markdown (criteria, summaries) as HTML that is safe to put in a page:
 * numbered and nested lists, emphasis, and escapes such as {@code \<} shown as {@code <}. Any HTML
 * in the record is escaped and shown as text, link targets are sanitized (no {@code javascript:}),
 * and line breaks inside a paragraph are kept, since records use them to separate lines.
 * Thread-safe: commonmark's parser and renderer keep no state between calls.
 */
public final class Markdown {
    /**
     * A line such as "[1]: something" would be taken as a link reference definition and vanish
     * from the output; its bracket is escaped so the text is shown as written.
     */
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^( {0,3})\\[(?=[^\\]\\n]+\\]:)");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>\n")
            .build();

    private Markdown() {}

    /** The text rendered to HTML; an empty string for a missing text. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String guarded = REFERENCE_DEFINITION.matcher(markdown).replaceAll("$1\\\\[");
        return RENDERER.render(PARSER.parse(guarded));
    }
}
