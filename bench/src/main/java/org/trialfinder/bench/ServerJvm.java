package org.trialfinder.bench;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --server-heap} and the JVM options of the server a benchmark starts, as the trialfinder script gives them. */
public final class ServerJvm {
    @Option(names = "--server-heap", defaultValue = "2g", description = "The server's -Xmx (default ${DEFAULT-VALUE}).")
    String serverHeap;

    /** The server JVM's options, then {@code more}. */
    List<String> options(List<String> more) {
        List<String> jvm = new ArrayList<>(
                List.of("-Xmx" + serverHeap, "--enable-native-access=ALL-UNNAMED", "-XX:+UseParallelGC"));
        jvm.addAll(more);
        return jvm;
    }
}
