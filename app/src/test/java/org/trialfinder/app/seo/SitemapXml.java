package org.trialfinder.app.seo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reading and validating sitemaps as a search engine would: against the official sitemaps.org schemas (test
 * resources, see NOTICE.md there) with {@code javax.xml.validation}, then the {@code loc} and {@code lastmod} of
 * each entry with a namespace-aware DOM parser.
 */
final class SitemapXml {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final Schema SITEMAP = schema("sitemap.xsd");
    static final Schema SITE_INDEX = schema("siteindex.xsd");

    /** One entry: a {@code <url>} of a urlset or a {@code <sitemap>} of an index. */
    record Entry(String loc, String lastmod) {}

    private SitemapXml() {}

    /** Throws with the validator's message (line, column, what) when {@code xml} does not follow {@code schema}. */
    static void validate(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against the sitemaps.org schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a urlset ({@code url}) or an index ({@code sitemap}). */
    static List<Entry> entries(byte[] xml, String element) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            NodeList nodes = doc.getElementsByTagNameNS(NAMESPACE, element);
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                out.add(new Entry(text(e, "loc"), text(e, "lastmod")));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("cannot read the sitemap: " + e.getMessage(), e);
        }
    }

    static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError("not gzip: " + e.getMessage(), e);
        }
    }

    private static String text(Element parent, String name) {
        NodeList n = parent.getElementsByTagNameNS(NAMESPACE, name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private static Schema schema(String name) {
        URL xsd = SitemapXml.class.getResource(name);
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
