package org.trialfinder.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Browsing in a real browser: by condition (A–Z, a MeSH branch, a condition page) and by location
 * (country, region, city), following the links a person would, with axe on each page type.
 */
class BrowsePagesBrowserTest extends BrowserTest {

    @Test
    void fromTheConditionIndexToAConditionsTrialsRecruitingFirst() {
        open("/");
        page.locator("header.site nav a[href='/conditions']").click();
        page.waitForURL(Pattern.compile(".*/conditions$"));
        page.locator("a[href='/conditions/branch/c04']").first().click();
        page.waitForURL(Pattern.compile(".*/conditions/branch/c04.*"));
        page.locator("a[href='/conditions/breast-neoplasms']").first().click();
        page.waitForURL(Pattern.compile(".*/conditions/breast-neoplasms$"));
        assertThat(page.locator("h1").innerText()).containsIgnoringCase("breast");
        Locator statuses = page.locator("main li .status");
        assertThat(statuses.count()).isPositive();
        // open trials (enrolling, not yet enrolling, by invitation) come before the others
        boolean closedSeen = false;
        for (String s : statuses.allInnerTexts()) {
            boolean open =
                    s.equals("Enrolling") || s.equals("Not yet enrolling") || s.equals("Enrolling by invitation");
            assertThat(open && closedSeen)
                    .as("an open trial after a closed one (%s)", s)
                    .isFalse();
            closedSeen |= !open;
        }
        page.locator("main a[href^='/study/NCT']").first().click();
        page.waitForURL(Pattern.compile(".*/study/NCT\\d{8}$"));
        assertAccessible("/conditions");
        assertAccessible("/conditions/breast-neoplasms");
    }

    @Test
    void fromCountryToRegionToCityToTheTrialThere() {
        open("/locations");
        page.locator("a[href='/locations/china']").click();
        page.locator("a[href='/locations/china/guangdong']").click();
        page.locator("a[href='/locations/china/guangdong/guangzhou']").click();
        page.waitForURL(Pattern.compile(".*/locations/china/guangdong/guangzhou$"));
        assertThat(page.locator("nav[aria-label='Breadcrumb']").innerText())
                .contains("China")
                .contains("Guangdong");
        Locator tracer = page.locator("a[href='/study/NCT06751394']");
        assertThat(tracer.count()).isPositive();
        assertThat(page.locator("main").innerText()).contains("Sun Yat-sen University");
        assertAccessible("/locations");
        assertAccessible("/locations/china/guangdong/guangzhou");
    }

    @Test
    void thePatientPagesAreAccessibleAndAnswerInTheBrowser() {
        assertAccessible("/patient");
        assertAccessible("/study/NCT06751394/check");
        open("/study/NCT06751394");
        page.getByLabel("Paste a note about the patient, a JSON profile or an HL7 FHIR R4 Bundle")
                .fill("{\"age\":58,\"sex\":\"female\",\"labs\":[{\"name\":\"ANC\",\"value\":1200,\"unit\":\"/uL\"}]}");
        page.getByText("Check against this trial").click();
        page.waitForURL(Pattern.compile(".*/study/NCT06751394/check$"));
        assertThat(page.locator("#verdict-title").innerText()).isEqualTo("The patient is not eligible");
        assertThat(page.locator("section.verdict-box").innerText()).contains("Neutrophil < 1.5×10^9/L");
    }
}
