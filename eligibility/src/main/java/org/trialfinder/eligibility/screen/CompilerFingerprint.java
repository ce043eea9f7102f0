package org.trialfinder.eligibility.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the code that compiles a trial (the splitter, the parser, the criterion tree, units, the
 * compiler and the compiled form): the SHA-256 of those class files as built. A trial compiled by other
 * code is compiled again, whoever changed what; nobody has to remember to raise a number.
 */
final class CompilerFingerprint {
    private static final String ROOT = "org/trialfinder/eligibility/";
    /** What a compiled trial depends on: whole packages, and the classes of screen/ that build or hold it. */
    private static final List<String> PARTS = List.of(
            ROOT + "split/",
            ROOT + "parse/",
            ROOT + "criterion/",
            ROOT + "lab/",
            ROOT + "drugs/",
            ROOT + "screen/TrialCompiler",
            ROOT + "screen/CompiledTrial",
            ROOT + "screen/CompiledCriterion",
            ROOT + "screen/CriterionResult",
            ROOT + "screen/Outcome");

    private static final String CLASS_NAMES = ROOT + "drugs/classes.tsv.gz";

    private static final String VALUE = compute();

    private CompilerFingerprint() {}

    /** 16 hex digits; "unknown" when the classes cannot be read (then only the codec's format versions them). */
    static String value() {
        return VALUE;
    }

    private static String compute() {
        try {
            URL location =
                    TrialCompiler.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            Map<String, byte[]> classes = Files.isDirectory(path) ? fromDirectory(path) : fromJar(path);
            if (classes.isEmpty()) {
                return "unknown";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    private static boolean counts(String name) {
        // the class names criteria are read by are data: their file counts as code
        return (name.endsWith(".class") || name.equals(CLASS_NAMES))
                && PARTS.stream().anyMatch(name::startsWith);
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (counts(name)) {
                    out.put(name, Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(file.entries())) {
                if (counts(e.getName())) {
                    try (InputStream in = file.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                }
            }
        }
        return out;
    }
}
