package org.trialfinder.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trialfinder.search.Synonyms;

/** Expected words from MeSH 2026 (the tree: lung neoplasms above both lung carcinomas) and the abbreviation table. */
class ConditionSynonymsTest {
    private static final ConditionSynonyms SYNONYMS =
            new ConditionSynonyms(new ConceptExpander(MeshThesaurus.loadDefault(), Abbreviations.loadDefault()));

    @Test
    void lungCancerIsTheSameConceptAsLungNeoplasmsAndCoversBothLungCarcinomasByNameAndAbbreviation() {
        Synonyms.Alternatives a = SYNONYMS.of("lung cancer");
        assertThat(a.sameConcept()).first().isEqualTo("Lung Neoplasms");
        assertThat(a.sameConcept()).doesNotContain("Carcinoma, Non-Small-Cell Lung", "NSCLC");
        assertThat(a.narrower())
                .contains("Carcinoma, Non-Small-Cell Lung", "NSCLC", "Small Cell Lung Carcinoma", "SCLC");
        // each abbreviation right after the narrower descriptor it stands for
        assertThat(a.narrower().indexOf("NSCLC")).isEqualTo(a.narrower().indexOf("Carcinoma, Non-Small-Cell Lung") + 1);
    }

    @Test
    void anAbbreviationIsTheSameConceptThroughItsExpansion() {
        Synonyms.Alternatives a = SYNONYMS.of("NSCLC");
        assertThat(a.sameConcept())
                .startsWith("Carcinoma, Non-Small-Cell Lung", "non-small cell lung cancer")
                .contains("NSCLC");
    }

    @Test
    void anAmbiguousAbbreviationOfANarrowerConceptIsLeftOut() {
        // "MS" is multiple sclerosis or mitral stenosis: the name is searched, the letters are not
        Synonyms.Alternatives a = SYNONYMS.of("Demyelinating Autoimmune Diseases, CNS");
        assertThat(a.narrower()).contains("Multiple Sclerosis").doesNotContain("MS");
    }

    @Test
    void aPhraseNamingNoConditionHasNoOtherWords() {
        Synonyms.Alternatives a = SYNONYMS.of("quality of sleep questionnaire");
        assertThat(a.sameConcept()).isEmpty();
        assertThat(a.narrower()).isEmpty();
    }
}
