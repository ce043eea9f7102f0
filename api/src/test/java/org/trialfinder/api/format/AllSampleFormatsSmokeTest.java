package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.format.SampleStudies.Sample;

/** Every real sample record renders in every format without an exception. */
class AllSampleFormatsSmokeTest {

    @Test
    void allSampleRecordsRenderInCsvRisAndFhir() throws Exception {
        List<Sample> all = SampleStudies.all();
        assertThat(all).hasSize(1492);

        StringWriter csv = new StringWriter();
        StringWriter ris = new StringWriter();
        CsvFormat.all().writeHeader(csv);
        for (Sample sample : all) {
            CsvFormat.all().writeRow(sample.study(), csv);
            RisFormat.all().write(sample.study(), ris);
            String fhir = FhirResearchStudyFormat.instance().toJson(sample.study());
            ResearchStudy back =
                    FhirResearchStudyFormat.context().newJsonParser().parseResource(ResearchStudy.class, fhir);
            assertThat(back.getIdElement().getIdPart()).isEqualTo(sample.nctId());
        }

        assertThat(CsvReader.read(csv.toString()))
                .hasSize(all.size() + 1)
                .allSatisfy(row -> assertThat(row).hasSize(CsvFormat.COLUMN_NAMES.size()));
        assertThat(ris.toString().split("ER  - \r\n", -1)).hasSize(all.size() + 1);
    }
}
