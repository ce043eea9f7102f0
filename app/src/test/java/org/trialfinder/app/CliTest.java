package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.lucene.LuceneStudyStore;

/** The trialfinder command as a user runs it: a real child process, real files, real store. */
class CliTest {
    static final Path SAMPLE = Path.of("..", "sample").toAbsolutePath();

    @TempDir
    Path tmp;

    static List<String> sampleLines(int n) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SAMPLE.resolve("ctgov-v2-sample.jsonl.gz"))),
                StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < n && (line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String command : List.of("", "ingest", "sync", "serve", "stats", "check")) {
            var args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
            var r = AppProcess.run(tmp, Map.of(), args);
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).contains("Usage: trialfinder" + (command.isEmpty() ? "" : " " + command));
            // nothing before the help: no JVM or Lucene warning
            assertThat(r.err()).as(command).isEmpty();
        }
        var top = AppProcess.run(tmp, Map.of(), "--help");
        assertThat(top.out())
                .contains("ingest")
                .contains("sync")
                .contains("serve")
                .contains("stats")
                .contains("check")
                .contains("Exit codes");
    }

    @Test
    void ingestThenStats() throws Exception {
        Path lines = Files.write(tmp.resolve("studies.jsonl"), sampleLines(20));
        Path data = tmp.resolve("data");
        var ingest = AppProcess.run(
                tmp,
                Map.of(),
                "ingest",
                "--data",
                data.toString(),
                lines.toString(),
                SAMPLE.resolve("NCT06751394.json").toString());
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.out())
                .contains("added:     21")
                .contains("rejected:  0")
                .contains("store now holds 21 studies");

        var stats = AppProcess.run(tmp, Map.of(), "stats", "--data", data.toString());
        assertThat(stats.exitCode()).isZero();
        assertThat(ingest.err()).isEmpty();
        assertThat(stats.err()).isEmpty();
        String[] out = stats.out().split("\n");
        assertThat(out[0]).isEqualTo("studies: 21");
        assertThat(stats.out())
                .contains("by status:")
                .contains("by phase:")
                .contains("by study type:")
                .contains("by country:")
                .contains("NOT_YET_RECRUITING")
                .contains("China");
    }

    @Test
    void rejectedRecordsAreListedAndTheExitCodeSaysSo() throws Exception {
        Path good = Files.write(tmp.resolve("good.jsonl"), sampleLines(3));
        Path bad = Files.writeString(
                tmp.resolve("bad.json"), "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT123\"}}}");
        var r = AppProcess.run(
                tmp, Map.of(), "ingest", "--data", tmp.resolve("data").toString(), good.toString(), bad.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out())
                .contains("added:     3")
                .contains("rejected:  1")
                .contains("bad.json")
                .contains("NCT123");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void wrongCommandLinesAreUsageErrors() throws Exception {
        var unknown = AppProcess.run(tmp, Map.of(), "ingest", "--bogus", "x.json");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--bogus'");
        var missing = AppProcess.run(tmp, Map.of(), "ingest");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("PATH");
        var badPort = AppProcess.run(tmp, Map.of(), "serve", "--port", "eighty");
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.err()).contains("--port");
    }

    @Test
    void dataFolderComesFromTheOptionThenTheEnvironmentThenTheWorkingDirectory() throws Exception {
        Path lines = Files.write(tmp.resolve("s.jsonl"), sampleLines(2));
        Path fromEnv = tmp.resolve("env-data");
        assertThat(AppProcess.run(tmp, Map.of("TRIALFINDER_DATA", fromEnv.toString()), "ingest", lines.toString())
                        .exitCode())
                .isZero();
        assertThat(AppProcess.run(tmp, Map.of(), "stats", "--data", fromEnv.toString())
                        .out())
                .startsWith("studies: 2");
        Path work = Files.createDirectories(tmp.resolve("work"));
        assertThat(AppProcess.run(work, Map.of(), "ingest", lines.toString()).exitCode())
                .isZero();
        assertThat(work.resolve("trialfinder-data")).isDirectory();
        assertThat(AppProcess.run(work, Map.of(), "stats").out()).startsWith("studies: 2");
    }

    @Test
    @SuppressWarnings("try") // the open writer is the point of the test
    void aStoreBeingWrittenElsewhereGivesAClearMessage() throws Exception {
        Path data = tmp.resolve("data");
        Path lines = Files.write(tmp.resolve("s.jsonl"), sampleLines(2));
        try (var store = LuceneStudyStore.open(data, MeshThesaurus.loadDefault());
                StoreWriter writer = store.openWriter()) {
            var r = AppProcess.run(tmp, Map.of(), "ingest", "--data", data.toString(), lines.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err())
                    .contains("being written by another Trialfinder process")
                    .doesNotContain("\tat ");
        }
    }
}
