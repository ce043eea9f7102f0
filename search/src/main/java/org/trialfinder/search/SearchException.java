package org.trialfinder.search;

/**
 * A request the search cannot answer because of what it asks (an unknown field, a malformed
 * expression, a bad sort or page token). The message names what was wrong and what is allowed;
 * the API answers it as a 400.
 */
public class SearchException extends RuntimeException {
    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
