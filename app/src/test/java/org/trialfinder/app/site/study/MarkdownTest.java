package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void escapesComeThroughAsTheCharactersAndHtmlIsEscaped() {
        assertThat(Markdown.toHtml("1. Neutrophil \\< 1.5×10^9/L, TBIL \\> 1.5 ULN, 5 \\* 2"))
                .contains("Neutrophil &lt; 1.5×10^9/L, TBIL &gt; 1.5 ULN, 5 * 2");
        assertThat(Markdown.toHtml("Age <script>alert(1)</script> and \"><img src=x onerror=alert(1)>"))
                .doesNotContain("<script", "<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Markdown.toHtml("[click](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void numberedAndNestedListsStayLists() {
        String html = Markdown.toHtml("1. first\n2. second\n   * sub one\n   * sub two\n3. third");
        assertThat(html)
                .containsSubsequence(
                        "<ol>",
                        "<li>first</li>",
                        "<li>second",
                        "<ul>",
                        "<li>sub one</li>",
                        "<li>sub two</li>",
                        "</ul>",
                        "<li>third</li>",
                        "</ol>");
        assertThat(Markdown.toHtml("* a\n  * b")).containsSubsequence("<ul>", "<li>a", "<ul>", "<li>b</li>");
    }

    @Test
    void nothingIsDropped() {
        // a line that looks like a link reference definition would vanish in plain commonmark
        assertThat(Markdown.toHtml("[1]: Smith et al. 2020")).contains("[1]: Smith et al. 2020");
        // line breaks inside a paragraph are kept
        assertThat(Markdown.toHtml("Age: 18\nSex: any")).contains("Age: 18<br>");
        assertThat(Markdown.toHtml(null)).isEmpty();
    }
}
