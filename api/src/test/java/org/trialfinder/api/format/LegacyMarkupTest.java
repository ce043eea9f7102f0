package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link LegacyMarkup} alone. The expected texts follow the legacy XML textblocks of the shared
 * corpus: "-  " bullets two columns right of their text, nested lists two columns right of their
 * parent item's text, a blank line between blocks.
 */
class LegacyMarkupTest {

    private static String legacy(String markdown) {
        return LegacyMarkup.fromMarkdown(markdown);
    }

    @Test
    void escapesAreResolved() {
        assertThat(legacy("ALT \\> 2x ULN, age \\</= 65, mm\\^3, 10\\*5, a\\_b, C:\\\\temp, \\# 3, \\[1\\]"))
                .isEqualTo("ALT > 2x ULN, age </= 65, mm^3, 10*5, a_b, C:\\temp, # 3, [1]");
        assertThat(legacy("rate \\&#8805; 100"))
                .as("an escaped ampersand starts no entity")
                .isEqualTo("rate &#8805; 100");
        assertThat(legacy("&amp; &#8805; &lt;")).isEqualTo("& ≥ <");
    }

    @Test
    void bulletItemsAreIndentedHyphenLines() {
        assertThat(
                        legacy(
                                "Inclusion Criteria:\n\n* Age 18 or over\n* Signed consent\n\nExclusion Criteria:\n\n- Pregnancy"))
                .isEqualTo("Inclusion Criteria:\n\n  -  Age 18 or over\n\n  -  Signed consent\n\n"
                        + "Exclusion Criteria:\n\n  -  Pregnancy");
    }

    @Test
    void nestedListsSitTwoColumnsRightOfTheirParentsText() {
        assertThat(legacy("* one\n  * two\n    * three\n* four"))
                .isEqualTo("  -  one\n\n       -  two\n\n            -  three\n\n  -  four");
        assertThat(legacy("1. first\n   * a bullet under it\n2. second"))
                .isEqualTo("  1. first\n\n       -  a bullet under it\n\n  2. second");
    }

    @Test
    void orderedItemsKeepTheNumbersTheAuthorWrote() {
        assertThat(legacy("1. one\n2. two\n\n5. five")).isEqualTo("  1. one\n\n  2. two\n\n  5. five");
        assertThat(legacy("3) three\n4) four")).isEqualTo("  3) three\n\n  4) four");
        assertThat(legacy("10. ten\n11. eleven\n    more")).isEqualTo("  10. ten\n\n  11. eleven\n      more");
    }

    @Test
    void emphasisMarkersAreRemoved() {
        assertThat(legacy("**Key** criteria: patients *must* have _a_ __b__ and ***c***; 2 * 3 stays"))
                .isEqualTo("Key criteria: patients must have a b and c; 2 * 3 stays");
        assertThat(legacy("a `code span` here")).isEqualTo("a code span here");
    }

    @Test
    void headingsBecomeParagraphs() {
        assertThat(legacy("# Background\n\nText.\n\nMethods\n-------\n\nMore."))
                .isEqualTo("Background\n\nText.\n\nMethods\n\nMore.");
    }

    @Test
    void lineBreaksStayLineBreaksAtTheBlocksTextColumn() {
        assertThat(legacy("line one  \nline two\\\nline three\nline four"))
                .isEqualTo("line one\nline two\nline three\nline four");
        assertThat(legacy("* item  \n  continued\n\n  second paragraph of the item"))
                .isEqualTo("  -  item\n     continued\n\n     second paragraph of the item");
    }

    @Test
    void htmlLookingTextStaysText() {
        assertThat(legacy("<script>alert('x')</script>")).isEqualTo("<script>alert('x')</script>");
        assertThat(legacy("a <b onclick=\"x()\">bold</b> word")).isEqualTo("a <b onclick=\"x()\">bold</b> word");
        assertThat(legacy("<div>\nblock\n</div>")).isEqualTo("<div>\nblock\n</div>");
    }

    @Test
    void linksKeepTheirTextAndAddress() {
        assertThat(legacy("see [the protocol](https://example.org/p) and <https://example.org/q> or <a@b.org>"))
                .isEqualTo("see the protocol (https://example.org/p) and https://example.org/q or a@b.org");
        assertThat(legacy("![chart](https://example.org/c.png)")).isEqualTo("chart (https://example.org/c.png)");
        assertThat(legacy("[1]: https://example.org/ref")).isEqualTo("[1]: https://example.org/ref");
    }

    @Test
    void codeBlocksKeepTheirLines() {
        assertThat(legacy("text\n\n    indented one\n    indented two"))
                .isEqualTo("text\n\nindented one\nindented two");
        assertThat(legacy("```\nfenced\n```")).isEqualTo("fenced");
    }

    @Test
    void emptyAndMissingTexts() {
        assertThat(LegacyMarkup.fromMarkdown(null)).isNull();
        assertThat(legacy("")).isEmpty();
        assertThat(legacy("* \n* b")).isEqualTo("  -\n\n  -  b");
        assertThat(legacy("---")).as("a thematic break carries no text").isEmpty();
    }

    @Test
    void hostileTextConvertsInBoundedTime() {
        int size = 100_000;
        String[] hostile = {
            "- ".repeat(size / 2) + "x",
            "* ".repeat(size / 2) + "x",
            "1. ".repeat(size / 3) + "x",
            "> ".repeat(size / 2) + "x",
            ">".repeat(size),
            nestedByIndentation(size),
            "- item\n".repeat(size / 7),
            "*".repeat(size),
            "**a *b ".repeat(size / 7),
            "*a ".repeat(size / 6) + "b" + " a*".repeat(size / 6),
            "[".repeat(size),
            "![".repeat(size / 4) + "a" + "](b)".repeat(size / 4),
            "`".repeat(size),
            "<script>".repeat(size / 8),
            "\\".repeat(size),
            "&#".repeat(size / 2),
        };
        for (String text : hostile) {
            String out = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> legacy(text));
            assertThat(out.length()).as("output stays linear").isLessThan(60 * text.length() + 100);
        }
        String nested = legacy("- ".repeat(size / 2) + "x");
        assertThat(nested).endsWith("- - x");
        assertThat(nested.strip().split("\\s+")).as("no marker lost").hasSize(size / 2 + 1);
        for (String deep : new String[] {nested, legacy(nestedByIndentation(size))}) {
            assertThat(deep.lines()
                            .mapToInt(l -> l.length() - l.stripLeading().length())
                            .max()
                            .orElse(0))
                    .as("indentation stops growing")
                    .isLessThanOrEqualTo(LegacyMarkup.MAX_INDENT + 5);
        }
        assertThat(legacy("![".repeat(1000) + "a\\*" + "](b)".repeat(1000)))
                .as("links nested beyond reason: escapes resolved, nothing else touched")
                .isEqualTo("![".repeat(1000) + "a*" + "](b)".repeat(1000));
        assertThat(legacy("**unbalanced *emphasis [link( `code")).isEqualTo("**unbalanced *emphasis [link( `code");
    }

    @Test
    void aLineOpeningMoreThanTenListsKeepsTheRestAsText() {
        assertThat(legacy("- - x")).isEqualTo("  -\n\n       -  x");
        String eleven = legacy("- ".repeat(11) + "x");
        assertThat(eleven).endsWith("-  - x");
        assertThat(eleven.lines().filter(l -> !l.isBlank()).count()).isEqualTo(10);
        assertThat(legacy("1. ".repeat(12) + "x")).endsWith("1. 1. x");
    }

    /** Bullets each indented two more spaces than the one before, up to about {@code size} characters. */
    private static String nestedByIndentation(int size) {
        StringBuilder b = new StringBuilder();
        for (int depth = 0; b.length() < size; depth++) {
            b.append("  ".repeat(depth)).append("- item\n");
        }
        return b.toString();
    }
}
