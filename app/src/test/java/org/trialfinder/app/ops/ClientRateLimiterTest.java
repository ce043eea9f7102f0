package org.trialfinder.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    /** A clock the test moves by hand: the limiter's answers depend on it only. */
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @Test
    void aMinutesAllowanceComesAtOnceThenOneEveryInterval() {
        ClientRateLimiter limiter = new ClientRateLimiter(60, now::get);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("10.0.0.1")).as("request %d", i).isEmpty();
        }
        // the 61st within the same instant waits for the next token: one second at 60 a minute
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(OptionalLong.of(1));
        now.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(OptionalLong.of(1));
        now.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        assertThat(limiter.acquire("10.0.0.1")).isPresent();
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        ClientRateLimiter limiter = new ClientRateLimiter(2, now::get);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        // 2 a minute: the next token of "a" is 30 s away
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(30));
        assertThat(limiter.acquire("b")).isEmpty();
    }

    @Test
    void aQuietClientSavesUpNoMoreThanAMinute() {
        ClientRateLimiter limiter = new ClientRateLimiter(3, now::get);
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
        assertThat(limiter.acquire("a")).isPresent();
    }

    @Test
    void quietClientsAreForgottenWhenTheTableIsFull() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, now::get);
        for (int i = 0; i <= ClientRateLimiter.MAX_CLIENTS; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.clientsKnown()).isEqualTo(ClientRateLimiter.MAX_CLIENTS + 1);
        // a minute later every bucket has refilled: the next new client clears the table of them
        now.addAndGet(61 * SECOND);
        limiter.acquire("newcomer");
        assertThat(limiter.clientsKnown()).isEqualTo(1);
    }
}
