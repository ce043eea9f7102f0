package org.trialfinder.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;
import org.trialfinder.search.terms.MeshThesaurus;
import org.trialfinder.store.SourceForm;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StudyAttachment;
import org.trialfinder.store.StudyDocument;
import org.trialfinder.store.opensearch.testing.TestCluster;

/**
 * An attachment's bytes are read only by the version that derived them: after a new parser (another version of the
 * compiled criteria) the store answers "no bytes" for studies written before it (the screening then compiles them),
 * never the other version's bytes, and a later write transaction leaves those bytes behind.
 */
class AttachmentVersionsTest {
    private static MeshThesaurus mesh;
    private static OpenSearchConnection os;

    @BeforeAll
    static void connect() {
        mesh = MeshThesaurus.loadDefault();
        os = OpenSearchConnection.to(List.of(TestCluster.url()));
    }

    @AfterAll
    static void disconnect() {
        os.close();
    }

    @Test
    void bytesOfAnotherVersionAreNeverReadAndAreLeftBehindByTheNextWrite() {
        OpenSearchStoreSettings settings = new OpenSearchStoreSettings(TestCluster.uniqueName("attach"), 1, 0);
        try (var store = OpenSearchStudyStore.open(os, settings, mesh, List.of(new Tagged("1")));
                StoreWriter w = store.openWriter()) {
            w.upsert(study("NCT00000001"));
            w.commit(Map.of());
            assertThat(text(store.attachment("NCT00000001", Tagged.NAME))).contains("v1 NCT00000001");
        }

        try (var store = OpenSearchStudyStore.open(os, settings, mesh, List.of(new Tagged("2")))) {
            assertThat(store.attachment("NCT00000001", Tagged.NAME)).isEmpty();
            assertThat(all(store)).isEmpty();

            try (StoreWriter w = store.openWriter()) {
                w.upsert(study("NCT00000002"));
                w.commit(Map.of());
            }
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.attachment("NCT00000001", Tagged.NAME)).isEmpty();
            assertThat(all(store)).containsExactly(Map.entry("NCT00000002", "v2 NCT00000002"));
        }

        // the first version reads its own bytes only where they are still stored: none were copied forward
        try (var store = OpenSearchStudyStore.open(os, settings, mesh, List.of(new Tagged("1")))) {
            assertThat(store.attachment("NCT00000001", Tagged.NAME)).isEmpty();
            assertThat(all(store)).isEmpty();
        }
    }

    private static Map<String, String> all(OpenSearchStudyStore store) {
        Map<String, String> out = new HashMap<>();
        store.forEachAttachment(Tagged.NAME, (id, bytes) -> out.put(id, new String(bytes, StandardCharsets.UTF_8)));
        return out;
    }

    private static Optional<String> text(Optional<byte[]> bytes) {
        return bytes.map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** Derives "v<version> <id>" for every study: which version wrote the bytes shows in them. */
    private record Tagged(String version) implements StudyAttachment {
        static final String NAME = "test.tagged";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Optional<byte[]> derive(Study study) {
            return Optional.of(("v" + version + " " + study.nctId()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static StudyDocument study(String nctId) {
        String json = """
                {"protocolSection":{
                  "identificationModule":{"nctId":"%s","briefTitle":"A study"},
                  "statusModule":{"overallStatus":"RECRUITING","lastUpdatePostDateStruct":{"date":"2024-01-10","type":"ACTUAL"}}
                },"hasResults":false}""".formatted(nctId);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new StudyDocument(StudyJson.parse(bytes), bytes, List.of(), SourceForm.API_V2);
    }
}
