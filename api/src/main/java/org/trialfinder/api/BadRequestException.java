package org.trialfinder.api;

/** A request the API refuses with 400; the message (plain text) says what was wrong and what is allowed. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
