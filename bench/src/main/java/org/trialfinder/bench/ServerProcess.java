package org.trialfinder.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code trialfinder serve} as a separate JVM on loopback: started from the app jar, ready once
 * it prints "Trialfinder is running at http://localhost:PORT/ with N studies", measured through
 * {@code /proc/<pid>}, and always destroyed by {@link #close()} (or by a shutdown hook if the benchmark
 * is interrupted).
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern RUNNING =
            Pattern.compile("is running at http://[^:/]+:(\\d+)/ with ([\\d,]+) studies");
    private static final int ECHO_LINES = 100;

    private final Process process;
    private final Thread hook;
    private final int port;
    private final long studies;
    private final long clockTicks;

    /** CPU seconds (user + system) and resident memory of the server at one moment. */
    record Usage(double cpuSeconds, long rssBytes) {}

    private ServerProcess(Process process, Thread hook, int port, long studies) {
        this.process = process;
        this.hook = hook;
        this.port = port;
        this.studies = studies;
        this.clockTicks = clockTicks();
    }

    static ServerProcess start(
            Path java, List<String> jvmOptions, Path appJar, Path data, PrintStream out, long timeoutSeconds)
            throws IOException {
        return start(java, jvmOptions, appJar, data, out, timeoutSeconds, List.of("--no-sample"));
    }

    /** As above, with {@code serveOptions} instead of {@code --no-sample} (e.g. none: load the bundled sample). */
    static ServerProcess start(
            Path java,
            List<String> jvmOptions,
            Path appJar,
            Path data,
            PrintStream out,
            long timeoutSeconds,
            List<String> serveOptions)
            throws IOException {
        return start(java, jvmOptions, appJar, data, out, timeoutSeconds, serveOptions, null);
    }

    /** As above, and every line the server prints also goes to {@code log} (when not null). */
    static ServerProcess start(
            Path java,
            List<String> jvmOptions,
            Path appJar,
            Path data,
            PrintStream out,
            long timeoutSeconds,
            List<String> serveOptions,
            Path log)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", appJar.toString(), "serve"));
        cmd.addAll(serveOptions);
        if (!serveOptions.contains("--sync-url")) {
            // a benchmark store that a soak synced records the soak's fake upstream, long gone: a server measured
            // here syncs only when the benchmark asks it to
            cmd.add("--no-sync");
        }
        cmd.addAll(List.of("--host", "127.0.0.1", "--port", "0", "--data", data.toString()));
        out.println("starting the server: " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread hook = new Thread(() -> kill(p), "bench-kill-server");
        Runtime.getRuntime().addShutdownHook(hook);
        CompletableFuture<Matcher> ready = new CompletableFuture<>();
        PrintStream logTo =
                log == null ? null : new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8);
        Thread reader = Thread.ofPlatform().daemon().name("server-output").start(() -> {
            int echoed = 0;
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (logTo != null) {
                        logTo.println(line);
                    }
                    if (echoed < ECHO_LINES) {
                        out.println("[server] " + line);
                        if (++echoed == ECHO_LINES) {
                            out.println("[server] (further output not shown)");
                        }
                    }
                    Matcher m = RUNNING.matcher(line);
                    if (!ready.isDone() && m.find()) {
                        ready.complete(m);
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
            ready.completeExceptionally(
                    new IOException("the server exited (code " + exitCode(p) + ") before it said it was running"));
        });
        try {
            Matcher m = ready.get(timeoutSeconds, TimeUnit.SECONDS);
            return new ServerProcess(
                    p,
                    hook,
                    Integer.parseInt(m.group(1)),
                    Long.parseLong(m.group(2).replace(",", "")));
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            kill(p);
            removeHook(hook);
            reader.interrupt();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IOException(
                    "the server did not start: "
                            + (e instanceof TimeoutException
                                    ? "no \"running at\" line within " + timeoutSeconds + " s"
                                    : cause.getMessage()),
                    cause);
        }
    }

    int port() {
        return port;
    }

    /** The study count the server announced. */
    long studies() {
        return studies;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** CPU time and RSS from /proc (Linux); NaN / -1 where unavailable. */
    Usage usage() {
        double cpu = Double.NaN;
        long rss = -1;
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(3) ppid(4) … utime(14) stime(15), so index = field - 3
            cpu = (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) / (double) clockTicks;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return new Usage(cpu, rss);
    }

    @Override
    public void close() {
        kill(process);
        removeHook(hook);
    }

    private static void kill(Process p) {
        if (!p.isAlive()) {
            return;
        }
        p.destroy(); // SIGTERM: the server's shutdown hook closes the store
        try {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs
        }
    }

    private static String exitCode(Process p) {
        try {
            return p.waitFor(2, TimeUnit.SECONDS) ? Integer.toString(p.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            p.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(s);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
