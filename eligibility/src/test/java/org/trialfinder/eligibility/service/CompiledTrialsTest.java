package org.trialfinder.eligibility.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.trialfinder.eligibility.intake.PatientProfile;
import org.trialfinder.eligibility.intake.PatientProfileReader;
import org.trialfinder.eligibility.screen.CompiledTrial;
import org.trialfinder.eligibility.screen.CompiledTrialCodec;
import org.trialfinder.eligibility.screen.CompiledTrialCodecTest;
import org.trialfinder.eligibility.screen.PatientFacts;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.eligibility.screen.Verdict;
import org.trialfinder.store.StoreMetadata;
import org.trialfinder.store.StoreStats;
import org.trialfinder.store.StoreWriter;
import org.trialfinder.store.StoredStudy;
import org.trialfinder.store.StudyStore;

/**
 * The scan of every stored compiled form, in batches on every core, gives each trial the verdict of its full
 * screening: over several thousand forms (the sample's trials, each under a few ids), so batches run at once.
 */
class CompiledTrialsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    /** A store that holds nothing but compiled forms. */
    private record FormsOnly(Map<String, byte[]> forms) implements StudyStore {
        @Override
        public void forEachAttachment(String name, BiConsumer<String, byte[]> visitor) {
            forms.forEach(visitor);
        }

        @Override
        public Optional<StoredStudy> get(String nctIdOrAlias) {
            return Optional.empty();
        }

        @Override
        public Optional<String> resolveId(String nctIdOrAlias) {
            return Optional.empty();
        }

        @Override
        public long count() {
            return forms.size();
        }

        @Override
        public void forEach(Consumer<StoredStudy> visitor) {}

        @Override
        public StoreStats stats() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<LocalDate> latestUpdatePostDate() {
            return Optional.empty();
        }

        @Override
        public StoreMetadata metadata() {
            return new StoreMetadata(Map.of());
        }

        @Override
        public StoreWriter openWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    }

    @Test
    void verdictsOfEveryStoredFormEqualTheFullScreenings() throws IOException {
        PatientProfile patient =
                new PatientProfileReader(Clock.systemUTC()).read("""
                        {"age":58,"sex":"female","conditions":["recurrent rectal cancer"],"metastases":["liver"],
                         "labs":[{"name":"ANC","value":1500,"unit":"/uL"}],
                         "treatments":[{"name":"oxaliplatin","date":"2025-03-01"}]}
                        """).profile();
        Map<String, byte[]> forms = new HashMap<>();
        Map<String, Verdict> expected = new HashMap<>();
        List<CompiledTrial> sample = CompiledTrialCodecTest.sample().stream()
                .map(TrialCompiler::compileUncached)
                .toList();
        for (int copy = 0; copy < 3; copy++) {
            for (CompiledTrial t : sample) {
                String id = t.nctId() + "#" + copy;
                CompiledTrial renamed = new CompiledTrial(id, t.lastUpdate(), t.criteriaText(), t.criteria());
                forms.put(id, CompiledTrialCodec.encode(renamed));
                expected.put(
                        id,
                        Prescreener.screen(new PatientFacts(patient, TODAY), renamed)
                                .verdict());
            }
        }
        CompiledTrials compiled = new CompiledTrials(new FormsOnly(forms), new TrialCompiler());
        assertThat(compiled.verdicts(() -> new PatientFacts(patient, TODAY))).isEqualTo(expected);
    }
}
