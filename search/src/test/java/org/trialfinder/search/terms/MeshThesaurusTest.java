package org.trialfinder.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MeshThesaurusTest {

    private static final MeshThesaurus MESH = MeshThesaurus.loadDefault();

    private static List<String> ids(List<Descriptor> ds) {
        return ds.stream().map(Descriptor::id).toList();
    }

    private static List<String> names(List<Descriptor> ds) {
        return ds.stream().map(Descriptor::name).toList();
    }

    @Test
    void loadsTheShippedResource() {
        assertThat(MESH.size()).isEqualTo(6505);
        assertThat(MeshThesaurus.loadDefault()).isSameAs(MESH);
        long withTree = MESH.descriptors().stream()
                .filter(d -> !d.treeNumbers().isEmpty())
                .count();
        assertThat(withTree).isGreaterThan(6000);
    }

    @Test
    void heartAttackAndMyocardialInfarctionMeet() {
        assertThat(ids(MESH.lookup("heart attack"))).containsExactly("D009203");
        assertThat(ids(MESH.lookup("Myocardial Infarction"))).containsExactly("D009203");
        assertThat(ids(MESH.lookup("heart attacks"))).containsExactly("D009203");
        assertThat(ids(MESH.lookup("HEART-ATTACK"))).containsExactly("D009203");
    }

    @Test
    void impotenceIsErectileDysfunction() {
        assertThat(ids(MESH.lookup("impotence"))).containsExactly("D007172");
        assertThat(MESH.lookup("impotence").get(0).name()).isEqualTo("Erectile Dysfunction");
    }

    @Test
    void idsInBothForms() {
        Descriptor ed = MESH.byId("D007172").orElseThrow();
        assertThat(MESH.byId("D000007172")).contains(ed);
        assertThat(MESH.byId(" d000007172 ")).contains(ed);
        assertThat(MESH.byId("D000073818")).map(Descriptor::name).contains("Procedural Pain");
        assertThat(MESH.byId("D073818")).map(Descriptor::id).contains("D000073818");
        assertThat(MESH.byId("C000657245")).isEmpty();
        assertThat(MESH.byId("D999999")).isEmpty();
        assertThat(MESH.byId("")).isEmpty();
        assertThat(MESH.byId(null)).isEmpty();
        assertThat(MeshIds.same("D007172", "D000007172")).isTrue();
    }

    @Test
    void foldingIgnoresCaseHyphensPunctuationAndDiacritics() {
        assertThat(ids(MESH.lookup("non small cell lung carcinoma"))).containsExactly("D002289");
        assertThat(ids(MESH.lookup("Carcinoma, Non-Small-Cell Lung"))).containsExactly("D002289");
        assertThat(ids(MESH.lookup("NON-SMALL CELL LUNG CANCER"))).containsExactly("D002289");
        assertThat(MESH.lookup("Sjögren's syndrome")).isEqualTo(MESH.lookup("Sjogren syndrome"));
        assertThat(names(MESH.lookup("Sjögren syndrome"))).containsExactly("Sjogren's Syndrome");
        assertThat(MeshText.fold("  Non-Small-Cell  Lung\tCancer! ")).isEqualTo("non small cell lung cancer");
        assertThat(MeshText.fold("Sjögren’s Æther straße")).isEqualTo("sjogren aether strasse");
        assertThat(MeshText.fold("Crohn's disease")).isEqualTo("crohn disease");
    }

    @Test
    void pluralsAndBritishSpellings() {
        assertThat(MeshText.singular("attacks")).isEqualTo("attack");
        assertThat(MeshText.singular("allergies")).isEqualTo("allergy");
        assertThat(MeshText.singular("abscesses")).isEqualTo("abscess");
        assertThat(MeshText.singular("virus")).isEqualTo("virus");
        assertThat(MeshText.singular("psoriasis")).isEqualTo("psoriasis");
        assertThat(MeshText.stem("tumours")).isEqualTo("tumor");
        assertThat(names(MESH.lookup("leukaemia"))).containsExactly("Leukemia");
        assertThat(names(MESH.lookup("oesophageal cancer"))).containsExactly("Esophageal Neoplasms");
        assertThat(names(MESH.lookup("brain tumours"))).containsExactly("Brain Neoplasms");
    }

    @Test
    void layTerms() {
        assertThat(names(MESH.lookup("diabetes"))).containsExactly("Diabetes Mellitus");
        assertThat(names(MESH.lookup("Alzheimer's"))).containsExactly("Alzheimer Disease");
        assertThat(names(MESH.lookup("alzheimers"))).containsExactly("Alzheimer Disease");
        // lay terms are not MeSH entry terms
        assertThat(MESH.synonyms(MESH.byId("D003920").orElseThrow())).doesNotContain("diabetes");
    }

    @Test
    void unknownPhrasesGiveNothing() {
        assertThat(MESH.lookup("xyzzy plugh")).isEmpty();
        assertThat(MESH.lookup("")).isEmpty();
        assertThat(MESH.lookup("   ")).isEmpty();
        assertThat(MESH.lookup(null)).isEmpty();
        assertThat(MESH.lookup("heart")).isEmpty(); // a prefix of an entry term, not a term
        assertThat(MESH.findIn("the quick brown fox")).isEmpty();
    }

    @Test
    void synonymsAreNameAndEntryTerms() {
        Descriptor mi = MESH.byId("D009203").orElseThrow();
        assertThat(MESH.synonyms(mi)).first().isEqualTo("Myocardial Infarction");
        assertThat(MESH.synonyms(mi)).contains("Heart Attack", "Myocardial Infarct");
        assertThat(mi.entryTerms()).doesNotContain("Myocardial Infarction");
        assertThat(mi.isCondition()).isTrue();
    }

    @Test
    void hierarchy() {
        Descriptor lung = MESH.lookup("lung cancer").get(0);
        assertThat(lung.name()).isEqualTo("Lung Neoplasms");
        List<String> narrower = names(MESH.narrower(lung));
        assertThat(narrower)
                .contains("Carcinoma, Non-Small-Cell Lung", "Small Cell Lung Carcinoma")
                .doesNotHaveDuplicates()
                .doesNotContain("Lung Neoplasms");
        assertThat(names(MESH.children(lung))).doesNotContain("Carcinoma, Non-Small-Cell Lung");

        Descriptor nsclc = MESH.byId("D002289").orElseThrow();
        assertThat(MESH.ancestors(nsclc)).contains(lung);
        assertThat(names(MESH.broader(nsclc))).contains("Carcinoma, Bronchogenic");

        Descriptor mi = MESH.byId("D009203").orElseThrow();
        assertThat(names(MESH.broader(mi))).containsExactly("Myocardial Ischemia");
        assertThat(names(MESH.narrower(mi))).contains("ST Elevation Myocardial Infarction");
        assertThat(names(MESH.ancestors(mi))).contains("Heart Diseases", "Cardiovascular Diseases");
        // a descriptor built elsewhere (only the id matters)
        assertThat(MESH.broader(new Descriptor("D000009203", "x", List.of(), List.of())))
                .isEqualTo(MESH.broader(mi));
        // the top of a branch
        Descriptor neoplasms = MESH.byId("D009369").orElseThrow();
        assertThat(MESH.broader(neoplasms)).isEmpty();
        assertThat(MESH.narrower(neoplasms).size()).isGreaterThan(500);
    }

    @Test
    void findInTakesTheLongestMatches() {
        String q = "heart attack in women over 60 with Non-Small-Cell Lung Cancer";
        List<Match> ms = MESH.findIn(q);
        assertThat(ms).extracting(Match::text).containsExactly("heart attack", "women", "Non-Small-Cell Lung Cancer");
        assertThat(ms.get(0).descriptor().id()).isEqualTo("D009203");
        assertThat(ms.get(0).start()).isZero();
        assertThat(ms.get(0).end()).isEqualTo(12);
        assertThat(ms.get(2).descriptor().id()).isEqualTo("D002289");
        assertThat(q.substring(ms.get(2).start(), ms.get(2).end()))
                .isEqualTo(ms.get(2).text());
        // "lung cancer" inside is not reported separately
        assertThat(ms).noneMatch(m -> m.text().equals("Lung Cancer"));
        // filter: conditions only
        assertThat(MESH.findIn(q, Descriptor::isCondition))
                .extracting(Match::text)
                .containsExactly("heart attack", "Non-Small-Cell Lung Cancer");
        // plural stripping is reported as inexact
        List<Match> plural = MESH.findIn("two heart attackses");
        assertThat(plural).isEmpty();
    }

    @Test
    void findInKeepsShortAcronymsCaseSensitive() {
        assertThat(MESH.findIn("patients with AIDS"))
                .extracting(m -> m.descriptor().name())
                .contains("Acquired Immunodeficiency Syndrome");
        assertThat(MESH.findIn("walking aids and hearing aids"))
                .extracting(m -> m.descriptor().name())
                .doesNotContain("Acquired Immunodeficiency Syndrome");
        // a whole query phrase: lenient
        assertThat(names(MESH.lookup("aids"))).containsExactly("Acquired Immunodeficiency Syndrome");
    }

    @Test
    void findInIsLinear() {
        String chunk = "Patients with type 2 diabetes mellitus, chronic kidney disease and heart attacks "
                + "or non small cell lung carcinoma; no history of stroke. ";
        StringBuilder small = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            small.append(chunk);
        }
        String big = small.toString().repeat(20);
        for (int i = 0; i < 3; i++) {
            MESH.findIn(small.toString()); // warm up
        }
        long t0 = System.nanoTime();
        int nSmall = MESH.findIn(small.toString()).size();
        long t1 = System.nanoTime();
        int nBig = MESH.findIn(big).size();
        long t2 = System.nanoTime();
        assertThat(nBig).isEqualTo(20 * nSmall);
        // 20 times the text: far less than 400 times the time (quadratic), and fast in absolute terms
        assertThat(t2 - t1).isLessThan(Math.max(150 * (t1 - t0), 2_000_000_000L));
        assertThat((t2 - t1) / 1e9).isLessThan(5.0);
    }

    @Test
    void threadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> ids(MESH.lookup("heart attacks"))));
            }
            for (Future<List<String>> f : fs) {
                assertThat(f.get()).containsExactly("D009203");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shippedResourcesStaySmall() throws Exception {
        for (String r : List.of(MeshThesaurus.RESOURCE, Abbreviations.RESOURCE, MeshThesaurus.EXTRA_TERMS_RESOURCE)) {
            try (var in = MeshThesaurus.class.getResourceAsStream(r)) {
                assertThat(in).as(r).isNotNull();
                assertThat(in.readAllBytes().length).as(r).isLessThan(3_000_000);
            }
        }
        assertThat(MeshThesaurus.class.getResource("/org/trialfinder/search/terms/NOTICE.md"))
                .isNotNull();
    }
}
