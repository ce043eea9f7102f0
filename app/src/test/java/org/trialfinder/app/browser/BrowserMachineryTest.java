package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' own checks catch what they are for: each is shown a small page with the fault
 * it must find (no trust in a check that has never failed).
 */
class BrowserMachineryTest extends BrowserTest {

    @Test
    void axeReportsAnUnlabelledControlAndTextTooFaintToRead() {
        Page p = newPage(options(800, 600).setBypassCSP(true));
        p.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>bad</title></head><body><main>
                <h1>Bad page</h1><p style="color:#bbb;background:#fff">Faint text that few can read.</p>
                <form><input type="text" name="q"></form></main></body></html>""");
        List<Axe.Violation> found = Axe.run(p);
        assertThat(found)
                .filteredOn(Axe.Violation::failing)
                .extracting(Axe.Violation::id)
                .contains("label", "color-contrast");
        String report = Axe.describe(found);
        assertThat(report)
                .contains("[critical] label")
                .contains("at input")
                .contains("<input type=\"text\" name=\"q\">")
                .contains("[serious] color-contrast");
    }

    @Test
    void theFocusCheckFailsWhenTheOutlineIsRemoved() {
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>t</title><style>a:focus { outline: none; }</style></head>
                <body><a href="#a">first</a> <a href="#b">second</a></body></html>""");
        assertThatThrownBy(() -> assertFocusVisible(2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a \"first\"")
                .hasMessageContaining("a \"second\"");
    }

    @Test
    void theFocusCheckFailsWhenTheOutlineIsTooFaintAgainstTheBackground() {
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>t</title>
                <style>body { background: #fff; } a:focus-visible { outline: 3px solid #f5a623; }</style></head>
                <body><a href="#a">first</a></body></html>""");
        assertThatThrownBy(() -> assertFocusVisible(1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a \"first\" (outline rgb(245, 166, 35) on rgb(255, 255, 255): contrast 2.03:1");
    }

    @Test
    void aRequestOffTheLoopbackHostIsBlockedAndReported() {
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>t</title></head>
                <body><img alt="" src="https://tiles.example.org/0/0/0.png"></body></html>""");
        page.waitForLoadState();
        assertThat(watch.problems())
                .anySatisfy(p -> assertThat(p)
                        .startsWith("request off the loopback host: GET https://tiles.example.org/0/0/0.png"));
        assertThatThrownBy(watch::assertClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("tiles.example.org");
        watch.clear(); // provoked on purpose and checked
    }

    @Test
    void aScriptErrorAndAConsoleErrorAreReported() {
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>t</title></head>
                <body><script>console.error('something broke'); undefinedFunction();</script></body></html>""");
        assertThat(watch.problems())
                .anySatisfy(p -> assertThat(p).contains("console error: something broke"))
                .anySatisfy(p -> assertThat(p).contains("uncaught script error").contains("undefinedFunction"));
        watch.clear(); // provoked on purpose and checked
    }

    @Test
    void aMissingImageOrStylesheetIsReported() {
        open("/");
        page.waitForResponse(
                r -> r.url().endsWith("/static/no-such.png"),
                () -> page.evaluate(
                        "() => { const i = document.createElement('img'); i.alt = ''; i.src = '/static/no-such.png'; document.body.append(i); }"));
        assertThat(watch.problems())
                .anySatisfy(p -> assertThat(p)
                        .startsWith("part of the page failed to load: 404")
                        .contains("/static/no-such.png"));
        // Chromium drops a stylesheet answered with an error page before any response event, but says so in the
        // console.
        page.evaluate("() => new Promise(done => { const l = document.createElement('link'); l.rel = 'stylesheet';"
                + " l.href = '/static/no-such.css'; l.onerror = done; l.onload = done; document.head.append(l); })");
        page.waitForCondition(() -> watch.problems().stream().anyMatch(p -> p.contains("/static/no-such.css")));
        watch.clear(); // provoked on purpose and checked
    }
}
