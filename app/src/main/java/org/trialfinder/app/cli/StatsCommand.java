package org.trialfinder.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trialfinder.app.Trialfinder;
import org.trialfinder.store.StoreStats;
import org.trialfinder.store.StudyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description =
                "Prints what the store holds: 'studies: N', then counts by status, phase, study type and country.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Mixin
    EngineOptions engine;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "Countries to list (default: ${DEFAULT-VALUE}; 0 for all).")
    int topCountries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Trialfinder app = Trialfinder.open(engine.location(dataDir), System.out)) {
            StudyStore store = app.store();
            StoreStats stats = store.stats();
            out.printf("studies: %d%n", stats.studies());
            section(out, "status", stats.byStatus(), 0);
            section(out, "phase", stats.byPhase(), 0);
            section(out, "study type", stats.byStudyType(), 0);
            section(out, "country", stats.byCountry(), topCountries);
            store.metadata().values().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("%s: %s%n", e.getKey(), e.getValue()));
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void section(PrintWriter out, String title, Map<String, Long> counts, int limit) {
        out.printf("by %s:%n", title);
        int shown = 0;
        for (var e : counts.entrySet()) {
            if (limit > 0 && shown == limit) {
                out.printf("  … %d more%n", counts.size() - limit);
                break;
            }
            out.printf("  %-28s %8d%n", e.getKey(), e.getValue());
            shown++;
        }
    }
}
