package org.trialfinder.ingest.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyTextTest {

    @Test
    void unwrapsIndentedTextblockIntoV2PlainText() {
        String raw = "\n        Inclusion Criteria:\r\n\r\n"
                + "          -  Histologically confirmed stage IV breast cancer that is unlikely to respond to\r\n"
                + "             existing therapy\r\n\r\n"
                + "               -  Must have failed prior standard therapy\r\n\r\n"
                + "          -  Measurable disease\r\n\r\n"
                + "        Exclusion Criteria:\r\n\r\n"
                + "          1. Pregnant\r\n\r\n"
                + "          2. Age &lt; 18\r\n      ";
        assertThat(LegacyText.textblock(raw))
                .isEqualTo("Inclusion Criteria:\n\n"
                        + "* Histologically confirmed stage IV breast cancer that is unlikely to respond to existing therapy\n"
                        + "  * Must have failed prior standard therapy\n"
                        + "* Measurable disease\n\n"
                        + "Exclusion Criteria:\n\n"
                        + "1. Pregnant\n"
                        + "2. Age &lt; 18");
    }

    @Test
    void keepsParagraphsAndInnerCharacters() {
        String raw = "\n      RATIONALE: a  b\r\n      c-d.\r\n\r\n      PURPOSE: x*y  -  z\r\n    ";
        assertThat(LegacyText.textblock(raw)).isEqualTo("RATIONALE: a  b c-d.\n\nPURPOSE: x*y  -  z");
    }

    @Test
    void blankIsNull() {
        assertThat(LegacyText.textblock("\n   \r\n  ")).isNull();
        assertThat(LegacyText.plain("  \r\n ")).isNull();
        assertThat(LegacyText.plain(" slow accrual\r\n  ")).isEqualTo("slow accrual");
        assertThat(LegacyText.plain("a\r\nb")).isEqualTo("a\nb");
    }
}
