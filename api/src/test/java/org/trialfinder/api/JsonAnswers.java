package org.trialfinder.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.trialfinder.model.StudyJson;

/** Reading the API classes' answers in tests: a 200 with a JSON body, as the tree it holds. */
public final class JsonAnswers {
    private JsonAnswers() {}

    /** The body of a 200 {@code application/json} answer (the body is shown when the status is another). */
    public static JsonNode json(ApiResponse r) {
        assertThat(r.status()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        try {
            return StudyJson.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
