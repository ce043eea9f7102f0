package org.trialfinder.app.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's accessibility engine, from the npm registry: the build unpacks it into
 * {@code target/axe-core}) run inside the page against WCAG 2.0 and 2.1 levels A and AA.
 */
final class Axe {
    /** The rules that apply: WCAG 2.0 and 2.1, A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The impacts that fail a test; minor and moderate ones are printed, not failed. */
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String script;

    /** One broken rule and where. */
    record Violation(String id, String impact, String help, String helpUrl, List<Element> nodes) {
        boolean failing() {
            return FAILING.contains(impact);
        }
    }

    /** One element breaking a rule: its CSS selector, its HTML, and axe's account of what to fix. */
    record Element(String target, String html, String summary) {}

    private Axe() {}

    /** The unpacked {@code axe.min.js}; the build puts it there at generate-test-resources. */
    static Path scriptPath() {
        return Path.of(System.getProperty("basedir", "."), "target", "axe-core", "package", "axe.min.js");
    }

    private static synchronized String script() {
        if (script == null) {
            Path p = scriptPath();
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(
                        p + " is missing: the Maven build fetches axe-core from the npm registry at "
                                + "generate-test-resources (run ./mvnw -pl app test-compile, or the tests through ./run-tests)");
            }
            try {
                script = Files.readString(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /**
     * Runs axe on the page as it is now. The page's context must bypass the site's Content-Security-Policy
     * (which rightly refuses the injected script): {@link BrowserTest#assertAccessible(String)} makes such a context.
     */
    static List<Violation> run(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        String json = (String) page.evaluate("""
                async tags => {
                  const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
                  return JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                      nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary}))})));
                }""", TAGS);
        try {
            return JSON.readValue(json, new TypeReference<List<Violation>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A readable list: rule, impact, what it asks, and each element with its selector and HTML. */
    static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> "[" + v.impact() + "] " + v.id() + ": " + v.help() + " (" + v.helpUrl() + ")\n"
                        + v.nodes().stream()
                                .map(n -> "      at " + n.target() + "\n        " + n.html()
                                        + (n.summary() == null
                                                ? ""
                                                : "\n        " + n.summary().replace("\n", "\n        ")))
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n    "));
    }
}
