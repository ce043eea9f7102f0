package org.trialfinder.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialfinder.api.format.StudyFormats.Format;
import org.trialfinder.model.Study;
import org.trialfinder.model.StudyJson;

class StudyFormatsTest {

    @Test
    void parsesFormatNames() {
        assertThat(Format.parse("json")).isEqualTo(Format.JSON);
        assertThat(Format.parse("csv")).isEqualTo(Format.CSV);
        assertThat(Format.parse("ris")).isEqualTo(Format.RIS);
        assertThat(Format.parse("fhir.json")).isEqualTo(Format.FHIR_JSON);
        assertThat(Format.parse(" CSV ")).isEqualTo(Format.CSV);
        assertThat(Format.allowedValues()).containsExactly("json", "csv", "ris", "fhir.json");
    }

    @Test
    void parsesContentTypes() {
        assertThat(Format.parse("application/json")).isEqualTo(Format.JSON);
        assertThat(Format.parse("text/csv")).isEqualTo(Format.CSV);
        assertThat(Format.parse("application/x-research-info-systems")).isEqualTo(Format.RIS);
        assertThat(Format.parse("application/fhir+json")).isEqualTo(Format.FHIR_JSON);
        assertThat(Format.parse("text/csv; charset=utf-8")).isEqualTo(Format.CSV);
        assertThat(Format.CSV.contentType()).isEqualTo("text/csv");
        assertThat(Format.FHIR_JSON.paramValue()).isEqualTo("fhir.json");
    }

    @Test
    void rejectsBadFormatNamesNamingTheAllowedValues() {
        for (String bad : new String[] {"xml", "json.zip", "fhir", "", "text/html", "csv,json"}) {
            assertThatThrownBy(() -> Format.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + bad + "\"")
                    .hasMessageContaining("json, csv, ris, fhir.json");
        }
        assertThatThrownBy(() -> Format.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowed: json, csv, ris, fhir.json");
    }

    @Test
    void rendersEachFormat() {
        Study tracer = SampleStudies.tracer().study();

        assertThat(StudyFormats.render(tracer, Format.JSON, null)).isEqualTo(StudyJson.toJson(tracer));
        assertThat(StudyFormats.render(tracer, Format.CSV, List.of("NCT Number", "Acronym")))
                .isEqualTo("NCT Number,Acronym\r\nNCT06751394,TRACER\r\n");
        assertThat(StudyFormats.render(tracer, Format.CSV, null)).startsWith("NCT Number,Study Title,");
        assertThat(StudyFormats.render(tracer, Format.RIS, List.of("ID")))
                .isEqualTo("TY  - DBASE\r\nID  - NCT06751394\r\nER  - \r\n");
        assertThat(StudyFormats.render(tracer, Format.FHIR_JSON, List.of()))
                .startsWith("{\"resourceType\":\"ResearchStudy\",\"id\":\"NCT06751394\"");
    }

    @Test
    void rejectsFieldsWhereTheFormatTakesNone() {
        Study tracer = SampleStudies.tracer().study();

        assertThatThrownBy(() -> StudyFormats.render(tracer, Format.FHIR_JSON, List.of("NCTId")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fhir.json");
        // CSV takes column names and piece names (NCTId is a column now); a name that is neither is refused
        assertThatThrownBy(() -> StudyFormats.render(tracer, Format.CSV, List.of("Study Titel")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Study Titel\"")
                .hasMessageContaining("NCT Number");
        assertThatThrownBy(() -> StudyFormats.render(tracer, Format.RIS, List.of("NCTId")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TY, ID");
    }
}
