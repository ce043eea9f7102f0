package org.trialfinder.bench.trec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads patient topics: the TrialGPT-style {@code queries.jsonl} ({@code {"_id","text"}}, TREC 2021,
 * 2022 and SIGIR 2016) and the TREC 2023 topics XML, whose templated questionnaire fields are written
 * out as a short note ("glaucoma. definitive diagnosis: primary open angle glaucoma. intraocular pressure: 48 mmHg.")
 * so that every method ranks from a note alone.
 */
public final class TopicReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicReader() {}

    public static List<Topic> readJsonLines(Path file) {
        List<Topic> topics = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String id = node.path("_id").asText("");
                String text = node.path("text").asText("");
                if (id.isEmpty() || text.isBlank()) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": a topic needs \"_id\" and \"text\"");
                }
                topics.add(new Topic(id, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return topics;
    }

    /** The TREC 2023 topics: topic id = the {@code number} attribute (the judgments use the bare number). */
    public static List<Topic> readTrec2023(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Document doc = parser().parse(in);
            NodeList topicNodes = doc.getElementsByTagName("topic");
            List<Topic> topics = new ArrayList<>();
            for (int i = 0; i < topicNodes.getLength(); i++) {
                Element topic = (Element) topicNodes.item(i);
                NodeList fields = topic.getElementsByTagName("field");
                List<String[]> pairs = new ArrayList<>();
                for (int j = 0; j < fields.getLength(); j++) {
                    Element field = (Element) fields.item(j);
                    pairs.add(new String[] {field.getAttribute("name"), field.getTextContent()});
                }
                topics.add(
                        new Topic(topic.getAttribute("number").trim(), noteOf(topic.getAttribute("template"), pairs)));
            }
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": not readable topics XML: " + e.getMessage(), e);
        }
    }

    /**
     * The template's disorder as the first sentence (it is part of the published topic, and some topics
     * name their disorder nowhere else: an anxiety topic's "definitive diagnosis: yes"), then "name: value."
     * for each field with a value, in the topic's order; empty fields are left out.
     */
    static String noteOf(String template, List<String[]> fields) {
        StringBuilder note = new StringBuilder();
        if (template != null && !template.isBlank()) {
            note.append(template.strip()).append('.');
        }
        for (String[] f : fields) {
            String name = f[0].trim();
            String value = f[1].trim().replaceAll("\\s+", " ");
            if (value.isEmpty()) {
                continue;
            }
            if (!note.isEmpty()) {
                note.append(' ');
            }
            note.append(name).append(": ").append(value);
            if (!value.endsWith(".")) {
                note.append('.');
            }
        }
        return note.toString();
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
