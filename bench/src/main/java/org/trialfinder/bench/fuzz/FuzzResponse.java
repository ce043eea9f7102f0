package org.trialfinder.bench.fuzz;

/**
 * What the server answered: the status (0 when the connection ended without an answer), the body as bytes and
 * the time from the first byte sent to the last byte read, and to the first byte of the answer.
 */
public record FuzzResponse(
        int status, String contentType, String contentEncoding, byte[] body, long nanos, long firstByteNanos) {}
