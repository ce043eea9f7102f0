package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@link MarkupFormat}: the parameter's values, and which fields of a study it rewrites. */
class MarkupFormatTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A study with markup at the top of a module, inside lists of structures, and text that is not markup. */
    private static JsonNode study() throws Exception {
        return MAPPER.readTree("""
                {"protocolSection":{
                  "identificationModule":{"nctId":"NCT00000001","briefTitle":"A \\\\* title"},
                  "descriptionModule":{"briefSummary":"**Bold** \\\\> 2"},
                  "armsInterventionsModule":{
                    "armGroups":[{"label":"A \\\\* arm","description":"* one\\n* two"},{"label":"B"}],
                    "interventions":[{"name":"X","description":"mm\\\\^3"}]},
                  "eligibilityModule":{"eligibilityCriteria":"1. a\\n2. b","studyPopulation":"_all_"}},
                 "resultsSection":{"adverseEventsModule":{"description":"\\\\# at risk"}}}
                """);
    }

    @Test
    void theParameterIsMarkdownOrLegacy() {
        assertThat(MarkupFormat.parse("markdown")).isEqualTo(MarkupFormat.MARKDOWN);
        assertThat(MarkupFormat.parse("legacy")).isEqualTo(MarkupFormat.LEGACY);
        assertThat(MarkupFormat.LEGACY.paramValue()).isEqualTo("legacy");
        for (String bad : new String[] {"html", "Legacy", "", " legacy"}) {
            assertThatThrownBy(() -> MarkupFormat.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContainingAll("markupFormat", "\"" + bad + "\"", "markdown or legacy");
        }
    }

    @Test
    void legacyRewritesEveryMarkupFieldAndNothingElse() throws Exception {
        JsonNode legacy = MarkupFormat.LEGACY.applyTo(study());
        assertThat(legacy.at("/protocolSection/descriptionModule/briefSummary").asText())
                .isEqualTo("Bold > 2");
        assertThat(legacy.at("/protocolSection/armsInterventionsModule/armGroups/0/description")
                        .asText())
                .isEqualTo("  -  one\n\n  -  two");
        assertThat(legacy.at("/protocolSection/armsInterventionsModule/interventions/0/description")
                        .asText())
                .isEqualTo("mm^3");
        assertThat(legacy.at("/protocolSection/eligibilityModule/eligibilityCriteria")
                        .asText())
                .isEqualTo("  1. a\n\n  2. b");
        assertThat(legacy.at("/protocolSection/eligibilityModule/studyPopulation")
                        .asText())
                .isEqualTo("all");
        assertThat(legacy.at("/resultsSection/adverseEventsModule/description").asText())
                .isEqualTo("# at risk");
        assertThat(legacy.at("/protocolSection/identificationModule/briefTitle").asText())
                .as("text, not markup: as stored")
                .isEqualTo("A \\* title");
        assertThat(legacy.at("/protocolSection/armsInterventionsModule/armGroups/0/label")
                        .asText())
                .isEqualTo("A \\* arm");
        assertThat(legacy.at("/protocolSection/armsInterventionsModule/armGroups/1"))
                .isEqualTo(study().at("/protocolSection/armsInterventionsModule/armGroups/1"));
    }

    @Test
    void markdownLeavesTheStudyAsStored() throws Exception {
        assertThat(MarkupFormat.MARKDOWN.applyTo(study())).isEqualTo(study());
    }
}
