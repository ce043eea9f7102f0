package org.trialfinder.eligibility.split;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The splitter over every real record of the sample: no word is lost, every span is inside the field. */
class SplitterOnRealRecordsTest {

    private static final Path SAMPLE = Path.of("../sample/ctgov-v2-sample.jsonl.gz");
    private static final Path LEGACY = Path.of("../sample/ctgov-legacy-sample.zip");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static List<String> v2Criteria() throws IOException {
        List<String> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(SAMPLE)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode c = mapper.readTree(line).at("/protocolSection/eligibilityModule/eligibilityCriteria");
                if (c.isTextual()) {
                    out.add(c.asText());
                }
            }
        }
        return out;
    }

    static List<String> legacyCriteria() throws Exception {
        List<String> out = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(LEGACY))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().endsWith(".xml")) {
                    continue;
                }
                byte[] bytes = zip.readAllBytes();
                NodeList blocks = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(bytes))
                        .getElementsByTagName("criteria");
                if (blocks.getLength() > 0) {
                    out.add(blocks.item(0).getTextContent());
                }
            }
        }
        return out;
    }

    @Test
    void noWordIsLostInV2Records() throws IOException {
        List<String> all = v2Criteria();
        assertThat(all).hasSizeGreaterThan(1400);
        int sectioned = 0;
        for (String text : all) {
            SplitCriteria split = check(text);
            if (!split.items(Section.INCLUSION).isEmpty()
                    && !split.items(Section.EXCLUSION).isEmpty()) {
                sectioned++;
            }
        }
        // Nearly every v2 record has both lists; the splitter must find them.
        assertThat(sectioned).isGreaterThan(all.size() * 95 / 100);
    }

    @Test
    void noWordIsLostInLegacyRecords() throws Exception {
        List<String> all = legacyCriteria();
        assertThat(all).hasSizeGreaterThan(900);
        for (String text : all) {
            check(text);
        }
    }

    private static SplitCriteria check(String text) {
        SplitCriteria split = CriteriaSplitter.split(text);
        Map<String, Integer> expected = words(unescape(text));
        Map<String, Integer> actual = new HashMap<>();
        split.headings().forEach(h -> add(actual, h.text()));
        for (CriterionItem item : split.items()) {
            collect(item, actual, text);
        }
        assertThat(actual).as("words of %s", text).isEqualTo(expected);
        return split;
    }

    private static void collect(CriterionItem item, Map<String, Integer> words, String text) {
        add(words, item.marker());
        add(words, item.text());
        item.notes().forEach(n -> add(words, n));
        assertThat(item.span().end()).isLessThanOrEqualTo(text.length());
        if (!item.text().isEmpty()) {
            // The item's first word is where its span says.
            Matcher m = WORD.matcher(item.text());
            if (m.find()) {
                assertThat(item.sourceSpan(m.start(), m.end()).of(text)).isEqualTo(m.group());
            }
        }
        for (CriterionItem child : item.children()) {
            assertThat(child.span().start()).isGreaterThanOrEqualTo(item.span().start());
            collect(child, words, text);
        }
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\(?=[\\p{Punct}])", "");
    }

    private static Map<String, Integer> words(String s) {
        Map<String, Integer> out = new HashMap<>();
        add(out, s);
        return out;
    }

    private static void add(Map<String, Integer> words, String s) {
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.merge(m.group(), 1, Integer::sum);
        }
    }
}
