package org.trialfinder.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HeavyAnswerSlotsTest {
    @Test
    void aRequestWaitsForAFreeSlotAndIsTurnedAwayWhenNoneComes() throws Exception {
        HeavyAnswerSlots slots = new HeavyAnswerSlots(1, 50);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> {
            try {
                slots.run(() -> {
                    holding.countDown();
                    release.await();
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holding.await();
        AtomicBoolean ran = new AtomicBoolean();
        // the only slot is held until released: the second request is turned away without running
        assertThat(slots.run(() -> ran.set(true))).isFalse();
        assertThat(ran).isFalse();
        release.countDown();
        holder.join();
        assertThat(slots.run(() -> ran.set(true))).isTrue();
        assertThat(ran).isTrue();
        assertThat(slots.available()).isEqualTo(1);
    }

    @Test
    void aFailingAnswerGivesItsSlotBack() {
        HeavyAnswerSlots slots = new HeavyAnswerSlots(2, 10);
        try {
            slots.run(() -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the slot is released in a finally
        }
        assertThat(slots.available()).isEqualTo(2);
    }

    @Test
    void theDefaultIsOneSlotPer64MiBOfHeapFrom1To16() {
        assertThat(HeavyAnswerSlots.defaultSlots(32L << 20)).isEqualTo(1);
        assertThat(HeavyAnswerSlots.defaultSlots(256L << 20)).isEqualTo(4);
        assertThat(HeavyAnswerSlots.defaultSlots(1L << 30)).isEqualTo(16);
        assertThat(HeavyAnswerSlots.defaultSlots(8L << 30)).isEqualTo(16);
    }
}
