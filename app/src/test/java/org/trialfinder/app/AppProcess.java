package org.trialfinder.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs the real {@code trialfinder} command in a child JVM (the same classes the launcher's jar
 * holds), as a user would meet it: exit code, standard output and standard error.
 */
final class AppProcess implements AutoCloseable {
    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();

    private AppProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    static AppProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        return startWithHeap(workDir, env, "1g", args);
    }

    /** As above, with the heap's maximum ({@code -Xmx}) given. */
    static AppProcess startWithHeap(Path workDir, Map<String, String> env, String maxHeap, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as the trialfinder script runs it
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("TRIALFINDER_DATA");
        pb.environment().putAll(env);
        return new AppProcess(pb.start());
    }

    /** Runs to completion (at most 5 minutes). */
    static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        try (AppProcess p = start(workDir, env, args)) {
            if (!p.process.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("trialfinder " + String.join(" ", args) + " did not finish; output: " + p.out);
            }
            p.process.getInputStream().close();
            Thread.sleep(50); // let the pumps drain the last lines
            return new Result(p.process.exitValue(), String.join("\n", p.out), String.join("\n", p.err));
        }
    }

    record Result(int exitCode, String out, String err) {}

    /** Waits until a line of standard output matches; returns it. */
    String awaitOutput(Predicate<String> matcher, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            for (String line : out) {
                if (matcher.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("process ended (exit " + process.exitValue()
                        + ") before the expected output; out: " + out + " err: " + err);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching output within " + timeoutSeconds + " s; out: " + out + " err: " + err);
    }

    Process process() {
        return process;
    }

    List<String> output() {
        return out;
    }

    private static void pump(InputStream stream, List<String> into) {
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
