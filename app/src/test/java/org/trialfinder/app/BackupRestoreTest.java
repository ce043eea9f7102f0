package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.ops.SampleRecords;

/**
 * {@code trialfinder backup} while {@code serve} runs on the store and an ingest is writing it (uncommitted
 * records on the way), then {@code trialfinder restore} into a new folder: every stored record (ids and
 * bytes) is the source's at the backup's commit. Restores that must not happen are refused with the
 * reason: a damaged backup, a folder that holds a store, a store another process is writing.
 */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    @Test
    void backupWhileServingAndIngestingRestoresEveryRecordOfItsCommit() throws Exception {
        Path data = tmp.resolve("data");
        List<JsonNode> sample = SampleRecords.first(160);
        StoreProbe.ingest(data, SampleRecords.jsonl(tmp.resolve("first.jsonl"), sample.subList(0, 100)));
        Map<String, String> atBackup = StoreProbe.records(data);

        Path backup = tmp.resolve("backups").resolve("monday");
        Path restored = tmp.resolve("restored");
        Path fifo = StoreProbe.mkfifo(tmp.resolve("ingest.jsonl"));
        try (AppProcess serve = AppProcess.start(
                        tmp, Map.of(), "serve", "--port", "0", "--data", data.toString(), "--no-sample", "--no-sync");
                AppProcess ingest = AppProcess.start(
                        tmp, Map.of(), "ingest", "--no-progress", "--data", data.toString(), fifo.toString())) {
            String base = StoreProbe.baseUrl(serve);
            OutputStream pipe = StoreProbe.openWhenRead(fifo); // the ingest holds the write lock from here
            for (JsonNode r : sample.subList(100, 160)) {
                pipe.write((r + "\n").getBytes(StandardCharsets.UTF_8));
            }
            pipe.flush();

            var b = AppProcess.run(tmp, Map.of(), "backup", "--data", data.toString(), backup.toString());
            assertThat(b.exitCode()).as(b.out() + b.err()).isZero();
            assertThat(b.out()).contains("backup: done: " + backup + " holds 100 studies");

            // a restore over a store that another process is writing is refused, even with --force
            var busy =
                    AppProcess.run(tmp, Map.of(), "restore", backup.toString(), "--data", data.toString(), "--force");
            assertThat(busy.exitCode()).isEqualTo(1);
            assertThat(busy.err()).contains("is being written by another Trialfinder process");

            pipe.close();
            assertThat(ingest.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(ingest.output()).anySatisfy(l -> assertThat(l).contains("store now holds 160 studies"));
            assertThat(StoreProbe.json(base, "/health").path("studies").asLong())
                    .isEqualTo(160); // serve went on and sees the ingest
        }

        var r = AppProcess.run(tmp, Map.of(), "restore", backup.toString(), "--data", restored.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("restore: done: " + restored + " holds 100 studies");
        assertThat(StoreProbe.records(restored)).isEqualTo(atBackup);

        var again = AppProcess.run(tmp, Map.of(), "restore", backup.toString(), "--data", restored.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already holds a store (100 studies)").contains("--force");

        Path damaged = tmp.resolve("damaged");
        copyTree(backup, damaged);
        Path biggest;
        try (Stream<Path> files = Files.list(damaged.resolve("index"))) {
            biggest = files.max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            f.setLength(f.length() - 100);
        }
        var refused = AppProcess.run(
                tmp,
                Map.of(),
                "restore",
                damaged.toString(),
                "--data",
                tmp.resolve("other").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err())
                .contains("the backup in " + damaged + " is damaged: its file index/" + biggest.getFileName())
                .contains("it was not restored")
                .doesNotContain("Exception");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
