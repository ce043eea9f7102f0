package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changed versions the update benchmark ingests: what a day of registry updates changes, and nothing else. */
class ServedUpdateTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STUDY = """
            {"protocolSection":{
              "identificationModule":{"nctId":"NCT01234567","briefTitle":"A Study of X"},
              "statusModule":{"statusVerifiedDate":"2024-01","overallStatus":"RECRUITING",
                "lastUpdateSubmitDate":"2024-09-19","lastUpdatePostDateStruct":{"date":"2024-09-19","type":"ACTUAL"}},
              "designModule":{"enrollmentInfo":{"count":22,"type":"ESTIMATED"}}},
             "hasResults":false}
            """;

    @Test
    void changeMakesANewerVersionOfTheSameStudy() throws Exception {
        JsonNode before = MAPPER.readTree(STUDY);

        JsonNode after = ServedUpdate.change(before, LocalDate.of(2026, 12, 6), "[rev abc]");

        JsonNode status = after.path("protocolSection").path("statusModule");
        assertThat(status.path("lastUpdatePostDateStruct").path("date").asText())
                .isEqualTo("2026-12-06");
        assertThat(status.path("lastUpdateSubmitDate").asText()).isEqualTo("2026-12-06");
        assertThat(status.path("statusVerifiedDate").asText()).isEqualTo("2026-12");
        assertThat(status.path("overallStatus").asText()).isEqualTo("RECRUITING");
        assertThat(after.at("/protocolSection/identificationModule/nctId").asText())
                .isEqualTo("NCT01234567");
        assertThat(after.at("/protocolSection/identificationModule/briefTitle").asText())
                .isEqualTo("A Study of X [rev abc]");
        assertThat(after.at("/protocolSection/designModule/enrollmentInfo/count")
                        .asLong())
                .isEqualTo(23);
        assertThat(after.path("hasResults").asBoolean()).isFalse();
        assertThat(before).isEqualTo(MAPPER.readTree(STUDY)); // the input is left alone
    }

    @Test
    void aLaterBatchReplacesTheMarkOfAnEarlierOne() throws Exception {
        JsonNode once = ServedUpdate.change(MAPPER.readTree(STUDY), LocalDate.of(2026, 12, 6), "[rev abc]");

        JsonNode twice = ServedUpdate.change(once, LocalDate.of(2026, 12, 7), "[rev abd]");

        assertThat(twice.at("/protocolSection/identificationModule/briefTitle").asText())
                .isEqualTo("A Study of X [rev abd]");
    }

    @Test
    void batchIdsAreDistinctAndSpreadOverTheCorpus() {
        List<String> ids = ServedUpdate.batchIds(10_000, 42, 1_000);

        assertThat(ids).hasSize(1_000).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo(CorpusGenerator.nctId(0, 42));
        assertThat(ids.get(999)).isEqualTo(CorpusGenerator.nctId(9_990, 42));
    }
}
