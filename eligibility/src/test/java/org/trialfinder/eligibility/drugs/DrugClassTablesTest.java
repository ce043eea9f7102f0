package org.trialfinder.eligibility.drugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module's drug-class resource against the shared tables it is derived from: nothing lost, small,
 * and the coverage cases of {@code ../shared/data/drugs/README.md} resolving as that file says.
 */
class DrugClassTablesTest {

    private static final Path SHARED = Path.of("../../shared/data/drugs");

    @Test
    void everyFileIsSmallAndCompressed() throws IOException {
        for (String f : List.of("classes.tsv.gz", "drugs.tsv.gz")) {
            try (InputStream in = DrugClassTables.class.getResourceAsStream(DrugClassTables.RESOURCES + f)) {
                assertThat(in).as(f).isNotNull();
                assertThat(in.readAllBytes().length).as(f).isLessThan(5 * 1024 * 1024);
            }
        }
    }

    /** The counts SOURCES.md gives for the shared tables: 681 classes, 27,721 distinct spellings. */
    @Test
    void holdsEveryClassAndSpellingOfTheTables() {
        assertThat(DrugClassTables.classes()).hasSize(681);
        assertThat(DrugClassTables.spellingCount()).isEqualTo(27_721);
        assertThat(DrugClassTables.classes().stream().filter(c -> c.id().startsWith("CUR:")))
                .hasSize(40);
    }

    /** Every link of drug-classes.tsv and every class with its parents, when the shared data is at hand. */
    @Test
    void losesNoLinkOfTheSharedTables() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED.resolve("drug-classes.tsv")), "shared drug tables not present");
        List<String> lines = Files.readAllLines(SHARED.resolve("drug-classes.tsv"));
        List<String> lost = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String spelling = DrugClassTables.key(f[0]);
            boolean kept = DrugClassTables.drugsNamed(spelling).stream()
                    .anyMatch(d -> d.canonicalName()
                                    .equals(f[1].toLowerCase(Locale.ROOT).strip())
                            && d.classIds().contains(f[2])
                            && (!(f[4].contains("curated") || f[2].startsWith("CUR:"))
                                    || d.curatedClassIds().contains(f[2])));
            if (!kept) {
                lost.add(line);
            }
        }
        assertThat(lines).hasSize(49_851);
        assertThat(lost).isEmpty();
        List<String> classes = Files.readAllLines(SHARED.resolve("classes.tsv"));
        for (String line : classes.subList(1, classes.size())) {
            String[] f = line.split("\t", -1);
            DrugClassTables.DrugClass c = DrugClassTables.drugClass(f[0]).orElseThrow();
            assertThat(c.parents()).as(f[0]).isEqualTo(f[2].isEmpty() ? List.of() : List.of(f[2].split("\\|")));
            assertThat(c.synonyms()).as(f[0]).containsAll(List.of(f[3].split("\\|")));
        }
    }

    /** drug-classes.tsv: "gengraf → cyclosporine, Immunosuppressive Agents, curated"; the generic's own row says MeSH. */
    @Test
    void aCuratedLinkHoldsForEverySpellingOfTheDrug() {
        assertThat(DrugClassTables.drugsNamed("cyclosporine").getFirst().curatedClassIds())
                .containsExactly("MESH:D007166");
        assertThat(DrugClassTables.drugsNamed("gengraf").getFirst().curatedClassIds())
                .containsExactly("MESH:D007166");
        // and a member of a curated class is one whatever its row's source ("MeSH 2024 tree + PA")
        assertThat(DrugClassTables.drugsNamed("cisplatin").getFirst().curatedClassIds())
                .contains("CUR:PLATINUM");
    }

    /** drugs/README.md: "afatinib → EGFR TKI → EGFR-targeted therapy → Antineoplastic Agents; → Tyrosine Kinase Inhibitors". */
    @Test
    void ancestorsFollowTheParents() {
        DrugClassTables.Drug afatinib = DrugClassTables.drugsNamed("afatinib").stream()
                .filter(d -> d.classIds().contains("CUR:EGFR_TKI"))
                .findFirst()
                .orElseThrow();
        assertThat(afatinib.canonicalName()).isEqualTo("afatinib");
        assertThat(DrugClassTables.selfAndAncestors("CUR:EGFR_TKI"))
                .contains("CUR:EGFR_TKI", "CUR:EGFR_TARGETED", "MESH:D000970", "MESH:D000092004");
        assertThat(DrugClassTables.drugClass("class:EGFR_TKI").orElseThrow().id())
                .isEqualTo("CUR:EGFR_TKI");
        assertThat(DrugClassTables.drugClass("class:D056572").orElseThrow().name())
                .isEqualTo("Histone Deacetylase Inhibitors");
    }

    /** The 40 coverage cases of drugs/README.md ("Coverage check"), each by its class there. */
    static Stream<Arguments> coverage() {
        return Stream.of(
                Arguments.of(List.of("afatinib", "gefitinib", "osimertinib", "gilotrif", "tagrisso"), "CUR:EGFR_TKI"),
                Arguments.of(List.of("vorinostat", "panobinostat", "zolinza"), "MESH:D056572"),
                Arguments.of(List.of("savolitinib", "capmatinib", "tepotinib", "tabrecta"), "CUR:HGF_MET_TARGETED"),
                Arguments.of(
                        List.of("pembrolizumab", "nivolumab", "toripalimab", "atezolizumab", "keytruda"),
                        "CUR:ANTI_PD1_PDL1"),
                Arguments.of(List.of("obinutuzumab", "rituximab", "gazyva"), "CUR:ANTI_CD20"),
                Arguments.of(List.of("semaglutide", "liraglutide", "ozempic"), "MESH:D000097789"),
                Arguments.of(List.of("sertraline", "zoloft"), "MESH:D017367"),
                Arguments.of(List.of("sertraline", "zoloft"), "MESH:D011619"),
                Arguments.of(List.of("prednisone", "dexamethasone"), "MESH:D005938"),
                Arguments.of(List.of("cisplatin", "carboplatin", "oxaliplatin"), "CUR:PLATINUM"),
                Arguments.of(List.of("warfarin", "apixaban", "eliquis"), "MESH:D000925"),
                Arguments.of(List.of("zostavax", "mmr"), "CUR:LIVE_VACCINE"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("coverage")
    void resolvesTheCoverageCasesOfTheReadme(List<String> drugs, String classId) {
        for (String drug : drugs) {
            Set<String> all = new HashSet<>();
            for (DrugClassTables.Drug d : DrugClassTables.drugsNamed(drug)) {
                d.classIds().forEach(c -> all.addAll(DrugClassTables.selfAndAncestors(c)));
            }
            assertThat(all).as(drug).contains(classId);
        }
    }
}
