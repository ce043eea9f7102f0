package org.trialfinder.api.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared reference data ({@code shared/data}, beside the project), found by walking up from the
 * working directory; absent in a fresh clone, where the tests that read it are skipped.
 */
final class SharedData {
    private SharedData() {}

    static Optional<Path> file(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
