package org.trialfinder.app.seo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.trialfinder.app.site.browse.BrowsePaths;
import org.trialfinder.search.browse.BrowseCount;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StudyStore;

/**
 * The site's sitemaps (sitemaps.org protocol 0.9): an index ({@code /sitemap.xml}) naming gzip-compressed files of
 * at most 50,000 URLs each: {@code pages-1.xml.gz} (home, search, glossary, patient finder, the condition and
 * location indexes), {@code trials-N.xml.gz} (every stored trial, {@code lastmod} its last update post date),
 * {@code conditions-N.xml.gz} and {@code locations-N.xml.gz} (countries, regions, cities). What they list is read
 * once per data version (ids and dates from the store's doc values, names from the browse counts, never a record)
 * and each file is written per request, streamed, with the request's public address.
 */
public final class Sitemaps {
    /** The protocol's limit of URLs in one file. */
    public static final int MAX_URLS_PER_FILE = 50_000;
    /** The protocol's limit of a URL's length (the schema's {@code tLoc}): a longer one is left out. */
    static final int MAX_URL_LENGTH = 2048;

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern FILE =
            Pattern.compile("(pages|trials|conditions|locations)-([1-9][0-9]{0,5})\\.xml\\.gz");
    private static final List<String> PAGES = List.of("/", "/search", "/glossary", "/patient");

    private final StudyStore store;
    private final StudyBrowse browse;
    private final int urlsPerFile;
    private volatile Contents contents;

    /** One data version's lists, each cut into files of {@link #urlsPerFile}. */
    private record Contents(String version, String modified, List<Section> sections) {}

    /** What one kind of file lists: entry {@code i}'s path and last modification (null: not known). */
    private interface Section {
        String name();

        int size();

        String path(int i);

        LocalDate lastmod(int i);

        /** The last modification of the file holding entries {@code from} to {@code to} (exclusive), or null. */
        String modified(int from, int to, String dataModified);
    }

    /** A file of an index: its name and last modification (W3C datetime, or null). */
    public record SitemapFile(String name, String lastmod) {}

    public Sitemaps(StudyStore store, StudyBrowse browse) {
        this(store, browse, MAX_URLS_PER_FILE);
    }

    /** With files of at most {@code urlsPerFile} URLs (fewer than the protocol's limit: to test the cutting). */
    public Sitemaps(StudyStore store, StudyBrowse browse, int urlsPerFile) {
        if (urlsPerFile < 1 || urlsPerFile > MAX_URLS_PER_FILE) {
            throw new IllegalArgumentException(
                    "a sitemap file holds 1 to " + MAX_URLS_PER_FILE + " URLs, not " + urlsPerFile);
        }
        this.store = store;
        this.browse = browse;
        this.urlsPerFile = urlsPerFile;
    }

    /** The files the index names, in order. */
    public List<SitemapFile> files() {
        Contents c = contents();
        List<SitemapFile> out = new ArrayList<>();
        for (Section s : c.sections()) {
            for (int from = 0, n = 1; from < s.size(); from += urlsPerFile, n++) {
                out.add(new SitemapFile(
                        s.name() + "-" + n + ".xml.gz",
                        s.modified(from, Math.min(s.size(), from + urlsPerFile), c.modified())));
            }
        }
        return out;
    }

    /** Writes the sitemap index (UTF-8 XML) naming every file under {@code base}. */
    public void writeIndex(String base, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
        for (SitemapFile f : files()) {
            w.write("  <sitemap><loc>");
            w.write(escape(base + "/sitemaps/" + f.name()));
            w.write("</loc>");
            if (f.lastmod() != null) {
                w.write("<lastmod>" + f.lastmod() + "</lastmod>");
            }
            w.write("</sitemap>\n");
        }
        w.write("</sitemapindex>\n");
        w.flush();
    }

    /** Whether {@code name} is a file of the current index. */
    public boolean exists(String name) {
        return locate(name).isPresent();
    }

    /**
     * Writes the file {@code name} (a urlset, gzip-compressed) with its URLs under {@code base}.
     *
     * @throws IllegalArgumentException when the index names no such file (check {@link #exists} first)
     */
    public void writeFile(String name, String base, OutputStream out) throws IOException {
        Slice slice = locate(name).orElseThrow(() -> new IllegalArgumentException("no sitemap file " + name));
        GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024);
        Writer w = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 64 * 1024);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NAMESPACE + "\">\n");
        for (int i = slice.from(); i < slice.to(); i++) {
            String url = base + slice.section().path(i);
            if (url.length() > MAX_URL_LENGTH) {
                continue;
            }
            w.write("  <url><loc>");
            w.write(escape(url));
            w.write("</loc>");
            LocalDate lastmod = slice.section().lastmod(i);
            if (lastmod != null) {
                w.write("<lastmod>" + lastmod + "</lastmod>");
            }
            w.write("</url>\n");
        }
        w.write("</urlset>\n");
        w.flush();
        gzip.finish();
    }

    private record Slice(Section section, int from, int to) {}

    private Optional<Slice> locate(String name) {
        Matcher m = FILE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = (Integer.parseInt(m.group(2)) - 1) * urlsPerFile;
        for (Section s : contents().sections()) {
            if (s.name().equals(m.group(1)) && from < s.size()) {
                return Optional.of(new Slice(s, from, Math.min(s.size(), from + urlsPerFile)));
            }
        }
        return Optional.empty();
    }

    /** The lists of the data version readers see now, read again only when it changed. */
    private Contents contents() {
        String version = store.metadata().get(StoreMetadata.DATA_TIMESTAMP).orElse("") + "/" + store.count();
        Contents c = contents;
        if (c == null || !c.version().equals(version)) {
            c = read(version);
            contents = c;
        }
        return c;
    }

    private Contents read(String version) {
        String modified = store.metadata()
                .get(StoreMetadata.DATA_TIMESTAMP)
                .map(Sitemaps::w3cDateTime)
                .orElse(null);
        StudyUpdates trials = StudyUpdates.read(store);
        List<String> pages = new ArrayList<>(PAGES);
        pages.addAll(BrowsePaths.indexes(browse));
        List<BrowseCount> conditions = BrowsePaths.conditions(browse);
        List<BrowseCount> places = BrowsePaths.places(browse);
        List<Section> sections = List.of(
                new Listed("pages", pages.size(), pages::get),
                new Trials(trials),
                new Listed("conditions", conditions.size(), i -> BrowsePaths.condition(conditions.get(i))),
                new Listed("locations", places.size(), i -> BrowsePaths.place(places.get(i))));
        return new Contents(version, modified, sections);
    }

    /** Pages whose own change dates are not kept: the file changes with the data. */
    private record Listed(String name, int size, IntFunction<String> paths) implements Section {
        @Override
        public String path(int i) {
            return paths.apply(i);
        }

        @Override
        public LocalDate lastmod(int i) {
            return null;
        }

        @Override
        public String modified(int from, int to, String dataModified) {
            return dataModified;
        }
    }

    private record Trials(StudyUpdates updates) implements Section {
        @Override
        public String name() {
            return "trials";
        }

        @Override
        public int size() {
            return updates.size();
        }

        @Override
        public String path(int i) {
            return "/study/" + updates.id(i);
        }

        @Override
        public LocalDate lastmod(int i) {
            return updates.lastUpdate(i);
        }

        @Override
        public String modified(int from, int to, String dataModified) {
            LocalDate newest = updates.newest(from, to);
            return newest == null ? dataModified : newest.toString();
        }
    }

    /** The store's data timestamp (an instant) to the second, as W3C datetime; null when it is not one. */
    private static String w3cDateTime(String instant) {
        try {
            return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            String r = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                b.append(r != null ? r : String.valueOf(text.charAt(i)));
            }
        }
        return b == null ? text : b.toString();
    }
}
