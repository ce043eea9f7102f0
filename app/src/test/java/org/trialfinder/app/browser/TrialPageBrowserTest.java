package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The trial page in a real browser, against the reference: the text of a real patient-facing page of
 * trial NCT06751394 ({@code ../shared/reference/trial-page.txt}). Every value that page shows must
 * appear, as rendered text a person reads, under the same heading on ours.
 */
class TrialPageBrowserTest extends BrowserTest {
    private static final String REFERENCE = "/study/NCT06751394";
    private static final Path REFERENCE_TEXT = Path.of("..", "..", "shared", "reference", "trial-page.txt");
    /** The reference page's headings, in its order: the parts every trial page has. */
    private static final List<String> HEADINGS = List.of(
            "Preoperative Chemoradiotherapy and Toripalimab in Locally Recurrent Rectal Cancer (TRACER)",
            "Status and phase",
            "Conditions",
            "Treatments",
            "Study type",
            "Funder types",
            "Identifiers",
            "Details and patient eligibility",
            "About",
            "Enrollment",
            "Sex",
            "Ages",
            "Volunteers",
            "Inclusion criteria",
            "Exclusion criteria",
            "Trial design",
            "Primary purpose",
            "Allocation",
            "Interventional model",
            "Masking",
            "44 participants in 1 patient group",
            "Trial contacts and locations",
            "Central trial contact");
    /** Lines of the reference that are its site's furniture, not the trial's data. */
    private static final List<String> FURNITURE = List.of(
            "ClinicalTrials.Veeva",
            "Menu",
            "Sun Yat-sen University logo",
            "Loading...",
            "Data sourced from clinicaltrials.gov",
            "Clinical trials",
            "Find clinical trialsTrials by location");

    @Test
    void everyValueOfTheReferencePageIsUnderItsHeading() throws IOException {
        Path reference = REFERENCE_TEXT.toAbsolutePath().normalize();
        Assumptions.assumeTrue(
                Files.isReadable(reference),
                () -> "the reference page text is not beside the repository: " + reference);
        Map<String, List<String>> expected = referenceValues(Files.readAllLines(reference));
        assertThat(expected.keySet()).containsExactlyElementsOf(HEADINGS);
        open(REFERENCE);
        Map<String, String> ours = textUnderHeadings(page);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> part : expected.entrySet()) {
            String under = ours.get(part.getKey());
            if (under == null) {
                missing.add("heading \"" + part.getKey() + "\" is not on the page");
                continue;
            }
            for (String value : part.getValue()) {
                if (!normal(under).contains(normal(value))) {
                    missing.add("under \"" + part.getKey() + "\": " + value);
                }
            }
        }
        assertThat(missing).as("reference values not shown under their heading").isEmpty();
        assertThat(ours.keySet()).containsSubsequence(HEADINGS);
        assertThat(page.locator("body").innerText()).contains("Data sourced from clinicaltrials.gov");
    }

    @Test
    void criteriaReadAsNumberedListsWithTheirSymbols() {
        open(REFERENCE);
        var exclusion = page.locator("section.criteria-exclusion-criteria .prose > ol > li");
        assertThat(exclusion.count()).isEqualTo(18);
        assertThat(exclusion.nth(0).innerText()).isEqualTo("Neutrophil < 1.5×10^9/L, PLT < 75×10^9/L.");
        assertThat(exclusion.nth(7).innerText()).isEqualTo("Congestive cardiac failure ≥ NYHA grade 2.");
    }

    @Test
    void theSiteMapIsAnImageDrawnHereAndTheGlossaryLinksWork() {
        open(REFERENCE);
        var map = page.locator("img[src$='/map.svg']");
        assertThat(map.count()).isEqualTo(1);
        assertThat(map.getAttribute("alt")).contains("Map of 1 trial site");
        // the image really loads and draws (it is lazy: scroll to it first)
        map.scrollIntoViewIfNeeded();
        page.waitForFunction(
                "() => { const i = document.querySelector(\"img[src$='/map.svg']\"); return i.complete && i.naturalWidth > 0; }");
        page.locator("a[href^='/glossary#']").first().click();
        page.waitForURL(Pattern.compile(".*/glossary#.+"));
        assertThat(page.locator("h1").innerText()).containsIgnoringCase("glossary");
    }

    @Test
    void isAccessibleAndReadableOnAPhone() {
        assertAccessible(REFERENCE);
        assertAccessible("/glossary");
        Page phone = newPage(options(375, 812));
        open(phone, REFERENCE);
        // nothing wider than the screen: no sideways scrolling on a phone
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(375);
        open(REFERENCE);
        assertFocusVisible(12);
    }

    /** The reference text as heading → the value lines under it (list numbers and blank lines dropped). */
    private static Map<String, List<String>> referenceValues(List<String> lines) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || FURNITURE.contains(line) || line.startsWith("©")) {
                continue;
            }
            if (HEADINGS.contains(line) && !values.containsKey(line)) {
                current = new ArrayList<>();
                values.put(line, current);
            } else if (current != null) {
                current.add(line.replaceFirst("^\\d+\\.\\s+", ""));
            }
        }
        return values;
    }

    /** Each heading's text → the rendered text after it up to the next heading, as the browser lays it out. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> textUnderHeadings(Page page) {
        List<Map<String, String>> parts = (List<Map<String, String>>) page.evaluate("""
                () => {
                  const hs = Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4'));
                  return hs.map((h, i) => {
                    const r = document.createRange();
                    r.setStartAfter(h);
                    if (i + 1 < hs.length) { r.setEndBefore(hs[i + 1]); } else { r.setEndAfter(document.querySelector('main').lastChild); }
                    const box = document.createElement('div');
                    box.appendChild(r.cloneContents());
                    box.style.position = 'absolute'; box.style.left = '-10000px';
                    document.body.appendChild(box);
                    const text = box.innerText;
                    box.remove();
                    return {heading: h.innerText.trim(), text: text};
                  });
                }""");
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, String> p : parts) {
            out.putIfAbsent(p.get("heading"), p.get("text"));
        }
        return out;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
