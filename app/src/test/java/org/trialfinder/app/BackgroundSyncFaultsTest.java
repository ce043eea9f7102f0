package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.app.ops.FakeCtgovApi;
import org.trialfinder.app.ops.SampleRecords;

/**
 * Faults around {@code serve}'s background sync, with real processes: {@code kill -9} in the middle of a sync
 * (the fake upstream holds a page, so the kill provably lands before the commit) and a restart serves
 * exactly the state before it; two writers at once never corrupt the store: an ingest started during a
 * sync refuses clearly, and a sync due during an ingest fails clearly, is shown in /health and succeeds
 * when retried after the ingest.
 */
class BackgroundSyncFaultsTest {
    @TempDir
    Path tmp;

    @Test
    void killMinus9MidSyncThenARestartServesTheLastCommitAndWritersNeverCorruptEachOther() throws Exception {
        Path data = tmp.resolve("data");
        List<JsonNode> sample = SampleRecords.first(130);
        StoreProbe.ingest(data, SampleRecords.jsonl(tmp.resolve("first.jsonl"), sample.subList(0, 100)));
        Map<String, String> before = StoreProbe.records(data);
        assertThat(before).hasSize(100);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<JsonNode> posted = sample.subList(60, 130).stream()
                .map(r -> SampleRecords.changed(r, today))
                .toList();
        try (FakeCtgovApi upstream = new FakeCtgovApi(0, 10).serve(posted).hold(4)) {
            String url = upstream.baseUrl().toString();
            try (AppProcess a = AppProcess.start(
                    tmp,
                    Map.of(),
                    "serve",
                    "--port",
                    "0",
                    "--data",
                    data.toString(),
                    "--no-sample",
                    "--sync-url",
                    url,
                    "--sync-every",
                    "1h",
                    "--sync-request-interval",
                    "0")) {
                upstream.awaitHeld(240); // 30 changed records handed to the writer; the commit cannot come yet
                var second = AppProcess.run(
                        tmp,
                        Map.of(),
                        "ingest",
                        "--data",
                        data.toString(),
                        SampleRecords.jsonl(tmp.resolve("more.jsonl"), sample.subList(100, 110))
                                .toString());
                assertThat(second.exitCode()).as(second.out()).isEqualTo(1);
                assertThat(second.err())
                        .contains("is being written by another Trialfinder process (ingest or sync); wait for it to"
                                + " finish");
                a.process().destroyForcibly(); // SIGKILL: no shutdown hook, no rollback
                assertThat(a.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            upstream.release();
            assertThat(StoreProbe.records(data)).isEqualTo(before);

            // an ingest holds the store when the restarted server's first sync is due
            Path fifo = StoreProbe.mkfifo(tmp.resolve("ingest.jsonl"));
            try (AppProcess ingest = AppProcess.start(
                    tmp, Map.of(), "ingest", "--no-progress", "--data", data.toString(), fifo.toString())) {
                OutputStream pipe = StoreProbe.openWhenRead(fifo);
                try (AppProcess b = AppProcess.start(
                        tmp,
                        Map.of("TRIALFINDER_SYNC_URL", url),
                        "serve",
                        "--port",
                        "0",
                        "--data",
                        data.toString(),
                        "--no-sample",
                        "--sync-every",
                        "2s",
                        "--sync-request-interval",
                        "0")) {
                    String base = StoreProbe.baseUrl(b);
                    JsonNode failed = awaitHealth(base, "failed");
                    assertThat(failed.at("/sync/last/error").asText())
                            .contains("is being written by another Trialfinder process");
                    assertThat(failed.at("/sync/url").asText()).isEqualTo(url);
                    // the restart serves exactly the last complete state: every record, byte for byte as parsed
                    assertThat(StoreProbe.served(base)).isEqualTo(StoreProbe.trees(before));

                    for (JsonNode r : sample.subList(100, 110)) {
                        pipe.write((r + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    pipe.close();
                    assertThat(ingest.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
                    assertThat(ingest.process().exitValue())
                            .as(ingest.output().toString())
                            .isZero();

                    JsonNode ok = awaitHealth(base, "ok");
                    Map<String, JsonNode> expected = new TreeMap<>(StoreProbe.trees(before));
                    sample.subList(100, 110).forEach(r -> expected.put(SampleRecords.id(r), r));
                    posted.forEach(r -> expected.put(SampleRecords.id(r), r));
                    assertThat(StoreProbe.served(base)).isEqualTo(expected);
                    assertThat(ok.path("studies").asLong()).isEqualTo(130);
                    assertThat(b.output())
                            .anySatisfy(l -> assertThat(l).startsWith("sync: failed after"))
                            .anySatisfy(l -> assertThat(l).startsWith("sync: done in"));
                }
            }
        }
    }

    private static JsonNode awaitHealth(String base, String outcome) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            JsonNode h = StoreProbe.json(base, "/health");
            if (h.at("/sync/last/outcome").asText().equals(outcome)) {
                return h;
            }
            assertThat(System.nanoTime())
                    .as("no sync with outcome %s: %s", outcome, h)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
