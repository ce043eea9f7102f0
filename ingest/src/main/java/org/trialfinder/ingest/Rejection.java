package org.trialfinder.ingest;

/** A record that was not stored: where it came from and why, in words a person can act on. */
public record Rejection(String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
