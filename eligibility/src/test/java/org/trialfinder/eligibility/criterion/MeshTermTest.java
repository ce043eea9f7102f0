package org.trialfinder.eligibility.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The MeSH form of a diagnosis term, read and printed by the notation beside the fixed terms and COND:. */
class MeshTermTest {

    @Test
    void aDescriptorAndWhatItIsOtherThan() {
        assertThat(MeshTerm.parse("MESH:D029424")).isEqualTo(new MeshTerm(Optional.of("D029424"), List.of()));
        assertThat(MeshTerm.parse("MESH:D012893 other_than MESH:D007319"))
                .isEqualTo(new MeshTerm(Optional.of("D012893"), List.of("D007319")));
        assertThat(MeshTerm.parse("any other_than MESH:D006973|MESH:D001249"))
                .isEqualTo(new MeshTerm(Optional.empty(), List.of("D001249", "D006973")));
    }

    @Test
    void oneSpellingWhateverTheOrderOfTheExceptions() {
        assertThat(MeshTerm.canonical("any other_than MESH:D006973|MESH:D001249"))
                .isEqualTo("any other_than MESH:D001249|MESH:D006973");
        assertThat(MeshTerm.canonical("hiv")).isEqualTo("hiv");
        assertThat(MeshTerm.canonical("COND:rectal cancer")).isEqualTo("COND:rectal cancer");
    }

    @Test
    void theNotationReadsAndPrintsItUnchangedBesideTheOtherTerms() {
        for (String written : List.of(
                "diagnosis(MESH:D005901)",
                "and(diagnosis(MESH:D007037), not_computable)",
                "within(6 mo, diagnosis(MESH:D002546))",
                "diagnosis(MESH:D012893 other_than MESH:D007319)",
                "and(diagnosis(any other_than MESH:D001249), not_computable)",
                "or(diagnosis(hiv), diagnosis(COND:stage IV NSCLC), diagnosis(MESH:D006505))")) {
            assertThat(Notation.print(Notation.parse(written))).isEqualTo(written);
        }
        assertThat(Notation.print(Notation.parse("diagnosis(any other_than MESH:D006973|MESH:D001249)")))
                .isEqualTo("diagnosis(any other_than MESH:D001249|MESH:D006973)");
    }

    @Test
    void equalTermsAreEquivalentAndOthersAreNot() {
        Equivalence same = new Equivalence(CatalogUnits.INSTANCE);
        assertThat(same.equivalent(
                        Notation.parse("diagnosis(any other_than MESH:D006973|MESH:D001249)"),
                        Notation.parse("diagnosis(any other_than MESH:D001249|MESH:D006973)")))
                .isTrue();
        assertThat(same.equivalent(
                        Notation.parse("diagnosis(MESH:D003920)"), Notation.parse("diagnosis(MESH:D003924)")))
                .isFalse();
    }

    @Test
    void aMalformedTermIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> Notation.parse("diagnosis(MESH:glaucoma)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MESH:D followed by the descriptor's digits")
                .hasMessageContaining("MESH:glaucoma");
        assertThatThrownBy(() -> Notation.parse("diagnosis(any other_than asthma)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 'asthma'");
        assertThatThrownBy(() -> MeshTerm.parse("any "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'any' needs 'other_than MESH:D…'");
    }
}
