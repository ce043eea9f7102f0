package org.trialfinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operating commands' and options' wrong uses, as a user meets them: exit code and one clear sentence. */
class OpsCommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void syncOptionsOfServeAreCheckedBeforeAnythingSlowHappens() throws Exception {
        var noUrl = AppProcess.run(
                tmp,
                Map.of(),
                "serve",
                "--port",
                "0",
                "--data",
                tmp.resolve("d").toString(),
                "--sync-every",
                "2m");
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.err())
                .contains("--sync-every needs a URL to sync from: give --sync-url URL (or set TRIALFINDER_SYNC_URL)");
        assertThat(noUrl.out()).doesNotContain("loading the bundled");

        var badDuration = AppProcess.run(
                tmp, Map.of(), "serve", "--data", tmp.resolve("d").toString(), "--sync-every", "soon");
        assertThat(badDuration.exitCode()).isEqualTo(2);
        assertThat(badDuration.err()).contains("\"soon\" is not a duration: write e.g. 24h, 2m, 90s or 1h30m");

        var help = AppProcess.run(tmp, Map.of(), "serve", "--help");
        assertThat(help.out())
                .contains("--sync-url")
                .contains("--sync-every")
                .contains("--no-sync")
                .contains("TRIALFINDER_SYNC_URL");
    }

    @Test
    void backupAndRestoreSayWhatIsWrong() throws Exception {
        for (String command : new String[] {"backup", "restore"}) {
            var help = AppProcess.run(tmp, Map.of(), command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: trialfinder " + command);
        }
        var nothing = AppProcess.run(
                tmp,
                Map.of(),
                "backup",
                "--data",
                tmp.resolve("empty").toString(),
                tmp.resolve("b").toString());
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).contains("there is no store in " + tmp.resolve("empty") + " to back up");

        var notABackup = AppProcess.run(
                tmp,
                Map.of(),
                "restore",
                tmp.toString(),
                "--data",
                tmp.resolve("r").toString());
        assertThat(notABackup.exitCode()).isEqualTo(1);
        assertThat(notABackup.err()).contains(tmp + " is not a Trialfinder backup");

        var noTarget = AppProcess.run(tmp, Map.of(), "backup");
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noTarget.err()).contains("Missing required parameter: 'TARGET'");
    }
}
