package org.trialfinder.eligibility.drugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Treatments as patients and records write them, and the generic drugs they name (from the drug tables). */
class TreatmentReaderTest {

    static Stream<Arguments> treatments() {
        return Stream.of(
                Arguments.of("Tagrisso 80 mg daily", List.of("osimertinib")),
                Arguments.of("osimertinib (AZD9291)", List.of("osimertinib", "osimertinib")),
                Arguments.of("TAGRISSO", List.of("osimertinib")),
                Arguments.of("Keytruda", List.of("pembrolizumab")),
                Arguments.of("Keytruda 200 mg IV q3w", List.of("pembrolizumab")),
                Arguments.of("carboplatin/pemetrexed", List.of("carboplatin", "pemetrexed")),
                Arguments.of("Carboplatin AUC5 + pemetrexed 500 mg/m2", List.of("carboplatin", "pemetrexed")),
                Arguments.of("FOLFOX", List.of("leucovorin", "fluorouracil", "oxaliplatin")),
                Arguments.of(
                        "mFOLFOX6 + bevacizumab", List.of("leucovorin", "fluorouracil", "oxaliplatin", "bevacizumab")),
                Arguments.of(
                        "R-CHOP x6",
                        List.of("rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone")),
                Arguments.of("5-FU", List.of("fluorouracil")),
                Arguments.of("Eliquis 5 mg BID", List.of("apixaban")),
                Arguments.of("Zoloft 50mg", List.of("sertraline")),
                Arguments.of("Ozempic 0.5 mg weekly", List.of("semaglutide")),
                Arguments.of("MMR vaccine", List.of("measles, mumps and rubella vaccine")),
                Arguments.of("prednisone 10 mg/day", List.of("prednisone")),
                // FHIR MedicationStatement text as RxNorm displays it
                Arguments.of("Osimertinib 80 MG Oral Tablet [Tagrisso]", List.of("osimertinib", "osimertinib")),
                Arguments.of(
                        "pembrolizumab 25 MG/ML Injectable Solution [Keytruda]",
                        List.of("pembrolizumab", "pembrolizumab")),
                // none: words around drugs, or nothing any table names
                Arguments.of("80 mg daily", List.of()),
                Arguments.of("whole-brain radiotherapy", List.of()),
                Arguments.of("Xyzzorimab 3 mg/kg", List.of()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("treatments")
    void findsTheDrugsNamed(String treatment, List<String> generics) {
        assertThat(TreatmentReader.read(treatment).stream()
                        .map(m -> m.drugs().getFirst().canonicalName())
                        .toList())
                .isEqualTo(generics);
    }
}
