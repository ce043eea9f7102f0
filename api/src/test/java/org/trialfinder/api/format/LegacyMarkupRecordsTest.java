package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.search.fields.FieldCatalog;
import org.trialfinder.search.fields.FieldDef;
import org.trialfinder.search.fields.FieldType;
import org.trialfinder.search.fields.FieldValues;
import org.w3c.dom.Document;

/**
 * {@link LegacyMarkup} on real records: the shared v2 corpus (1,492 studies in ClinicalTrials.gov's
 * markdown) and, for the trials it shares with the shared legacy XML zips, the legacy textblocks
 * ClinicalTrials.gov itself wrote for the same text. Skipped when the shared data is absent.
 */
class LegacyMarkupRecordsTest {
    private static final String V2 = "ctgov-v2/ctgov-v2-studies.jsonl.gz";
    private static final List<String> LEGACY_ZIPS =
            List.of("ctgov-legacy-xml-2023.zip", "ctgov-legacy-xml-trec2022-sample.zip");
    /** v2 markup field → the legacy XML textblock holding the same text. */
    private static final Map<String, String> TEXTBLOCKS = Map.of(
            "BriefSummary", "/clinical_study/brief_summary/textblock",
            "DetailedDescription", "/clinical_study/detailed_description/textblock",
            "EligibilityCriteria", "/clinical_study/eligibility/criteria/textblock");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    private static Map<String, JsonNode> v2;

    @BeforeAll
    static void read() throws IOException {
        Optional<Path> file = SharedData.file(V2);
        assumeTrue(file.isPresent(), "shared data not present");
        ObjectMapper mapper = new ObjectMapper();
        v2 = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file.get())), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode study = mapper.readTree(line);
                v2.put(study.at("/protocolSection/identificationModule/nctId").asText(), study);
            }
        }
    }

    @Test
    void theConvertedTextHasExactlyTheWordsOfTheLegacyTextblock() throws Exception {
        FieldCatalog catalog = FieldCatalog.standard();
        int compared = 0;
        List<String> otherVersions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String zipName : LEGACY_ZIPS) {
            Optional<Path> zip = SharedData.file(zipName);
            assumeTrue(zip.isPresent(), "shared data not present");
            try (ZipFile zf = new ZipFile(zip.get().toFile())) {
                for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    String name = e.getName().replaceAll(".*/", "").replace(".xml", "");
                    JsonNode study = v2.get(name);
                    if (study == null) {
                        continue;
                    }
                    Document xml;
                    try (InputStream in = zf.getInputStream(e)) {
                        xml = parse(in);
                    }
                    XPath xpath = XPathFactory.newInstance().newXPath();
                    String legacyUpdated = xpath.evaluate("/clinical_study/last_update_posted", xml);
                    String v2Updated = study.at("/protocolSection/statusModule/lastUpdatePostDateStruct/date")
                            .asText();
                    List<String> differing = new ArrayList<>();
                    for (Map.Entry<String, String> pair : TEXTBLOCKS.entrySet()) {
                        FieldDef field = catalog.byPiece(pair.getKey()).orElseThrow();
                        JsonNode markdown = FieldValues.first(study, field);
                        String textblock = xpath.evaluate(pair.getValue(), xml);
                        if (markdown == null || textblock.isBlank()) {
                            continue;
                        }
                        compared++;
                        List<String> converted = spaced(LegacyMarkup.fromMarkdown(markdown.asText()));
                        List<String> legacy = spaced(textblock);
                        if (!converted.equals(legacy)) {
                            differing.add(name + " " + pair.getKey() + ": " + firstDifference(converted, legacy));
                        }
                    }
                    if (differing.isEmpty()) {
                        continue;
                    }
                    if (sameDay(legacyUpdated, v2Updated)) {
                        failures.addAll(differing);
                    } else {
                        // two snapshots of a record edited in between: the texts may differ for real
                        otherVersions.add(name + " (legacy " + legacyUpdated + ", v2 " + v2Updated + ")");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(compared).as("markup fields compared").isGreaterThanOrEqualTo(10);
        assertThat(otherVersions)
                .as("records left out because the two snapshots are different versions")
                .hasSizeLessThanOrEqualTo(1);
        System.out.println("legacy textblocks compared: " + compared + "; other versions left out: " + otherVersions);
    }

    @Test
    void noWordOfAnyRecordIsDropped() {
        List<FieldDef> markup = FieldCatalog.standard().leaves().stream()
                .filter(f -> f.type() == FieldType.MARKUP)
                .toList();
        int fields = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : v2.entrySet()) {
            JsonNode converted = MarkupFormat.LEGACY.applyTo(e.getValue().deepCopy());
            for (FieldDef field : markup) {
                List<String> before = FieldValues.texts(e.getValue(), field);
                List<String> after = FieldValues.texts(converted, field);
                assertThat(after).hasSameSizeAs(before);
                for (int i = 0; i < before.size(); i++) {
                    fields++;
                    List<String> source = words(withoutMarkdownSyntax(before.get(i)));
                    List<String> output = words(after.get(i));
                    int missing = firstMissing(source, output);
                    if (missing >= 0) {
                        failures.add(e.getKey() + " " + field.piece() + ": \"" + source.get(missing) + "\" (word "
                                + missing + ") dropped");
                    }
                }
            }
        }
        assertThat(v2).hasSize(1492);
        assertThat(fields).as("markup values converted").isGreaterThan(4000);
        assertThat(failures).isEmpty();
        System.out.println(
                "markup values converted without a word dropped: " + fields + " in " + v2.size() + " records");
    }

    /** Whitespace-separated tokens: what the legacy textblock and the converted text must share. */
    private static List<String> spaced(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** Runs of letters and digits: markdown's syntax is all punctuation and falls away. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Resolves what markdown itself rewrites: backslash escapes and numeric character references. */
    private static String withoutMarkdownSyntax(String markdown) {
        StringBuilder out = new StringBuilder();
        Matcher escape = BACKSLASH_ESCAPE.matcher(markdown);
        int at = 0;
        while (escape.find()) {
            out.append(decodeEntities(markdown.substring(at, escape.start())));
            out.append(escape.group(1)); // an escaped "&" starts no entity
            at = escape.end();
        }
        out.append(decodeEntities(markdown.substring(at)));
        return out.toString();
    }

    private static String decodeEntities(String text) {
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : ""));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The index of the first source word not found, in order, in the output; -1 when all are. */
    private static int firstMissing(List<String> source, List<String> output) {
        int j = 0;
        for (int i = 0; i < source.size(); i++) {
            while (j < output.size() && !output.get(j).equals(source.get(i))) {
                j++;
            }
            if (j == output.size()) {
                return i;
            }
            j++;
        }
        return -1;
    }

    private static String firstDifference(List<String> converted, List<String> legacy) {
        int i = 0;
        while (i < converted.size() && i < legacy.size() && converted.get(i).equals(legacy.get(i))) {
            i++;
        }
        return "word " + i + ": converted " + converted.subList(i, Math.min(i + 6, converted.size())) + " legacy "
                + legacy.subList(i, Math.min(i + 6, legacy.size()));
    }

    /** Whether the legacy "October 22, 2010" and the v2 "2010-10-22" are the same day. */
    private static boolean sameDay(String legacy, String v2) {
        try {
            return LocalDate.parse(legacy.strip(), DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US))
                    .toString()
                    .equals(v2);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(in);
    }
}
