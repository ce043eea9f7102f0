package org.trialfinder.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptExpanderTest {

    private static final ConceptExpander EXPANDER =
            new ConceptExpander(MeshThesaurus.loadDefault(), Abbreviations.loadDefault());

    @Test
    void heartAttackMyocardialInfarctionAndMiMeet() {
        Expansion a = EXPANDER.expand("heart attack");
        Expansion b = EXPANDER.expand("myocardial infarction");
        Expansion c = EXPANDER.expand("MI");
        for (Expansion e : new Expansion[] {a, b, c}) {
            assertThat(e.descriptors()).extracting(Descriptor::id).first().isEqualTo("D009203");
        }
        assertThat(a.texts(Expansion.Kind.PREFERRED)).containsExactly("Myocardial Infarction");
        assertThat(a.texts(Expansion.Kind.SYNONYM))
                .contains("Heart Attack", "Myocardial Infarct")
                // inverted duplicates and plural variants are left out
                .doesNotContain("Infarction, Myocardial", "Myocardial Infarctions");
        assertThat(a.texts(Expansion.Kind.NARROWER)).contains("ST Elevation Myocardial Infarction");
        assertThat(a.ambiguous()).isFalse();
        assertThat(c.ambiguous()).isFalse(); // the table lists one sense for MI
        assertThat(c.senses()).extracting(Abbreviations.Sense::expansion).containsExactly("myocardial infarction");
        assertThat(c.texts()).isEqualTo(a.texts()); // the expansion equals the name: no extra term
    }

    @Test
    void impotence() {
        Expansion e = EXPANDER.expand("impotence");
        assertThat(e.descriptors()).extracting(Descriptor::id).containsExactly("D007172");
        assertThat(e.texts()).first().isEqualTo("Erectile Dysfunction");
    }

    @Test
    void nsclc() {
        Expansion e = EXPANDER.expand("NSCLC");
        assertThat(e.descriptors()).extracting(Descriptor::name).containsExactly("Carcinoma, Non-Small-Cell Lung");
        assertThat(e.texts(Expansion.Kind.EXPANSION)).containsExactly("non-small cell lung cancer");
        assertThat(e.senses()).hasSize(1);
    }

    @Test
    void lungCancerIncludesNarrower() {
        Expansion e = EXPANDER.expand("lung cancer");
        assertThat(e.descriptors()).extracting(Descriptor::name).containsExactly("Lung Neoplasms");
        assertThat(e.texts(Expansion.Kind.NARROWER))
                .contains("Carcinoma, Non-Small-Cell Lung", "Small Cell Lung Carcinoma");
        assertThat(e.terms()).allSatisfy(t -> assertThat(t.descriptorId()).startsWith("D"));
        assertThat(e.texts()).doesNotHaveDuplicates();
        assertThat(e.truncated()).isFalse();
    }

    @Test
    void ambiguousAbbreviationKeepsConditionSenses() {
        Expansion ed = EXPANDER.expand("ED");
        assertThat(ed.ambiguous()).isTrue();
        assertThat(ed.senses()).hasSize(2);
        assertThat(ed.descriptors()).extracting(Descriptor::name).containsExactly("Erectile Dysfunction");
        assertThat(ed.texts()).doesNotContain("emergency department");

        Expansion ms = EXPANDER.expand("MS");
        assertThat(ms.descriptors()).extracting(Descriptor::name).first().isEqualTo("Multiple Sclerosis");
        assertThat(EXPANDER.expand("ms").isEmpty()).isTrue();
    }

    @Test
    void capsTheTerms() {
        Expansion e = EXPANDER.expand("neoplasms");
        assertThat(e.terms()).hasSize(ConceptExpander.DEFAULT_MAX_TERMS);
        assertThat(e.truncated()).isTrue();
        assertThat(e.terms().get(0).kind()).isEqualTo(Expansion.Kind.PREFERRED);
        ConceptExpander small = new ConceptExpander(EXPANDER.thesaurus(), EXPANDER.abbreviations(), 5, false);
        Expansion s = small.expand("lung cancer");
        assertThat(s.terms()).hasSize(5);
        assertThat(s.texts(Expansion.Kind.NARROWER)).isEmpty();
    }

    @Test
    void unknownPhraseIsEmpty() {
        Expansion e = EXPANDER.expand("flux capacitor failure");
        assertThat(e.isEmpty()).isTrue();
        assertThat(e.terms()).isEmpty();
        assertThat(EXPANDER.expand("").isEmpty()).isTrue();
        assertThat(EXPANDER.expand(null).isEmpty()).isTrue();
    }
}
