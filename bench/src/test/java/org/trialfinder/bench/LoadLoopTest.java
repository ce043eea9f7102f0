package org.trialfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The open loop's latency counts from when each request was due, so a stall shows the queue it causes; driven on a
 * simulated clock (no real time is measured).
 */
class LoadLoopTest {
    private static final long MS = 1_000_000;

    @Test
    void openLoopLatencyIncludesTheQueueBehindAStall() throws InterruptedException {
        // One worker, 100 req/s for 10 s: request k is due at 10k ms. Every request takes 1 ms, except the first,
        // which stalls the server for 1,000 ms. Request k (1..110) is sent when k-1 answered, at 1000 + (k - 1) ms,
        // and answers 1 ms later: latency 1000 + k - 10k = 1000 - 9k ms from its due time; from k = 111 on the
        // worker is back on schedule (1 ms).
        SimulatedServer server = new SimulatedServer(0, 1000 * MS, 1 * MS);
        LoadBenchmark.Recorder rec = run(LoadLoop.open(0, 10_000 * MS, 100, 30_000 * MS, 1_000_000), server);

        long[] latency = rec.all.sorted();
        long[] service = rec.service.sorted();
        assertThat(latency).hasSize(1000);
        // sorted: 889 × 1 ms, then 10, 19, …, 991 ms (110 values), then 1000 ms; rank 990 is the 101st of the 110
        assertThat(LoadBenchmark.percentile(latency, 0.99)).isEqualTo(910 * MS);
        assertThat(LoadBenchmark.percentile(latency, 0.50)).isEqualTo(1 * MS);
        assertThat(latency[latency.length - 1]).isEqualTo(1000 * MS);
        // what the naive measurement (from the actual send) would have shown: the stall once, the queue never
        assertThat(LoadBenchmark.percentile(service, 0.99)).isEqualTo(1 * MS);
    }

    @Test
    void requestsDueBeforeTheEndAreStillSentAndMeasuredAfterIt() throws InterruptedException {
        // 100 req/s for 1 s; the last request due (at 990 ms) meets a 500 ms stall, so all 100 requests due are sent,
        // the last one answering after the end of the run.
        SimulatedServer server = new SimulatedServer(99, 500 * MS, 1 * MS);
        LoadLoop loop = LoadLoop.open(0, 1000 * MS, 100, 30_000 * MS, 1_000_000);
        LoadBenchmark.Recorder rec = run(loop, server);

        assertThat(loop.due()).isEqualTo(100);
        assertThat(loop.sent()).isEqualTo(100);
        assertThat(rec.all.size()).isEqualTo(100);
        assertThat(rec.all.sorted()[99]).isEqualTo(500 * MS);
    }

    @Test
    void closedLoopLatencyIsTheServiceTime() throws InterruptedException {
        SimulatedServer server = new SimulatedServer(0, 1000 * MS, 1 * MS);
        LoadBenchmark.Recorder rec = run(LoadLoop.closed(0, 2000 * MS, 1_000_000), server);

        // 1 stalled request, then 1 ms each until 2,000 ms: 1,000 more
        assertThat(rec.all.size()).isEqualTo(1001);
        assertThat(rec.all.sorted()).isEqualTo(rec.service.sorted());
    }

    private static LoadBenchmark.Recorder run(LoadLoop loop, SimulatedServer server) throws InterruptedException {
        QueryMix mix = QueryMix.fromSample(1000, CorpusGenerator.DEFAULT_SEED, 1);
        LoadBenchmark.Recorder rec = new LoadBenchmark.Recorder(0);
        loop.work(mix, new AtomicLong(), server::now, server::sleepUntil, server::answer, rec);
        return rec;
    }

    /** A one-connection server on a simulated clock: request {@code stalled} takes {@code stall}, others {@code each}. */
    private static final class SimulatedServer {
        private final long stalled;
        private final long stall;
        private final long each;
        private long now;
        private long served;

        SimulatedServer(long stalled, long stall, long each) {
            this.stalled = stalled;
            this.stall = stall;
            this.each = each;
        }

        long now() {
            return now;
        }

        void sleepUntil(long t) {
            now = Math.max(now, t);
        }

        LoadLoop.Outcome answer(QueryMix.Query q) {
            now += served++ == stalled ? stall : each;
            return new LoadLoop.Outcome(200, new byte[0], null);
        }
    }
}
