package org.trialfinder.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {
    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            q.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return q;
    }

    @Test
    void theExpensiveRequestsAreTheIssuesOnes() {
        assertThat(RequestLimits.expensive("POST", "/api/v2/match", query())).isTrue();
        assertThat(RequestLimits.expensive("POST", "/patient", query())).isTrue();
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies/download", query("format", "json.zip")))
                .isTrue();
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query("pageSize", "1000")))
                .isTrue();
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query("pageSize", "5000")))
                .isTrue();
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query("pageSize", "1000", "format", "csv")))
                .isTrue();
        assertThat(RequestLimits.expensive(
                        "GET", "/api/v2/studies", query("pageSize", "1000", "format", "csv", "fields", "NCT Number")))
                .isTrue();
    }

    @Test
    void ordinaryRequestsAreNot() {
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query())).isFalse();
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query("pageSize", "100")))
                .isFalse();
        // a large page of ids only is how clients page through everything: cheap
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query("pageSize", "1000", "fields", "NCTId")))
                .isFalse();
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query("pageSize", "abc")))
                .isFalse();
        assertThat(RequestLimits.expensive("GET", "/api/v2/studies", query("pageSize", "0")))
                .isFalse();
        assertThat(RequestLimits.expensive("POST", "/api/v2/prescreen/NCT06751394", query()))
                .isFalse();
        assertThat(RequestLimits.expensive("GET", "/patient", query())).isFalse();
        assertThat(RequestLimits.expensive("GET", "/search", query("cond", "cancer")))
                .isFalse();
    }

    @Test
    void heavyRequestsAreLargePagesWhateverTheirFields() {
        assertThat(RequestLimits.heavy("/api/v2/studies", query("pageSize", "101")))
                .isTrue();
        assertThat(RequestLimits.heavy("/api/v2/studies", query("pageSize", "1000", "fields", "NCTId")))
                .isTrue();
        assertThat(RequestLimits.heavy("/api/v2/studies", query("pageSize", "100")))
                .isFalse();
        assertThat(RequestLimits.heavy("/api/v2/studies/NCT06751394", query("pageSize", "1000")))
                .isFalse();
    }
}
