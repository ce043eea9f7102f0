package org.trialfinder.eligibility.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialfinder.eligibility.criterion.UnreadReason;

class LabelledSetBenchmarkTest {

    private static final Path LABELLED = Path.of("labelled/criteria.jsonl");

    private static final Path HELD_OUT = Path.of("labelled/heldout/criteria.jsonl");

    /**
     * A guard against regressions on the dev split (issue 12's goal, precision ≥ 0.97 and recall ≥ 0.75 on the
     * held-out split, is measured by {@code bench/run criteria}, not here): every label in the notation, the
     * strict precision and recall no lower than measured on the grown set of 1,582 items (0.913 and 0.339 on
     * 2026-12-07), and at least 98 % of the readings never stronger than their label (0.988 then).
     */
    @Test
    void theDevSplitHoldsItsFigures() throws IOException {
        assumeTrue(Files.isRegularFile(LABELLED), "no labelled set at eligibility/" + LABELLED + " on this branch yet");
        LabelledSetBenchmark.Result r = LabelledSetBenchmark.run(LABELLED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LabelledSetBenchmark.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(r.unreadableLabels()).as("labels not in the notation").isEmpty();
        assertThat(r.total().items()).isGreaterThanOrEqualTo(1500);
        assertThat(r.total().precision())
                .as(out.toString(StandardCharsets.UTF_8))
                .isGreaterThanOrEqualTo(0.90);
        assertThat(r.total().recall()).isGreaterThanOrEqualTo(0.33);
        assertThat(LabelledSetBenchmark.neverStronger(r)).isGreaterThanOrEqualTo(0.98);
    }

    /** The held-out split is only checked to be in the notation here; its figures are not printed. */
    @Test
    void theHeldOutLabelsAreInTheNotation() throws IOException {
        assumeTrue(Files.isRegularFile(HELD_OUT), "no held-out split on this branch");
        LabelledSetBenchmark.Result r = LabelledSetBenchmark.run(HELD_OUT);
        assertThat(r.unreadableLabels())
                .as("held-out labels not in the notation")
                .isEmpty();
        assertThat(r.total().items()).isGreaterThanOrEqualTo(400);
    }

    /** The figures on a small set whose outcome is known item by item. */
    @Test
    void countsPrecisionAndRecallAsDefined(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("criteria.jsonl");
        Files.write(
                file,
                List.of(
                        // parsed computable and equivalent (units converted)
                        "{\"nctId\":\"NCT1\",\"section\":\"inclusion\",\"index\":\"1\",\"text\":\"ANC ≥ 1500/µL\",\"expected\":\"lab(ANC) >= 1.5 10*9/L\",\"domain\":\"oncology\"}",
                        // parsed computable, not equivalent (a precision error)
                        "{\"nctId\":\"NCT1\",\"section\":\"inclusion\",\"index\":\"2\",\"text\":\"ECOG 0-1\",\"expected\":\"ecog <= 2\",\"domain\":\"oncology\"}",
                        // labelled computable, parsed not computable (a recall miss)
                        "{\"nctId\":\"NCT2\",\"section\":\"exclusion\",\"index\":\"1\",\"text\":\"Severe hepatic impairment\",\"expected\":\"diagnosis(COND:hepatic impairment)\",\"domain\":\"hepatology\"}",
                        // both not computable
                        "{\"nctId\":\"NCT2\",\"section\":\"inclusion\",\"index\":\"1\",\"text\":\"Signed informed consent\",\"expected\":\"not_computable\",\"domain\":\"hepatology\"}",
                        // a label that is not the notation is reported, not counted
                        "{\"nctId\":\"NCT3\",\"section\":\"inclusion\",\"index\":\"1\",\"text\":\"x\",\"expected\":\"lab(ANC) >=\",\"domain\":\"oncology\"}"),
                StandardCharsets.UTF_8);
        LabelledSetBenchmark.Result r = LabelledSetBenchmark.run(file);
        assertThat(r.total().items()).isEqualTo(4);
        assertThat(r.trials()).isEqualTo(2);
        assertThat(r.total().parsedComputable()).isEqualTo(2);
        assertThat(r.total().precision()).isEqualTo(0.5);
        assertThat(r.total().labelledComputable()).isEqualTo(3);
        assertThat(r.total().recall()).isEqualTo(1.0 / 3);
        assertThat(r.byDomain().get("hepatology").parsedComputable()).isZero();
        assertThat(r.unreadableLabels()).singleElement().asString().contains("line 5");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LabelledSetBenchmark.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("precision of computable: 0.500 (1/2)", "ECOG 0-1", "expected ecog <= 2")
                // the recall miss with the reason the parser gave, and the count by reason
                .contains("why labelled computable items were not read (recall misses), by reason: 1 items")
                .containsPattern("Severe hepatic impairment\\n      expected [^\\n]+\\n      unread   [A-Z_]+\\n");
        assertThat(r.outcomes().stream()
                        .filter(o -> o.text().equals("Severe hepatic impairment"))
                        .findFirst()
                        .orElseThrow()
                        .unread())
                .singleElement()
                .isNotEqualTo(UnreadReason.NOT_RECORDED);
    }
}
