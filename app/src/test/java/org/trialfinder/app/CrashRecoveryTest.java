package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.lucene.LuceneStudyStore;

/**
 * kill -9 in the middle of an ingest: the store reopens holding exactly the last committed state,
 * and the next ingest works. The ingest reads from a named pipe that the test keeps open, so the
 * child is provably mid-ingest (it cannot commit before its input ends) when it is killed, however
 * fast or slow the machine is.
 */
class CrashRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void killMinus9DuringIngestLeavesTheLastCommitIntact() throws Exception {
        Path data = tmp.resolve("data");
        List<String> templates = CliTest.sampleLines(200);
        Path committed = Files.write(tmp.resolve("committed.jsonl"), templates.subList(0, 100));
        var first = AppProcess.run(tmp, Map.of(), "ingest", "--data", data.toString(), committed.toString());
        assertThat(first.exitCode()).as(first.out()).isZero();
        Set<String> before = indexFiles(data);

        Path fifo = tmp.resolve("endless.jsonl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        try (AppProcess child = AppProcess.start(
                tmp, Map.of(), "ingest", "--no-progress", "--data", data.toString(), fifo.toString())) {
            child.awaitOutput(l -> l.startsWith("ingest: into"), 120);
            try (OutputStream pipe = Files.newOutputStream(fifo)) {
                // Feed generated studies until the writer has flushed new segment files to disk, so
                // the kill hits a store with uncommitted data on disk as well as in memory.
                int n = 0;
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
                while (!hasNewFiles(data, before) && System.nanoTime() < deadline) {
                    for (int i = 0; i < 500; i++, n++) {
                        pipe.write(generated(templates.get(n % templates.size()), 90_000_000 + n));
                    }
                    pipe.flush();
                }
                assertThat(hasNewFiles(data, before))
                        .as("the child flushed uncommitted segments")
                        .isTrue();
                child.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
                assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            } catch (IOException brokenPipe) {
                // the child died while we were writing: fine, it was killed
            }
        }

        try (var store = LuceneStudyStore.open(data, MeshThesaurus.loadDefault())) {
            assertThat(store.count()).isEqualTo(100);
            assertThat(store.get("NCT90000000")).isEmpty();
            for (String line : templates.subList(0, 100)) {
                String id = StudyJson.mapper()
                        .readTree(line)
                        .at("/protocolSection/identificationModule/nctId")
                        .asText();
                assertThat(StudyJson.mapper()
                                .readTree(store.get(id).orElseThrow().json()))
                        .isEqualTo(StudyJson.mapper().readTree(line));
            }
        }
        // the killed writer's lock does not outlive it: the next ingest runs and commits
        Path more = Files.write(tmp.resolve("more.jsonl"), templates.subList(100, 110));
        var after = AppProcess.run(tmp, Map.of(), "ingest", "--data", data.toString(), more.toString());
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
        assertThat(after.out()).contains("store now holds 110 studies");
    }

    private static byte[] generated(String template, int idNumber) throws IOException {
        ObjectNode tree = (ObjectNode) StudyJson.mapper().readTree(template);
        ObjectNode ident = (ObjectNode) tree.at("/protocolSection/identificationModule");
        ident.put("nctId", "NCT%08d".formatted(idNumber));
        ident.remove("nctIdAliases");
        return (StudyJson.mapper().writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> indexFiles(Path data) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        return names;
    }

    private static boolean hasNewFiles(Path data, Set<String> before) throws IOException {
        Set<String> now = indexFiles(data);
        now.removeAll(before);
        now.remove("write.lock");
        return !now.isEmpty();
    }
}
