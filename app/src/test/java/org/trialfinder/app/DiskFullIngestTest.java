package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.lucene.LuceneStudyStore;

/**
 * The disk fills up during {@code trialfinder ingest}: on a small filesystem the test makes (a tmpfs of 32 MiB,
 * filled but for 256 KiB), the ingest ends with exit 1 and a sentence saying the disk is full (no stack trace), the store
 * still holds exactly what it held (same ids, same bytes), and once space is freed the same ingest succeeds.
 * Mounting needs root and the right to mount (CI runs as root in its container); elsewhere the test is skipped
 * with the reason.
 */
class DiskFullIngestTest {
    private static final long FS_BYTES = 32L << 20;
    /** What is left free before the big ingest: less than its index needs. */
    private static final long LEFT_FREE = 256L << 10;

    @TempDir
    Path tmp;

    Path mount;

    @BeforeEach
    void mountSmallFilesystem() throws Exception {
        mount = tmp.resolve("small");
        Files.createDirectories(mount);
        String why = run("mount", "-t", "tmpfs", "-o", "size=" + FS_BYTES, "tmpfs", mount.toString());
        Assumptions.assumeTrue(
                why == null,
                () -> "skipped: this machine cannot mount a small filesystem for the test (needs root and the right"
                        + " to mount; running as " + System.getProperty("user.name") + "): " + why);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void aFullDiskEndsTheIngestClearlyAndKeepsThePreviousState() throws Exception {
        Path data = mount.resolve("data");
        List<String> lines = CliTest.sampleLines(400);
        Path first = Files.write(tmp.resolve("first.jsonl"), lines.subList(0, 100));
        Path more = Files.write(tmp.resolve("more.jsonl"), lines.subList(100, 400));

        var ok = AppProcess.run(tmp, Map.of(), "ingest", "--no-progress", "--data", data.toString(), first.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        Map<String, String> before = storedStudies(data);
        assertThat(before).hasSize(100);

        Path filler = mount.resolve("filler");
        FileStore fs = Files.getFileStore(mount);
        fill(filler, fs.getUsableSpace() - LEFT_FREE);

        var full = AppProcess.run(tmp, Map.of(), "ingest", "--no-progress", "--data", data.toString(), more.toString());
        assertThat(full.exitCode()).as(full.out() + full.err()).isEqualTo(1);
        assertThat(full.err())
                .startsWith("trialfinder: the disk holding the store in " + data + " is full (no space left on device)")
                .contains("Nothing of this run was stored")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(storedStudies(data)).isEqualTo(before);

        Files.delete(filler);
        var again =
                AppProcess.run(tmp, Map.of(), "ingest", "--no-progress", "--data", data.toString(), more.toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isIn(0, 3);
        Map<String, String> after = storedStudies(data);
        assertThat(after).hasSizeGreaterThan(before.size());
        assertThat(again.out()).contains("store now holds " + String.format("%,d", after.size()) + " studies");
        before.forEach((id, json) -> assertThat(after).containsKey(id));
    }

    /** Every stored study's JSON by NCT id, read from the committed state. */
    private static Map<String, String> storedStudies(Path data) {
        Map<String, String> studies = new TreeMap<>();
        try (var store = LuceneStudyStore.open(data, MeshThesaurus.loadDefault())) {
            store.forEach(s -> studies.put(s.nctId(), s.jsonText()));
        }
        return studies;
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    /** Runs a command; null when it succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return command[0] + " did not finish";
        }
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out;
    }
}
