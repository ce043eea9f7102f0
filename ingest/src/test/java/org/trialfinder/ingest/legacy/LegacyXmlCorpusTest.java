package org.trialfinder.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Converts every record of the shared legacy zips (and checks that the free-text fields keep every
 * word); skipped when the shared data folder is absent, as in a fresh clone.
 */
class LegacyXmlCorpusTest {

    private static Path data(String name) {
        for (Path p : List.of(
                Path.of("/work/shared/data", name),
                Path.of("../../shared/data", name),
                Path.of("../shared/data", name))) {
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    @Test
    void converts2023ZipWithoutException() throws Exception {
        Path zip = data("ctgov-legacy-xml-2023.zip");
        assumeTrue(zip != null, "shared data not present");
        assertThat(convertAll(zip)).isEqualTo(6785);
    }

    @Test
    void convertsTrec2022SampleWithoutException() throws Exception {
        Path zip = data("ctgov-legacy-xml-trec2022-sample.zip");
        assumeTrue(zip != null, "shared data not present");
        assertThat(convertAll(zip)).isEqualTo(65);
    }

    private static int convertAll(Path zip) throws Exception {
        LegacyXmlConverter converter = new LegacyXmlConverter();
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || !e.getName().endsWith(".xml")) continue;
                n++;
                byte[] bytes;
                try (InputStream in = zf.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                try (InputStream in = new ByteArrayInputStream(bytes)) {
                    ObjectNode study = converter.convert(in, e.getName());
                    checkTextKeepsEveryWord(bytes, study, e.getName(), failures);
                    String nct = study.at("/protocolSection/identificationModule/nctId")
                            .asText();
                    if (!e.getName().endsWith(nct + ".xml")) failures.add(e.getName() + ": nctId " + nct);
                    if (study.at("/protocolSection/statusModule/overallStatus").isMissingNode()) {
                        failures.add(e.getName() + ": no overallStatus");
                    }
                } catch (LegacyXmlException ex) {
                    failures.add(ex.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
        return n;
    }

    /** Free text must keep every word of the XML (only whitespace and list markers change). */
    private static void checkTextKeepsEveryWord(byte[] xml, ObjectNode study, String name, List<String> failures)
            throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        XPath xp = XPathFactory.newInstance().newXPath();
        String[][] pairs = {
            {"/clinical_study/eligibility/criteria/textblock", "/protocolSection/eligibilityModule/eligibilityCriteria"
            },
            {"/clinical_study/brief_summary/textblock", "/protocolSection/descriptionModule/briefSummary"},
            {"/clinical_study/detailed_description/textblock", "/protocolSection/descriptionModule/detailedDescription"
            },
            {"/clinical_study/eligibility/study_pop/textblock", "/protocolSection/eligibilityModule/studyPopulation"}
        };
        for (String[] p : pairs) {
            String raw = xp.evaluate(p[0], doc);
            String converted =
                    study.at(p[1]).isMissingNode() ? null : study.at(p[1]).asText();
            List<String> expected = raw.isBlank() ? List.of() : LegacyXmlConverterRecordsTest.xmlWords(raw);
            if (!expected.equals(LegacyXmlConverterRecordsTest.words(converted))) {
                failures.add(name + ": words differ in " + p[1]);
            }
        }
    }
}
