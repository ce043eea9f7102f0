package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.site.glossary.Glossary;
import org.trialfinder.app.site.glossary.GlossaryEntry;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

/** Records the bundled sample lacks: expanded access, and a record with almost nothing in it. */
class StudyViewsTest {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private static String render(String json) {
        Study study = StudyJson.parse(json.getBytes(StandardCharsets.UTF_8));
        StudyView view = StudyViews.of(study, new SiteListing(study.nctId(), study.locations(), List.of()));
        StringOutput out = new StringOutput();
        TEMPLATES.render("site/study.jte", Map.of("v", view), out);
        return out.toString();
    }

    @Test
    void anExpandedAccessRecordShowsItsKindAndNoTrialDesignItLacks() {
        String html = render("""
                {"protocolSection":{"identificationModule":{"nctId":"NCT01000001","briefTitle":"Expanded access to drug X"},
                 "statusModule":{"overallStatus":"AVAILABLE","lastUpdatePostDateStruct":{"date":"2024-05-02","type":"ACTUAL"}},
                 "designModule":{"studyType":"EXPANDED_ACCESS","expandedAccessTypes":{"individual":true,"treatment":true}},
                 "armsInterventionsModule":{"interventions":[{"type":"DRUG","name":"Drug X"}]},
                 "eligibilityModule":{"eligibilityCriteria":"* Adults with disease Y","sex":"ALL","minimumAge":"12 Years"}}}
                """);
        PageText page = PageText.of(html);
        assertThat(page.under("Status and phase")).isEqualTo("Available");
        assertThat(page.under("Study type")).isEqualTo("Expanded access");
        assertThat(page.under("Expanded access type")).isEqualTo("Individual patients, Treatment IND/protocol");
        assertThat(page.under("Eligibility criteria")).isEqualTo("Adults with disease Y");
        assertThat(page.under("Ages")).isEqualTo("12+ years old");
        assertThat(page.headings())
                .doesNotContain("Allocation", "Masking", "Interventional model", "Inclusion criteria");
        assertThat(PageText.text(html).toLowerCase()).doesNotContain("null");
        assertThat(PageText.text(html)).contains("last updated May 2, 2024");
    }

    @Test
    void aNearlyEmptyRecordStillRendersWithoutNull() {
        String html = render("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01000002\"}}}");
        PageText page = PageText.of(html);
        assertThat(page.headings()).startsWith("NCT01000002");
        assertThat(page.under("Status and phase")).isEqualTo("Status not given");
        assertThat(page.under("Conditions")).isEqualTo("Not given");
        assertThat(page.under("Trial contacts and locations")).startsWith("0 sites The record lists no sites yet");
        assertThat(PageText.text(html).toLowerCase()).doesNotContain("null");
    }

    @Test
    void everyGlossaryLinkTheTemplatesCanMakeHasItsEntry() {
        Set<String> ids = new HashSet<>();
        for (GlossaryEntry e : Glossary.entries()) {
            ids.add(e.id());
            e.words().forEach(w -> ids.add(w.id()));
        }
        String html = render("""
                {"protocolSection":{"identificationModule":{"nctId":"NCT01000003","briefTitle":"T"},
                 "statusModule":{"overallStatus":"RECRUITING"},
                 "sponsorCollaboratorsModule":{"leadSponsor":{"name":"S","class":"INDUSTRY"},"collaborators":[{"name":"C","class":"NIH"}]},
                 "designModule":{"studyType":"OBSERVATIONAL","patientRegistry":true,"targetDuration":"5 Years",
                   "designInfo":{"observationalModel":"COHORT","timePerspective":"PROSPECTIVE"},"enrollmentInfo":{"count":10,"type":"ACTUAL"}},
                 "outcomesModule":{"primaryOutcomes":[{"measure":"M","timeFrame":"1 year"}]},
                 "eligibilityModule":{"eligibilityCriteria":"Inclusion Criteria:\\n* a\\n\\nExclusion Criteria:\\n* b","healthyVolunteers":true},
                 "contactsLocationsModule":{"overallOfficials":[{"name":"Dr P","role":"PRINCIPAL_INVESTIGATOR"}]}}}
                """);
        Matcher m = Pattern.compile("href=\"/glossary#([a-z0-9-]+)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            assertThat(ids).as(m.group(1)).contains(m.group(1));
            links++;
        }
        assertThat(links).isGreaterThan(10);
        PageText page = PageText.of(html);
        assertThat(page.under("Study type")).isEqualTo("Observational (patient registry)");
        assertThat(page.under("Observational model")).isEqualTo("Cohort");
        assertThat(page.under("Time perspective")).isEqualTo("Prospective");
        assertThat(page.under("Funder types")).isEqualTo("Industry Government (NIH)");
        assertThat(page.under("Enrollment")).isEqualTo("10 patients enrolled");
    }
}
