package org.trialfinder.api;

/**
 * What an API call answers: a body held in memory ({@link ApiResponse}: small, so the server can add an ETag and
 * gzip it) or one written to the client as it is produced ({@link StreamedResponse}: too large to hold).
 */
public sealed interface Answer permits ApiResponse, StreamedResponse {
    int status();
}
