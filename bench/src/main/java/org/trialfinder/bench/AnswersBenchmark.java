package org.trialfinder.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The acceptance's answer comparison of issue 10: the same N-study corpus ingested by the baseline jar and by the
 * current one, each into its own store (kept beside the jar's checksum and reused only for the same jar), both served
 * at once, and the same seeded requests of the load benchmark's mix sent to both; see {@link AnswerComparison} for
 * what is compared and how.
 */
@Command(
        name = "answers",
        mixinStandardHelpOptions = true,
        description = {
            "Compares the answers of a store built (ingested and served) by a baseline jar with those of one built by "
                    + "the current app jar: the same Q requests of the load mix (countTotal=true) to both servers; "
                    + "totals and ids must be equal (in order where the sort is total, as sets where relevance ranks). "
                    + "Exits 1 on any difference."
        })
public final class AnswersBenchmark implements Callable<Integer> {
    @Mixin
    ProjectRoot root;

    @Mixin
    ServerJvm server;

    @Option(
            names = "--studies",
            defaultValue = "" + CorpusGenerator.DEFAULT_STUDIES,
            description = "Studies in each store (default ${DEFAULT-VALUE}).")
    long studies;

    @Option(
            names = "--seed",
            defaultValue = "" + CorpusGenerator.DEFAULT_SEED,
            description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--query-seed",
            defaultValue = "1",
            description = "Seed of the query mix (default ${DEFAULT-VALUE}).")
    long querySeed;

    @Option(
            names = "--queries",
            defaultValue = "1000",
            description = "Requests of the mix compared (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--baseline-jar",
            required = true,
            paramLabel = "JAR",
            description = "The app jar of the baseline (e.g. main before the work).")
    Path baselineJar;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Folder of generated corpora (default: <root>/bench/target/corpus).")
    Path cache;

    @Option(names = "--show", defaultValue = "30", description = "Differences to print (default ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path home = root.path();
        Path appJar = home.resolve("app/target/trialfinder.jar");
        if (!Files.isRegularFile(appJar) || !Files.isRegularFile(baselineJar)) {
            throw new IOException("need both " + appJar + " and " + baselineJar);
        }
        Path work = Files.createDirectories(home.resolve("bench/target/answers"));
        // private copies: other builds may rewrite the jars while the servers run from them
        Path current = copy(appJar, work.resolve("current/trialfinder.jar"));
        Path baseline = copy(baselineJar, work.resolve("baseline/trialfinder.jar"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> jvm = server.options(List.of());
        Path corpora = cache != null ? cache : home.resolve("bench/target/corpus");

        Path baselineStore = work.resolve("baseline/store-n" + studies);
        Path currentStore = work.resolve("current/store-n" + studies);
        out.printf(Locale.ROOT, "baseline: %s -> %s%n", baselineJar, baselineStore);
        prepare(java, jvm, baseline, baselineStore, corpora, out);
        out.printf(Locale.ROOT, "current: %s -> %s%n", appJar, currentStore);
        prepare(java, jvm, current, currentStore, corpora, out);

        QueryMix mix = QueryMix.fromSample(studies, seed, querySeed);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            paths.add(mix.query(i).path());
        }
        long timeout = Timeouts.serverStartSeconds(studies);
        try (ServerProcess a = ServerProcess.start(java, jvm, baseline, baselineStore, out, timeout);
                ServerProcess b = ServerProcess.start(java, jvm, current, currentStore, out, timeout);
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build()) {
            out.printf(
                    Locale.ROOT,
                    "comparing %,d requests of the mix (seed %d): baseline (%,d studies) vs current (%,d studies)%n",
                    paths.size(),
                    querySeed,
                    a.studies(),
                    b.studies());
            AnswerComparison.Report r = new AnswerComparison(
                            client, "http://127.0.0.1:" + a.port(), "http://127.0.0.1:" + b.port())
                    .compare(paths);
            return report(r, out);
        }
    }

    int report(AnswerComparison.Report r, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "compared: %,d lists in order (a total sort), %,d lists as sets (ranked by relevance; %,d of them in "
                        + "another order, not a failure), %,d single-study fetches%n",
                r.ordered(),
                r.asSets(),
                r.relevanceOrderDiffers(),
                r.fetches());
        for (AnswerComparison.Difference d :
                r.differences().subList(0, Math.min(show, r.differences().size()))) {
            out.printf(Locale.ROOT, "  DIFFERS %s%n          %s%n", d.path(), d.what());
        }
        if (r.differences().isEmpty()) {
            out.println("answers: PASS — the ids and totals are the same for every request");
            return 0;
        }
        out.printf(
                Locale.ROOT,
                "answers: MISS — %,d requests answered differently%n",
                r.differences().size());
        return 1;
    }

    /** Builds the store with {@code jar} unless it holds N studies built by this very jar. */
    private void prepare(Path java, List<String> jvm, Path jar, Path store, Path corpora, PrintStream out)
            throws Exception {
        Path stamp = store.resolveSibling(store.getFileName() + ".jar-sha256");
        String sum = sha256(jar);
        if (Files.isDirectory(store)
                && (!Files.isRegularFile(stamp)
                        || !Files.readString(stamp).strip().equals(sum))) {
            out.printf(Locale.ROOT, "the store %s was built by another jar: rebuilding it%n", store);
            IngestBenchmark.deleteTree(store);
        }
        Files.deleteIfExists(stamp);
        BenchStore.prepare(java, jvm, jar, store, corpora, studies, seed, out);
        Files.writeString(stamp, sum + "\n");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
