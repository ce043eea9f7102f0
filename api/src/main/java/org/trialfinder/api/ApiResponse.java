package org.trialfinder.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an API call answers, independent of the HTTP server: status, content type, extra headers, body. */
public record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body) implements Answer {
    public static ApiResponse json(byte[] body) {
        return new ApiResponse(200, "application/json", Map.of(), body);
    }

    public static ApiResponse text(int status, String message) {
        return new ApiResponse(status, "text/plain; charset=utf-8", Map.of(), message.getBytes(StandardCharsets.UTF_8));
    }

    public static ApiResponse redirect(String location) {
        return new ApiResponse(301, "text/plain; charset=utf-8", Map.of("Location", location), new byte[0]);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, contentType, h, body);
    }
}
