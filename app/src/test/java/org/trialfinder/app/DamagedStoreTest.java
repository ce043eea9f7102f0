package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index file, as a disk fault or a broken copy leaves it: {@code trialfinder check} names the damaged
 * file and exits 1 (and says OK with the counts on a sound store); {@code trialfinder serve} refuses to start with a
 * sentence naming the file and pointing at {@code check}, never a stack trace. A truncated or missing file is
 * found when the store is opened; bytes changed inside a file only by reading it whole, which {@code check} and
 * {@code serve --check-on-startup} do.
 */
class DamagedStoreTest {
    @TempDir
    static Path tmp;

    static Path sound;

    @BeforeAll
    static void ingest() throws Exception {
        sound = tmp.resolve("sound");
        Path input = Files.write(tmp.resolve("studies.jsonl"), CliTest.sampleLines(100));
        var r = AppProcess.run(tmp, Map.of(), "ingest", "--no-progress", "--data", sound.toString(), input.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }

    @Test
    void checkSaysOkWithTheCountsOnASoundStore() throws Exception {
        var r = AppProcess.run(tmp, Map.of(), "check", "--data", sound.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("the store in .* is OK: 100 studies in \\d+ index segments");
    }

    @Test
    void aTruncatedFileIsNamedByCheckAndServeRefuses() throws Exception {
        Path data = copy("truncated");
        Path victim = largestIndexFile(data);
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        String name = victim.getFileName().toString();

        var check = AppProcess.run(tmp, Map.of(), "check", "--data", data.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out())
                .contains("is DAMAGED")
                .contains("index file " + name)
                .contains("truncated");

        var serve = AppProcess.run(tmp, Map.of(), "serve", "--no-sample", "--port", "0", "--data", data.toString());
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.out()).doesNotContain("is running at");
        assertThat(serve.err())
                .contains("trialfinder: the store in " + data + " is damaged (index file " + name)
                .contains("trialfinder check --data " + data);
        assertNoStackTrace(serve);
    }

    @Test
    void changedBytesAreFoundByCheckAndByServeCheckOnStartup() throws Exception {
        Path data = copy("flipped");
        Path victim = largestIndexFile(data);
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            long at = f.length() / 2;
            byte[] b = new byte[16];
            f.seek(at);
            f.readFully(b);
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ~b[i];
            }
            f.seek(at);
            f.write(b);
        }
        String name = victim.getFileName().toString();

        var check = AppProcess.run(tmp, Map.of(), "check", "--data", data.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("is DAMAGED").contains("index file " + name + ": checksum failed");

        var quick = AppProcess.run(tmp, Map.of(), "check", "--quick", "--data", data.toString());
        assertThat(quick.exitCode()).isEqualTo(1);
        assertThat(quick.out()).contains("index file " + name);

        var serve = AppProcess.run(
                tmp, Map.of(), "serve", "--no-sample", "--check-on-startup", "--port", "0", "--data", data.toString());
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.out()).doesNotContain("is running at");
        assertThat(serve.err()).contains("is damaged (index file " + name + ": checksum failed");
        assertNoStackTrace(serve);
    }

    @Test
    void aMissingFileIsNamedByCheckAndServeRefuses() throws Exception {
        Path data = copy("missing");
        Path si;
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            si = files.filter(f -> f.toString().endsWith(".si")).findFirst().orElseThrow();
        }
        Files.delete(si);
        String name = si.getFileName().toString();

        var check = AppProcess.run(tmp, Map.of(), "check", "--data", data.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("is DAMAGED").contains(name).contains("missing");

        var serve = AppProcess.run(tmp, Map.of(), "serve", "--no-sample", "--port", "0", "--data", data.toString());
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.err()).contains("is damaged").contains(name);
        assertNoStackTrace(serve);
    }

    private static void assertNoStackTrace(AppProcess.Result r) {
        assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    private static Path copy(String name) throws IOException {
        Path to = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(sound)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(sound.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private static Path largestIndexFile(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            return files.filter(f -> !f.getFileName().toString().startsWith("segments"))
                    .max(Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow();
        }
    }
}
