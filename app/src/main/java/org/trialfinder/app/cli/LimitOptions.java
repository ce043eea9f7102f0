package org.trialfinder.app.cli;

import java.util.Locale;
import org.trialfinder.app.ops.ServeLimits;
import picocli.CommandLine.Option;

/** {@code serve}'s limits under abuse: expensive requests a minute per client, heavy answers built at once. */
public final class LimitOptions {
    @Option(
            names = "--limit-expensive",
            paramLabel = "N/min",
            defaultValue = ServeLimits.DEFAULT_EXPENSIVE_PER_MINUTE + "/min",
            description = "Expensive requests a minute from each client address (POST /api/v2/match and /patient, "
                    + "pages of more than 100 full records or CSV rows, the whole-store download); over it: 429 with "
                    + "Retry-After. 'off' for no limit (default: ${DEFAULT-VALUE}).")
    String expensive;

    @Option(
            names = "--max-heavy",
            paramLabel = "N",
            description = "Large pages (more than 100 studies) written at once; others wait up to 10 s, then 503 with "
                    + "Retry-After (default: one per 64 MiB of -Xmx, 1 to 16).")
    Integer maxHeavy;

    ServeLimits limits() {
        ServeLimits limits = ServeLimits.defaults().withExpensivePerMinute(perMinute(expensive));
        if (maxHeavy != null) {
            if (maxHeavy <= 0) {
                throw new IllegalArgumentException("--max-heavy must be 1 or more, not " + maxHeavy);
            }
            limits = limits.withHeavySlots(maxHeavy);
        }
        return limits;
    }

    static int perMinute(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("0")) {
            return 0;
        }
        String n = t.endsWith("/min") ? t.substring(0, t.length() - 4) : t;
        try {
            int v = Integer.parseInt(n.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("--limit-expensive takes N/min (e.g. 60/min) or off, not \"" + text + "\"");
    }
}
