package org.trialfinder.api.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3 description of the API ({@code openapi.json} beside this class), served at {@code /api/openapi.json}. */
public final class OpenApiDocument {
    private OpenApiDocument() {}

    public static byte[] bytes() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
