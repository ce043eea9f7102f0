package org.trialfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.trialfinder.model.StudyJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a corpus of generated studies built from real ClinicalTrials.gov API v2 records, so the
 * record-size distribution (and everything the ingest does per record) is real.
 *
 * <p>Each generated study is a template (a real record, drawn uniformly with a seeded RNG) with a
 * fresh NCT id in {@code NCT9xxxxxxx} (real ids are far below), no {@code nctIdAliases}, and light
 * variation so no two records are byte-identical: {@code lastUpdatePostDateStruct.date} moved by up
 * to a year within the templates' date range, {@code overallStatus} redrawn from the templates'
 * distribution (half the time), {@code enrollmentInfo.count} jittered by up to ±20%, and (one record
 * in five) the sites of another template. The same templates, count and seed always give the same
 * bytes. Only the templates (as compact bytes) are held: output is streamed.
 */
public final class CorpusGenerator {
    /** The real v2 sample shipped in the app jar (resources {@code sample/}). */
    public static final String SAMPLE_RESOURCE = "sample/ctgov-v2-sample.jsonl.gz";

    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_STUDIES = 100_000;
    /** Generated ids are {@code NCT9} + 7 digits, so at most this many distinct ones. */
    public static final long MAX_STUDIES = 10_000_000L;

    private static final double STATUS_REDRAW = 0.5;
    private static final double LOCATION_SWAP = 0.2;
    private static final double ENROLLMENT_JITTER = 0.2;
    private static final int DATE_JITTER_DAYS = 365;
    /** Multiplier of the id permutation: coprime with 10^7, so i -> (i*M + offset) mod 10^7 is a bijection. */
    private static final long ID_MULTIPLIER = 7_368_787L;

    private final ObjectMapper mapper = StudyJson.mapper();
    private final List<byte[]> templates;
    /** Indexes of templates that have a non-empty {@code locations} array (donors for the site swap). */
    private final int[] withLocations;
    /** One overallStatus per template that has one: drawing uniformly gives the real distribution. */
    private final String[] statuses;

    private final LocalDate minDate;
    private final LocalDate maxDate;

    /** What one generated study is: its id and its compact UTF-8 JSON (no trailing newline). */
    public record GeneratedStudy(long index, String nctId, byte[] json) {}

    /** What a written corpus is. */
    public record Result(Path file, long studies, long bytesWritten, long uncompressedBytes, SizeStats sizes) {}

    public CorpusGenerator(List<byte[]> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no templates");
        }
        this.templates = List.copyOf(templates);
        List<Integer> donors = new ArrayList<>();
        List<String> st = new ArrayList<>();
        LocalDate min = null;
        LocalDate max = null;
        for (int i = 0; i < this.templates.size(); i++) {
            JsonNode tree = readTree(this.templates.get(i));
            JsonNode locations = tree.at("/protocolSection/contactsLocationsModule/locations");
            if (locations.isArray() && !locations.isEmpty()) {
                donors.add(i);
            }
            JsonNode status = tree.at("/protocolSection/statusModule/overallStatus");
            if (status.isTextual()) {
                st.add(status.asText());
            }
            LocalDate d = parseDay(tree.at("/protocolSection/statusModule/lastUpdatePostDateStruct/date")
                    .asText(null));
            if (d != null) {
                min = min == null || d.isBefore(min) ? d : min;
                max = max == null || d.isAfter(max) ? d : max;
            }
        }
        this.withLocations = donors.stream().mapToInt(Integer::intValue).toArray();
        this.statuses = st.toArray(String[]::new);
        this.minDate = min == null ? LocalDate.of(2000, 1, 1) : min;
        this.maxDate = max == null ? LocalDate.now() : max;
    }

    /** Templates from the real v2 sample on the classpath (the app jar carries it). */
    public static CorpusGenerator fromSample() {
        InputStream in = CorpusGenerator.class.getClassLoader().getResourceAsStream(SAMPLE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(SAMPLE_RESOURCE + " is not on the classpath; pass --templates");
        }
        try (in) {
            return new CorpusGenerator(readLines(new GZIPInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Templates from a JSON Lines file of real v2 records ({@code .gz} or not). */
    public static CorpusGenerator fromJsonLines(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new CorpusGenerator(readLines(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates from " + file, e);
        }
    }

    private static List<byte[]> readLines(InputStream in) throws IOException {
        List<byte[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank()) {
                out.add(line.strip().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    public int templateCount() {
        return templates.size();
    }

    /** Size figures of the templates, as they are (the real sample's distribution). */
    public SizeStats templateSizes() {
        return SizeStats.of(templates.stream().mapToLong(t -> t.length).toArray());
    }

    /** The id of the {@code index}-th generated study: unique for index < {@link #MAX_STUDIES}, valid, NCT9xxxxxxx. */
    public static String nctId(long index, long seed) {
        long offset = Math.floorMod(new SplittableRandom(seed).nextLong(), MAX_STUDIES);
        long n = Math.floorMod(index * ID_MULTIPLIER + offset, MAX_STUDIES);
        return String.format(Locale.ROOT, "NCT9%07d", n);
    }

    /** Generates {@code n} studies in order and hands each to {@code sink}. Deterministic for a seed. */
    public void generate(long n, long seed, Consumer<GeneratedStudy> sink) {
        if (n < 0 || n > MAX_STUDIES) {
            throw new IllegalArgumentException("studies must be between 0 and " + MAX_STUDIES);
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (long i = 0; i < n; i++) {
            String id = nctId(i, seed);
            ObjectNode tree = (ObjectNode) readTree(templates.get(rnd.nextInt(templates.size())));
            vary(tree, id, rnd);
            try {
                sink.accept(new GeneratedStudy(i, id, mapper.writeValueAsBytes(tree)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void vary(ObjectNode tree, String id, SplittableRandom rnd) {
        ObjectNode protocol = object(tree, "protocolSection");
        ObjectNode ident = object(protocol, "identificationModule");
        ident.put("nctId", id);
        ident.remove("nctIdAliases");

        ObjectNode status = object(protocol, "statusModule");
        // Dates: move the last update by up to a year, kept within the real range and after the first post.
        if (status.get("lastUpdatePostDateStruct") instanceof ObjectNode lastUpdate) {
            LocalDate day = parseDay(lastUpdate.path("date").asText(null));
            if (day != null) {
                LocalDate floor = minDate;
                LocalDate firstPost =
                        parseDay(status.at("/studyFirstPostDateStruct/date").asText(null));
                if (firstPost != null && firstPost.isAfter(floor)) {
                    floor = firstPost;
                }
                LocalDate moved = day.plusDays(rnd.nextInt(-DATE_JITTER_DAYS, DATE_JITTER_DAYS + 1));
                if (moved.isBefore(floor)) {
                    moved = floor;
                }
                if (moved.isAfter(maxDate)) {
                    moved = maxDate.isBefore(floor) ? floor : maxDate;
                }
                lastUpdate.put("date", moved.toString());
                if (parseDay(status.path("lastUpdateSubmitDate").asText(null)) != null) {
                    LocalDate submitted = moved.minusDays(rnd.nextInt(0, 4));
                    status.put("lastUpdateSubmitDate", (submitted.isBefore(floor) ? floor : submitted).toString());
                }
            }
        }
        if (status.has("overallStatus") && statuses.length > 0 && rnd.nextDouble() < STATUS_REDRAW) {
            status.put("overallStatus", statuses[rnd.nextInt(statuses.length)]);
        }

        if (protocol.path("designModule").path("enrollmentInfo") instanceof ObjectNode enrollment
                && enrollment.path("count").isIntegralNumber()) {
            long count = enrollment.path("count").asLong();
            long jittered = Math.round(count * (1 + rnd.nextDouble(-ENROLLMENT_JITTER, ENROLLMENT_JITTER)));
            enrollment.put("count", (int) Math.max(0, Math.min(Integer.MAX_VALUE, jittered)));
        }

        if (withLocations.length > 0
                && rnd.nextDouble() < LOCATION_SWAP
                && protocol.path("contactsLocationsModule") instanceof ObjectNode contacts
                && contacts.path("locations").isArray()) {
            JsonNode donor = readTree(templates.get(withLocations[rnd.nextInt(withLocations.length)]));
            contacts.set("locations", (ArrayNode) donor.at("/protocolSection/contactsLocationsModule/locations"));
        }
    }

    /** Writes {@code n} studies to {@code out}: a zip in the bulk layout if it ends with .zip, gzip JSON Lines otherwise. */
    public Result write(Path out, long n, long seed) {
        boolean zip = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        long[] sizes = new long[Math.toIntExact(n)];
        long[] total = {0};
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = out.resolveSibling(
                    out.getFileName() + ".part"); // a plain file (createTempFile would make it owner-only)
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                if (zip) {
                    try (ZipOutputStream z = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                        generate(n, seed, s -> {
                            try {
                                z.putNextEntry(new ZipEntry(s.nctId().substring(0, 7) + "xxxx/" + s.nctId() + ".json"));
                                z.write(s.json());
                                z.closeEntry();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            sizes[(int) s.index()] = s.json().length;
                            total[0] += s.json().length;
                        });
                    }
                } else {
                    try (OutputStream gz = new BufferedOutputStream(new GZIPOutputStream(file, 1 << 16), 1 << 16)) {
                        generate(n, seed, s -> {
                            try {
                                gz.write(s.json());
                                gz.write('\n');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            sizes[(int) s.index()] = s.json().length;
                            total[0] += s.json().length + 1;
                        });
                    }
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(out, n, Files.size(out), total[0], SizeStats.of(sizes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Prints what was written and the record sizes next to the templates'. */
    public void report(Result r, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "wrote %,d studies to %s: %,d bytes on disk (%,d bytes of JSON)%n",
                r.studies(),
                r.file(),
                r.bytesWritten(),
                r.uncompressedBytes());
        printSizes(r.sizes(), templateSizes(), out);
    }

    static void printSizes(SizeStats generated, SizeStats real, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "record size (bytes)   %10s %10s %10s %10s %10s%n",
                "records",
                "mean",
                "median",
                "p95",
                "max");
        out.printf(
                Locale.ROOT,
                "  generated           %,10d %,10.0f %,10d %,10d %,10d%n",
                generated.count(),
                generated.mean(),
                generated.median(),
                generated.p95(),
                generated.max());
        out.printf(
                Locale.ROOT,
                "  real sample         %,10d %,10.0f %,10d %,10d %,10d%n",
                real.count(),
                real.mean(),
                real.median(),
                real.p95(),
                real.max());
    }

    private JsonNode readTree(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a template is not JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode o ? o : parent.putObject(field);
    }

    private static LocalDate parseDay(String s) {
        if (s == null || s.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Mean, median, p95 and max of a set of sizes. */
    public record SizeStats(long count, double mean, long median, long p95, long max) {
        public static SizeStats of(long[] values) {
            if (values.length == 0) {
                return new SizeStats(0, 0, 0, 0, 0);
            }
            long[] v = values.clone();
            Arrays.sort(v);
            double sum = 0;
            for (long x : v) {
                sum += x;
            }
            return new SizeStats(
                    v.length,
                    sum / v.length,
                    v[(v.length - 1) / 2],
                    v[(int) Math.min(v.length - 1, Math.ceil(0.95 * v.length) - 1)],
                    v[v.length - 1]);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = "Writes a generated corpus built from real ClinicalTrials.gov v2 records: "
                    + "gzip JSON Lines, or a bulk-style zip of NCTnnnnxxxx/NCTnnnnnnnn.json if FILE ends with .zip.")
    static final class GenerateCommand implements Callable<Integer> {
        @Option(
                names = "--studies",
                defaultValue = "" + DEFAULT_STUDIES,
                description = "How many studies (default ${DEFAULT-VALUE}).")
        long studies;

        @Option(
                names = "--seed",
                defaultValue = "" + DEFAULT_SEED,
                description = "RNG seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .jsonl.gz or .zip.")
        Path out;

        @Option(
                names = "--templates",
                paramLabel = "FILE",
                description = "Real v2 records as JSON Lines (.gz or not); default: the sample shipped in the jar.")
        Path templates;

        @Override
        public Integer call() {
            CorpusGenerator gen = templates == null ? fromSample() : fromJsonLines(templates);
            long t0 = System.nanoTime();
            Result r = gen.write(out, studies, seed);
            gen.report(r, System.out);
            System.out.printf(
                    Locale.ROOT,
                    "generated in %.1f s from %,d templates (seed %d)%n",
                    (System.nanoTime() - t0) / 1e9,
                    gen.templateCount(),
                    seed);
            return 0;
        }
    }
}
