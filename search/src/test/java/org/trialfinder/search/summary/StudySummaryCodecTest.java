package org.trialfinder.search.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudySummaryCodecTest {
    @Test
    void aSummaryReadsBackAsWritten() {
        List<StudySummary.Site> sites = new ArrayList<>();
        sites.add(
                new StudySummary.Site("Hôpital Saint-Louis", "Paris", null, "France", "RECRUITING", "france/-/paris"));
        sites.add(null);
        sites.add(new StudySummary.Site(null, null, null, null, null, ""));
        StudySummary s = new StudySummary(
                "NCT01234567",
                "A study of 𝛼-blockers in \"heart\" failure",
                null,
                "RECRUITING",
                List.of("PHASE1", "PHASE2"),
                "INTERVENTIONAL",
                Arrays.asList("Heart Failure", null, ""),
                "",
                sites);
        byte[] bytes = StudySummaryCodec.encode(s);
        byte[] padded = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, padded, 3, bytes.length);
        assertThat(StudySummaryCodec.decode(padded, 3, bytes.length)).isEqualTo(s);
    }

    @Test
    void aLongTextAndManySitesReadBack() {
        List<StudySummary.Site> sites = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            sites.add(new StudySummary.Site("Site " + i, "City", "State", "Country", null, "country/state/city"));
        }
        StudySummary s = new StudySummary(
                "NCT00000001", "x".repeat(100_000), "y", null, List.of(), null, List.of(), null, sites);
        byte[] bytes = StudySummaryCodec.encode(s);
        assertThat(StudySummaryCodec.decode(bytes, 0, bytes.length)).isEqualTo(s);
    }

    @Test
    void bytesOfAnotherFormatAreRefused() {
        assertThatThrownBy(() -> StudySummaryCodec.decode(new byte[] {9}, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] cut = StudySummaryCodec.encode(
                new StudySummary("NCT00000001", "t", null, null, List.of(), null, List.of(), null, List.of()));
        assertThatThrownBy(() -> StudySummaryCodec.decode(cut, 0, cut.length - 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
