package org.trialfinder.ingest;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how an ingest is going: a progress bar (input MB, studies/s, ETA) on a terminal, a plain
 * line every few seconds in logs and CI. Progress follows input bytes, the one measure known in
 * advance for streamed inputs.
 */
abstract sealed class IngestProgress implements AutoCloseable {
    static IngestProgress start(
            IngestOptions.ProgressMode mode,
            String label,
            long totalBytes,
            LongSupplier bytesDone,
            LongSupplier studiesDone,
            PrintStream log) {
        IngestOptions.ProgressMode m = mode;
        if (m == IngestOptions.ProgressMode.AUTO) {
            m = onTerminal() ? IngestOptions.ProgressMode.BAR : IngestOptions.ProgressMode.LOG;
        }
        return switch (m) {
            case BAR -> new Bar(label, totalBytes, bytesDone, studiesDone);
            case LOG -> new Lines(label, totalBytes, bytesDone, studiesDone, log);
            default -> new None();
        };
    }

    /**
     * Whether output goes to a person's terminal. From JDK 22 {@code System.console()} exists even
     * when output is redirected, and {@code Console.isTerminal()} tells; on 21 a console exists only
     * for a terminal. Compiled for 21, so the newer method is looked up at run time.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Called often by the feeding thread; implementations throttle themselves. */
    abstract void tick();

    @Override
    public abstract void close();

    static final class None extends IngestProgress {
        @Override
        void tick() {}

        @Override
        public void close() {}
    }

    static final class Bar extends IngestProgress {
        private final ProgressBar bar;
        private final LongSupplier bytesDone;
        private final LongSupplier studiesDone;
        private final long startNanos = System.nanoTime();
        private long lastUpdate;

        Bar(String label, long totalBytes, LongSupplier bytesDone, LongSupplier studiesDone) {
            this.bytesDone = bytesDone;
            this.studiesDone = studiesDone;
            this.bar = new ProgressBarBuilder()
                    .setTaskName(label)
                    .setInitialMax(totalBytes > 0 ? totalBytes : -1)
                    .setUnit(" MB", 1024 * 1024)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(250)
                    .continuousUpdate()
                    .build();
        }

        @Override
        void tick() {
            long now = System.nanoTime();
            if (now - lastUpdate < 200_000_000L) {
                return;
            }
            lastUpdate = now;
            long studies = studiesDone.getAsLong();
            double secs = (now - startNanos) / 1e9;
            bar.stepTo(bytesDone.getAsLong());
            bar.setExtraMessage(
                    String.format(Locale.ROOT, " %,d studies, %,.0f/s", studies, secs > 0 ? studies / secs : 0));
        }

        @Override
        public void close() {
            tickFinal();
            bar.close();
        }

        private void tickFinal() {
            lastUpdate = 0;
            tick();
        }
    }

    static final class Lines extends IngestProgress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final String label;
        private final long totalBytes;
        private final LongSupplier bytesDone;
        private final LongSupplier studiesDone;
        private final PrintStream log;
        private final long startNanos = System.nanoTime();
        private long lastLine = System.nanoTime();

        Lines(String label, long totalBytes, LongSupplier bytesDone, LongSupplier studiesDone, PrintStream log) {
            this.label = label;
            this.totalBytes = totalBytes;
            this.bytesDone = bytesDone;
            this.studiesDone = studiesDone;
            this.log = log;
        }

        @Override
        void tick() {
            long now = System.nanoTime();
            if (now - lastLine < EVERY_NANOS) {
                return;
            }
            lastLine = now;
            double secs = (now - startNanos) / 1e9;
            long studies = studiesDone.getAsLong();
            long bytes = bytesDone.getAsLong();
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT, "%s: %,d studies (%,.0f/s)", label, studies, studies / Math.max(secs, 1e-9)));
            if (totalBytes > 0 && bytes > 0) {
                double fraction = Math.min(1.0, (double) bytes / totalBytes);
                long etaSecs = (long) (secs / fraction - secs);
                line.append(String.format(
                        Locale.ROOT, ", %.0f%% of input, ETA %s", fraction * 100, format(Duration.ofSeconds(etaSecs))));
            }
            log.println(line);
        }

        private static String format(Duration d) {
            return d.toHours() > 0
                    ? String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart())
                    : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
        }

        @Override
        public void close() {}
    }
}
