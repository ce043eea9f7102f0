package org.trialfinder.ingest.sync;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * GETs with a minimum interval between requests and retries with exponential backoff on 429, 5xx
 * and network errors, honouring Retry-After. Other 4xx answers are not retried: the request itself
 * is wrong and the message says so.
 */
final class PoliteHttpClient {
    /**
     * The clock and the waiting, apart so a test can check the pacing in virtual time instead of
     * depending on how fast the machine is.
     */
    interface Timing {
        Timing REAL = new Timing() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration d) {
                try {
                    Thread.sleep(d);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SyncException("interrupted while waiting", e);
                }
            }
        };

        long nanoTime();

        void sleep(Duration d);

        /** Called as each request is sent, with {@link #nanoTime()} at that moment. */
        default void requestSent(long nanos) {}
    }

    private final Timing timing;
    private final HttpClient http;
    private final SyncOptions options;
    private final PrintStream log;
    private final SyncStop stop;
    private long lastRequestNanos = Long.MIN_VALUE;
    private int requests;

    PoliteHttpClient(SyncOptions options, PrintStream log) {
        this(options, log, Timing.REAL, new SyncStop());
    }

    PoliteHttpClient(SyncOptions options, PrintStream log, Timing timing, SyncStop stop) {
        this.timing = timing;
        this.stop = stop;
        this.options = options;
        this.log = log;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    int requests() {
        return requests;
    }

    byte[] get(URI uri) {
        Duration backoff = options.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            waitForTurn();
            String problem;
            Optional<Duration> retryAfter = Optional.empty();
            try {
                requests++;
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .timeout(options.requestTimeout())
                        .header("Accept", "application/json")
                        .header("User-Agent", "Trialfinder-sync")
                        .GET()
                        .build();
                HttpResponse<byte[]> response =
                        stop.interruptibly(() -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                String body = new String(response.body(), StandardCharsets.UTF_8).strip();
                if (body.length() > 300) {
                    body = body.substring(0, 300) + "…";
                }
                problem = "HTTP " + status + (body.isEmpty() ? "" : ": " + body);
                if (status != 429 && status < 500) {
                    throw new SyncException(uri + " answered " + problem);
                }
                retryAfter = response.headers().firstValue("Retry-After").flatMap(PoliteHttpClient::seconds);
            } catch (ConnectException e) {
                // the JDK's client often gives no message: say what happened and where
                problem = "network error: cannot connect to " + uri.getHost()
                        + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + " (connection refused or unreachable)";
            } catch (IOException e) {
                problem = "network error: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException("interrupted while fetching " + uri, e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new SyncException("cannot fetch " + uri + ": " + e, e);
            }
            if (attempt >= options.maxAttempts()) {
                throw new SyncException("gave up on " + uri + " after " + attempt + " attempts; last: " + problem);
            }
            Duration wait = retryAfter
                    .filter(d -> d.compareTo(Duration.ofMinutes(10)) <= 0)
                    .orElse(backoff);
            log.printf(
                    Locale.ROOT,
                    "sync: %s; retrying in %.1f s (attempt %d of %d)%n",
                    problem,
                    wait.toMillis() / 1000.0,
                    attempt + 1,
                    options.maxAttempts());
            sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP-date: fall back to our own backoff
        }
    }

    private void waitForTurn() {
        long now = timing.nanoTime();
        if (lastRequestNanos != Long.MIN_VALUE) {
            long due = lastRequestNanos + options.minInterval().toNanos();
            if (due > now) {
                sleep(Duration.ofNanos(due - now));
            }
        }
        lastRequestNanos = timing.nanoTime();
        timing.requestSent(lastRequestNanos);
    }

    private void sleep(Duration d) {
        try {
            stop.interruptibly(() -> {
                timing.sleep(d);
                return null;
            });
        } catch (SyncException e) {
            stop.check(); // a sleep cut short by a stop is the stop, not a failure
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SyncException("interrupted while waiting", e);
        }
    }
}
