package org.trialfinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NctIdTest {
    @Test
    void acceptsTheLooseFormsPeopleWriteAndGivesTheCanonicalOne() {
        assertThat(NctId.parse("NCT06751394")).map(NctId::value).contains("NCT06751394");
        assertThat(NctId.parse(" nct06751394 ")).map(NctId::value).contains("NCT06751394");
        assertThat(NctId.parse("NCT123")).map(NctId::value).contains("NCT00000123");
        assertThat(NctId.parse("NCT00000123")).map(NctId::value).contains("NCT00000123");
        assertThat(NctId.parse("Nct1")).map(NctId::value).contains("NCT00000001");
    }

    @Test
    void refusesWhatCannotBeANumberClinicalTrialsGovGives() {
        assertThat(NctId.parse("NCT")).isEmpty();
        assertThat(NctId.parse("NCT00000000")).isEmpty();
        assertThat(NctId.parse("NCT0")).isEmpty();
        assertThat(NctId.parse("NCT123456789")).isEmpty();
        assertThat(NctId.parse("NCT006751394")).isEmpty(); // nine digits, even with a leading zero
        assertThat(NctId.parse("NCT0675139X")).isEmpty();
        assertThat(NctId.parse("06751394")).isEmpty();
        assertThat(NctId.parse("NCT 06751394")).isEmpty();
        assertThat(NctId.parse(null)).isEmpty();
        assertThat(NctId.parse("")).isEmpty();
    }

    @Test
    void canonicalMeansExactlyNctAndEightDigits() {
        assertThat(NctId.isCanonical("NCT06751394")).isTrue();
        assertThat(NctId.isCanonical("nct06751394")).isFalse();
        assertThat(NctId.isCanonical("NCT123")).isFalse();
        assertThat(NctId.isCanonical(" NCT06751394")).isFalse();
        assertThat(NctId.isCanonical("NCT00000000")).isFalse();
        assertThatThrownBy(() -> new NctId("nct06751394")).hasMessageContaining("not an NCT number");
    }

    @Test
    void oneWordingForEveryRefusal() {
        assertThatThrownBy(() -> NctId.of("NOTANID"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"NOTANID\" is not an NCT number (NCT followed by 8 digits, e.g. NCT06751394)");
        assertThat(NctId.message("x".repeat(100))).hasSizeLessThan(120);
    }

    @Test
    void findsIdsInRunningTextButNotInsideLongerTokens() {
        assertThat(NctId.findAll("see NCT06751394, NCT00000123; not XNCT01234567 nor NCT012345678"))
                .extracting(NctId::value)
                .containsExactly("NCT06751394", "NCT00000123");
    }

    @Test
    void ordersAndPrintsAsItsValue() {
        assertThat(NctId.of("NCT2").compareTo(NctId.of("NCT10"))).isNegative();
        assertThat(NctId.of("nct06751394")).hasToString("NCT06751394");
        assertThat(NctId.of("NCT06751394").number()).isEqualTo(6751394);
    }
}
