package org.trialfinder.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * An answer too large to hold in memory (the whole store as a zip): status, content type and
 * headers as {@link ApiResponse}, and a body the server writes straight to the client's stream.
 */
public record StreamedResponse(int status, String contentType, Map<String, String> headers, BodyWriter body)
        implements Answer {

    /** Writes the body to the client as it is produced; an {@link IOException} (the client left) ends it. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
