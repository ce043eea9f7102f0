package org.trialfinder.eligibility.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.text.TextSpan;

/** The list splitter alone: which lead-in and parts it finds in an item's text, and where they are. */
class ListSplitterTest {

    private static List<String> parts(String text) {
        ItemList list = ListSplitter.find(text, 0, text.length());
        assertThat(list).as(text).isNotNull();
        return list.parts().stream().map(p -> p.of(text)).toList();
    }

    private static String leadIn(String text) {
        ItemList list = ListSplitter.find(text, 0, text.length());
        return list.leadIn().known() ? list.leadIn().of(text) : "";
    }

    @Test
    void aLeadInAndSemicolonSeparatedPartsEachWithItsOwnSpan() {
        String text = "Adequate organ function: ANC ≥ 1.5×10⁹/L; platelets ≥ 100×10⁹/L; haemoglobin ≥ 9 g/dL";
        ItemList list = ListSplitter.find(text, 0, text.length());
        assertThat(list.kind()).isEqualTo(ItemList.Kind.SEMICOLONS);
        assertThat(leadIn(text)).isEqualTo("Adequate organ function");
        assertThat(parts(text)).containsExactly("ANC ≥ 1.5×10⁹/L", "platelets ≥ 100×10⁹/L", "haemoglobin ≥ 9 g/dL");
        assertThat(list.parts().get(1))
                .isEqualTo(new TextSpan(text.indexOf("platelets"), text.indexOf("; haemoglobin")));
    }

    @Test
    void inlineNumberedLettersAndRomanMarkersInSequence() {
        assertThat(
                        parts(
                                "Meet any of the following: 1. Hematological: ANC ≥ 1.5; platelets ≥ 100; 2. Hepatic: bilirubin ≤ 1.5 × ULN"))
                .containsExactly("Hematological: ANC ≥ 1.5; platelets ≥ 100", "Hepatic: bilirubin ≤ 1.5 × ULN");
        assertThat(parts("(a) ANC ≥ 1.5 (b) platelets ≥ 100 (c) Hb ≥ 9 g/dL"))
                .containsExactly("ANC ≥ 1.5", "platelets ≥ 100", "Hb ≥ 9 g/dL");
        assertThat(parts("Labs: i) ANC ≥ 1.5 ii) platelets ≥ 100 iii) Hb ≥ 9 g/dL"))
                .containsExactly("ANC ≥ 1.5", "platelets ≥ 100", "Hb ≥ 9 g/dL");
        assertThat(leadIn("Labs: i) ANC ≥ 1.5 ii) platelets ≥ 100")).isEqualTo("Labs");
    }

    @Test
    void markersOutOfSequenceOrInsideBracketsAreNoList() {
        // a lone "(2)" or a grade in brackets is not a list marker; a decimal is not "1." either
        assertThat(ListSplitter.find("Neuropathy (grade 2) or worse", 0, 29)).isNull();
        String decimals = "ANC ≥ 1.5 and platelets ≥ 100";
        assertThat(ListSplitter.find(decimals, 0, decimals.length())).isNull();
        String nested = "Adequate function (ANC ≥ 1.5; platelets ≥ 100)";
        assertThat(ListSplitter.find(nested, 0, nested.length())).isNull();
    }

    @Test
    void sentencesSplitOnlyAtAPeriodBeforeACapitalAndNotAfterAMarkerOrAbbreviation() {
        assertThat(parts("History of HIV infection. Testing is not required."))
                .containsExactly("History of HIV infection", "Testing is not required");
        assertThat(parts("Crcl ≥ 50 mL/min by the standard method.Serum total bilirubin ≤ 1.5 x ULN"))
                .containsExactly("Crcl ≥ 50 mL/min by the standard method", "Serum total bilirubin ≤ 1.5 x ULN");
        String marker = "11. Has uncontrolled high blood pressure";
        assertThat(ListSplitter.find(marker, 0, marker.length())).isNull();
        String abbreviation = "Anticoagulants, e.g. Warfarin";
        assertThat(ListSplitter.find(abbreviation, 0, abbreviation.length())).isNull();
    }

    @Test
    void aLeadInWithOnePartAndAColonBetweenNumbersThatIsNone() {
        String text = "Adequate organ function: ANC ≥ 1.5, platelets ≥ 100";
        ItemList list = ListSplitter.find(text, 0, text.length());
        assertThat(list.kind()).isEqualTo(ItemList.Kind.LEAD_IN);
        assertThat(parts(text)).containsExactly("ANC ≥ 1.5, platelets ≥ 100");
        String ratio = "Ratio 1:2 required";
        assertThat(ListSplitter.find(ratio, 0, ratio.length())).isNull();
    }

    @Test
    void aStretchInsideTheTextIsSplitAlone() {
        String text = "1. Hematological: ANC ≥ 1.5; platelets ≥ 100; 2. Hepatic: bilirubin ≤ 1.5 × ULN";
        int from = text.indexOf("Hematological");
        int to = text.indexOf("; 2.");
        ItemList list = ListSplitter.find(text, from, to);
        assertThat(list.leadIn().of(text)).isEqualTo("Hematological");
        assertThat(list.parts()).extracting(p -> p.of(text)).containsExactly("ANC ≥ 1.5", "platelets ≥ 100");
    }

    @Test
    void moreThanTheMostPartsIsNotSplit() {
        String many = "x ≥ 1; ".repeat(ListSplitter.MAX_PARTS + 1);
        assertThat(ListSplitter.find(many, 0, many.length())).isNull();
        String enough = "x ≥ 1; ".repeat(ListSplitter.MAX_PARTS - 1);
        assertThat(ListSplitter.find(enough, 0, enough.length()).parts()).hasSize(ListSplitter.MAX_PARTS - 1);
    }
}
