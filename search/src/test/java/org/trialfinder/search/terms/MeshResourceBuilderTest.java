package org.trialfinder.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder on a tiny synthetic input, and the thesaurus on its output. */
class MeshResourceBuilderTest {

    @Test
    void buildsAndLoads(@TempDir Path dir) throws Exception {
        Path mesh = Files.createDirectories(dir.resolve("in/mesh"));
        Files.writeString(mesh.resolve("mesh2026-descriptors-CFM.jsonl"), """
        {"id": "D000001", "name": "Heart Diseases", "categories": ["C"], "entryTerms": ["Heart Diseases", "Cardiac Disease"]}
        {"id": "D000002", "name": "Cardiac Attack", "categories": ["C"], "entryTerms": ["Cardiac Attack", "Ticker|Failure", "Heart Attack"]}
        {"id": "D000003", "name": "New Thing", "categories": ["C", "F"], "entryTerms": ["New Thing", "Old Thing"]}
        {"id": "D000000099", "name": "Brand New", "categories": ["C"], "entryTerms": []}
        """);
        Files.writeString(
                mesh.resolve("mesh2019-tree-numbers.tsv"),
                "treeNumber\tdescriptorName\nC14\tHeart Diseases\nC14.001\tCardiac Attack\nA01.001\tCardiac Attack\n"
                        + "F03.500\tOld Thing\n");
        Path out = dir.resolve("out");
        MeshResourceBuilder.main(new String[] {dir.resolve("in").toString(), out.toString()});

        byte[] first = Files.readAllBytes(out.resolve(MeshResourceBuilder.DESCRIPTORS_FILE));
        MeshResourceBuilder.main(new String[] {dir.resolve("in").toString(), out.toString()});
        assertThat(Files.readAllBytes(out.resolve(MeshResourceBuilder.DESCRIPTORS_FILE)))
                .isEqualTo(first);

        MeshThesaurus t;
        try (InputStream in = Files.newInputStream(out.resolve(MeshResourceBuilder.DESCRIPTORS_FILE))) {
            t = MeshThesaurus.load(in, new StringReader("# lay\nticker trouble\tD000000001\n"));
        }
        Descriptor heart = t.byId("D000001").orElseThrow();
        Descriptor attack = t.byId("D000002").orElseThrow();
        assertThat(attack.treeNumbers()).containsExactly("C14.001"); // the A tree number is dropped
        assertThat(attack.entryTerms()).containsExactly("Ticker Failure", "Heart Attack");
        assertThat(t.byId("D000003").orElseThrow().treeNumbers()).containsExactly("F03.500"); // by entry term
        assertThat(t.byId("D000003").orElseThrow().isCondition()).isTrue();
        assertThat(t.byId("D000000099").orElseThrow().treeNumbers()).isEmpty();
        assertThat(t.narrower(heart)).containsExactly(attack);
        assertThat(t.broader(attack)).containsExactly(heart);
        assertThat(t.byTreeNumber("C14")).contains(heart);
        assertThat(t.lookup("ticker trouble")).containsExactly(heart);
        assertThat(t.lookup("heart attacks")).containsExactly(attack);
    }

    @Test
    void descriptorConveniences() {
        Descriptor d = new Descriptor("D000001", "X", null, List.of("C01.100", "F03.200", "C02"));
        assertThat(d.categories()).containsExactly("C", "F");
        assertThat(d.inCategory("F")).isTrue();
        assertThat(d.inCategory("M")).isFalse();
        assertThat(d).isEqualTo(new Descriptor("D000000001", "Y", List.of(), List.of()));
        assertThat(d.hashCode()).isEqualTo(new Descriptor("D000000001", "Y", List.of(), List.of()).hashCode());
        assertThat(d.toString()).isEqualTo("D000001 X");
        Descriptor women = new Descriptor("D014930", "Women", List.of(), List.of("M01.975"));
        assertThat(women.isCondition()).isFalse();
    }
}
