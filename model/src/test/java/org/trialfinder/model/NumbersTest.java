package org.trialfinder.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.trialfinder.model.protocol.GeoPoint;

/** Numbers are written back with the digits they were read with; integers stay integers. */
class NumbersTest {

    private static String roundTrip(String json) {
        return StudyJson.toJson(StudyJson.parse(json));
    }

    private static String withSite(String geoPoint) {
        return "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"},"
                + "\"contactsLocationsModule\":{\"locations\":[{\"geoPoint\":" + geoPoint + "}]}}}";
    }

    @Test
    void coordinatesKeepTheirDigits() {
        String json = withSite("{\"lat\":40.71,\"lon\":-74.0060}");

        assertThat(roundTrip(json)).isEqualTo(json);
    }

    @Test
    void integerCoordinatesStayIntegers() {
        String json = withSite("{\"lat\":40,\"lon\":-74}");

        assertThat(roundTrip(json)).isEqualTo(json);
    }

    @Test
    void coordinatesAreAlsoAvailableAsDoubles() {
        GeoPoint point = StudyJson.parse(withSite("{\"lat\":40.71,\"lon\":-74.0060}"))
                .locations()
                .get(0)
                .geoPoint();

        assertThat(point.latitude()).isEqualTo(40.71);
        assertThat(point.longitude()).isEqualTo(-74.006);
    }

    @Test
    void bmiLimitsKeepIntegerAndDecimalForms() {
        String json = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"}},"
                + "\"derivedSection\":{\"miscInfoModule\":{\"modelPredictions\":{\"bmiLimits\":{\"minBmi\":18,\"maxBmi\":24.90}}}}}";

        assertThat(roundTrip(json)).isEqualTo(json);
    }

    @Test
    void largeDocumentSizesBeyondIntRangeSurvive() {
        String json = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"}},"
                + "\"documentSection\":{\"largeDocumentModule\":{\"largeDocs\":[{\"size\":3000000000}]}}}";

        assertThat(roundTrip(json)).isEqualTo(json);
    }

    @Test
    void rawResultsNumbersAreKeptExactly() throws IOException {
        String json = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"}},"
                + "\"resultsSection\":{\"x\":[0.10,1E-7,12345678901234567890.123456789,7]}}";
        JsonNode in = StudyJson.mapper().readTree(json);

        JsonNode out = StudyJson.toTree(StudyJson.fromTree(in));

        assertThat(out).isEqualTo(in);
        assertThat(out.at("/resultsSection/x/0").toString()).isEqualTo("0.10");
        assertThat(out.at("/resultsSection/x/2").decimalValue()).isEqualByComparingTo("12345678901234567890.123456789");
        assertThat(out.at("/resultsSection/x/3").isIntegralNumber()).isTrue();
    }
}
