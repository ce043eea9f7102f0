package org.trialfinder.ingest.source;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.trialfinder.model.StudyJson;

/**
 * Streams the studies of files, directories, zips and gzip files to a consumer, one at a time, so
 * memory stays flat whatever the input size. Nothing here throws for bad input: every problem
 * becomes a {@link SourceItem.Unreadable} naming the file (and entry or line) and the reason, and
 * reading goes on with the next record where the format allows it.
 */
public final class SourceReader {
    /** A single study or one zip entry larger than this is refused rather than exhausting memory. */
    static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    private final ObjectMapper mapper = StudyJson.mapper();
    /** Reads one value at a time out of a larger document (a page, an array), so trailing content is expected. */
    private final ObjectReader valueReader =
            StudyJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final AtomicLong bytesRead = new AtomicLong();

    /** Bytes of input consumed so far (compressed bytes for compressed files). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Total size of the given paths on disk, for progress; directories are walked. */
    public static long totalBytes(List<Path> paths) {
        long total = 0;
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        total += walk.filter(Files::isRegularFile)
                                .mapToLong(f -> {
                                    try {
                                        return Files.size(f);
                                    } catch (IOException e) {
                                        return 0;
                                    }
                                })
                                .sum();
                    }
                } else if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // Size is only for the progress bar; a path that cannot be sized is reported when read.
            }
        }
        return total;
    }

    public void read(Path path, Consumer<SourceItem> sink) {
        String origin = path.toString();
        if (!Files.exists(path)) {
            sink.accept(new SourceItem.Unreadable(origin, "no such file or directory"));
            return;
        }
        if (Files.isDirectory(path)) {
            readDirectory(path, sink);
            return;
        }
        if (!Files.isReadable(path)) {
            sink.accept(new SourceItem.Unreadable(origin, "file is not readable (permission denied)"));
            return;
        }
        try (InputStream raw = new CountingInputStream(Files.newInputStream(path), bytesRead)) {
            readStream(origin, path.getFileName().toString(), new BufferedInputStream(raw, 1 << 16), sink);
        } catch (AccessDeniedException e) {
            sink.accept(new SourceItem.Unreadable(origin, "file is not readable (permission denied)"));
        } catch (NoSuchFileException e) {
            sink.accept(new SourceItem.Unreadable(origin, "no such file"));
        } catch (IOException e) {
            sink.accept(new SourceItem.Unreadable(origin, "cannot read: " + describe(e)));
        }
    }

    private void readDirectory(Path dir, Consumer<SourceItem> sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new SourceItem.Unreadable(dir.toString(), "cannot list directory: " + e.getMessage()));
        }
        for (Path f : files) {
            read(f, sink);
        }
    }

    /** Reads one stream whose format is given by {@code name} (or sniffed). */
    public void readStream(String origin, String name, InputStream in, Consumer<SourceItem> sink) throws IOException {
        if (SourceFormat.isGzip(name)) {
            InputStream gz;
            try {
                gz = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            } catch (ZipException | EOFException e) {
                sink.accept(new SourceItem.Unreadable(origin, "not a readable gzip file: " + describe(e)));
                return;
            }
            readStream(origin, name.substring(0, name.length() - 3), gz, sink);
            return;
        }
        SourceFormat format = SourceFormat.fromName(name);
        if (format == SourceFormat.UNKNOWN) {
            format = sniff(in);
            if (format == SourceFormat.UNKNOWN) {
                sink.accept(new SourceItem.Unreadable(
                        origin,
                        "not a ClinicalTrials.gov file: expected .json, .jsonl, .xml, .zip or one of them .gz"));
                return;
            }
        }
        switch (format) {
            case JSON -> readJson(origin, in, sink);
            case JSON_LINES -> readJsonLines(origin, in, sink);
            case LEGACY_XML -> readXml(origin, in, sink);
            case ZIP -> readZip(origin, in, sink);
            case UNKNOWN -> throw new IllegalStateException("unreachable");
        }
    }

    /** Looks at the first non-blank byte: '{' or '[' is JSON, '<' is XML, "PK" is a zip. */
    private static SourceFormat sniff(InputStream in) throws IOException {
        in.mark(4096);
        try {
            int first = in.read();
            int second = in.read();
            if (first == 'P' && second == 'K') {
                return SourceFormat.ZIP;
            }
            int c = first;
            int seen = 0;
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF) {
                c = seen++ == 0 ? second : in.read();
            }
            return switch (c) {
                case '{', '[' -> SourceFormat.JSON;
                case '<' -> SourceFormat.LEGACY_XML;
                default -> SourceFormat.UNKNOWN;
            };
        } finally {
            in.reset();
        }
    }

    private void readXml(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        byte[] bytes = readBounded(origin, in, sink);
        if (bytes != null) {
            sink.accept(new SourceItem.LegacyXml(origin, bytes));
        }
    }

    /**
     * A JSON file holds one study, an API page {@code {"studies":[…],"nextPageToken":…}} or an array
     * of studies. Pages and arrays are streamed element by element.
     */
    private void readJson(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        int[] streamed = {0};
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                sink.accept(new SourceItem.Unreadable(origin, "empty file"));
                return;
            }
            if (first == JsonToken.START_ARRAY) {
                readStudyArray(origin, "", p, sink, streamed);
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                sink.accept(new SourceItem.Unreadable(origin, "expected a JSON object or array, found " + p.getText()));
                return;
            }
            ObjectNode single = mapper.createObjectNode();
            boolean page = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("studies".equals(field) && value == JsonToken.START_ARRAY) {
                    page = true;
                    readStudyArray(origin, "studies", p, sink, streamed);
                } else {
                    single.set(field, valueReader.readTree(p));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(p, "unexpected content after the top-level object's fields");
            }
            if (!page) {
                sink.accept(new SourceItem.JsonTree(origin, single));
            }
            if (p.nextToken() != null) {
                sink.accept(new SourceItem.Unreadable(
                        origin,
                        "unexpected content after the top-level JSON value at line "
                                + p.currentLocation().getLineNr()));
            }
        } catch (EOFException | JsonEOFException e) {
            sink.accept(new SourceItem.Unreadable(
                    origin,
                    "file ends in the middle of a JSON value (truncated?)"
                            + (streamed[0] > 0 ? " after " + streamed[0] + " studies" : "")));
        } catch (JsonParseException e) {
            sink.accept(new SourceItem.Unreadable(
                    origin + (streamed[0] > 0 ? " after " + streamed[0] + " studies" : ""),
                    "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
    }

    /** Streams the elements of an array the parser is positioned on, counting them in {@code streamed[0]}. */
    private void readStudyArray(
            String origin, String arrayName, JsonParser p, Consumer<SourceItem> sink, int[] streamed)
            throws IOException {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw new JsonEOFException(p, null, "array not closed");
            }
            String where = origin + "#" + arrayName + "[" + i + "]";
            JsonNode node = valueReader.readTree(p);
            sink.accept(
                    node.isObject()
                            ? new SourceItem.JsonTree(where, node)
                            : new SourceItem.Unreadable(
                                    where,
                                    "expected a study object, found "
                                            + node.getNodeType().name().toLowerCase()));
            i++;
            streamed[0]++;
        }
    }

    private void readJsonLines(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        ByteLines lines = new ByteLines(in);
        byte[] line;
        int lineNo = 0;
        try {
            while ((line = lines.next()) != null) {
                lineNo++;
                if (ByteLines.isBlank(line)) {
                    continue;
                }
                sink.accept(new SourceItem.JsonBytes(origin + ":" + lineNo, line));
            }
        } catch (EOFException | ZipException e) {
            sink.accept(new SourceItem.Unreadable(
                    origin + ":" + (lineNo + 1),
                    "file is truncated or corrupt after line " + lineNo + ": " + describe(e)));
        }
    }

    /**
     * Streams a zip's entries without needing its central directory, so a truncated zip still
     * yields every entry before the damage (and one rejection saying where it broke).
     */
    private void readZip(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        String last = null;
        int entries = 0;
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (base.startsWith(".") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                last = name;
                entries++;
                String entryOrigin = origin + "!" + name;
                SourceFormat format = SourceFormat.fromName(name);
                if (format == SourceFormat.ZIP) {
                    sink.accept(
                            new SourceItem.Unreadable(entryOrigin, "zip inside a zip is not read; unpack it first"));
                    continue;
                }
                if (format == SourceFormat.UNKNOWN && !base.contains(".")) {
                    continue; // READMEs and other extension-less files that bulk zips sometimes carry
                }
                readStream(entryOrigin, name, new NonClosingInputStream(zip), sink);
            }
        } catch (ZipException | EOFException e) {
            sink.accept(new SourceItem.Unreadable(
                    origin,
                    "zip is truncated or corrupt after " + entries + " entries"
                            + (last == null ? "" : " (last read: " + last + ")") + ": " + describe(e)));
        }
    }

    private byte[] readBounded(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        byte[] buf = new byte[16 * 1024];
        int n;
        try {
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_RECORD_BYTES) {
                    sink.accept(new SourceItem.Unreadable(
                            origin, "record larger than " + (MAX_RECORD_BYTES >> 20) + " MB"));
                    return null;
                }
            }
        } catch (EOFException | ZipException e) {
            sink.accept(new SourceItem.Unreadable(origin, "file is truncated or corrupt: " + describe(e)));
            return null;
        }
        return out.toByteArray();
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
