package org.trialfinder.app.site.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.api.SampleServer;

/**
 * The trial page cuts the criteria into sections with the pre-screener's splitter: on every record of
 * the bundled sample, each word of {@code eligibilityCriteria} is still on the page, as often as the
 * record writes it (in a section's title, the record's own heading where it says more, or the rendered
 * markdown; a list marker's number is left out, as a rendered list numbers itself).
 */
class CriteriaWordsOnSampleRecordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /**
     * A list marker's number ("1.", "2)", also after a bullet or straight after a heading's colon):
     * the rendered list numbers itself, not always with the number written.
     */
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)(?:^|:)(?:\\s*(?:[*+-]|\\d{1,9}[.)]))+(?=\\s|$)");

    @Test
    void everyWordOfTheCriteriaIsShown() throws IOException {
        int checked = 0;
        Map<String, Map<String, Integer>> missingByRecord = new TreeMap<>();
        for (JsonNode record : SampleServer.get().records.values()) {
            JsonNode criteria = record.at("/protocolSection/eligibilityModule/eligibilityCriteria");
            if (!criteria.isTextual()) {
                continue;
            }
            String text = criteria.asText();
            StringBuilder shown = new StringBuilder();
            for (CriteriaSection section : CriteriaSections.of(text)) {
                shown.append(section.kind().title()).append('\n');
                if (section.headingSaysMore()) {
                    shown.append(section.heading()).append('\n');
                }
                shown.append(visibleText(Markdown.toHtml(section.markdown()))).append('\n');
            }
            Map<String, Integer> missing = words(LIST_NUMBER.matcher(text).replaceAll(" "));
            words(shown.toString()).forEach((w, n) -> missing.computeIfPresent(w, (k, m) -> m > n ? m - n : null));
            if (!missing.isEmpty()) {
                missingByRecord.put(
                        record.at("/protocolSection/identificationModule/nctId").asText(), missing);
            }
            checked++;
        }
        assertThat(missingByRecord)
                .as("words of the criteria not on the trial page")
                .isEmpty();
        assertThat(checked).isGreaterThan(2000);
    }

    private static String visibleText(String html) {
        return TAG.matcher(html)
                .replaceAll(" ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
