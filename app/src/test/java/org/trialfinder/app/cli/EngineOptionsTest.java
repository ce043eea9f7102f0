package org.trialfinder.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialfinder.app.engine.StoreLocation;
import org.trialfinder.store.opensearch.OpenSearchStoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** How the options and the environment choose the engine (nothing is opened: {@link StoreLocation} only). */
class EngineOptionsTest {
    @Command(name = "probe")
    static final class Probe {
        @Mixin
        DataDirOption dataDir;

        @Mixin
        EngineOptions engine;
    }

    private static StoreLocation location(Map<String, String> env, String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        probe.engine.environment = env::get;
        return probe.engine.location(probe.dataDir);
    }

    @Test
    void withNothingSetTheEmbeddedEngineKeepsTheStoreInTheDataFolder() {
        assertThat(location(Map.of(), "--data", "d"))
                .isEqualTo(new StoreLocation.Folder(Path.of("d").toAbsolutePath()));
    }

    @Test
    void theClusterIsChosenByOptions() {
        assertThat(location(
                        Map.of(),
                        "--engine",
                        "opensearch",
                        "--opensearch",
                        "http://a:9200, http://b:9200",
                        "--opensearch-index",
                        "trials",
                        "--opensearch-shards",
                        "3",
                        "--opensearch-replicas",
                        "2"))
                .isEqualTo(new StoreLocation.Cluster(
                        List.of("http://a:9200", "http://b:9200"), new OpenSearchStoreSettings("trials", 3, 2)));
    }

    @Test
    void orByTheEnvironmentWhereOptionsWin() {
        Map<String, String> env = Map.of(
                "TRIALFINDER_ENGINE", "OpenSearch",
                "TRIALFINDER_OPENSEARCH", "http://env:9200",
                "TRIALFINDER_OPENSEARCH_INDEX", "from-env");
        assertThat(location(env))
                .isEqualTo(new StoreLocation.Cluster(
                        List.of("http://env:9200"), new OpenSearchStoreSettings("from-env", 1, 1)));
        assertThat(location(env, "--opensearch", "http://flag:9200", "--opensearch-index", "flag"))
                .isEqualTo(new StoreLocation.Cluster(
                        List.of("http://flag:9200"), new OpenSearchStoreSettings("flag", 1, 1)));
        assertThat(location(env, "--engine", "embedded", "--data", "d").engine())
                .isEqualTo("embedded");
    }

    @Test
    void aClusterAddressWithoutTheEngineIsRefusedNamingWhatToAdd() {
        assertThatThrownBy(() -> location(Map.of("TRIALFINDER_OPENSEARCH", "http://env:9200")))
                .isInstanceOf(CommandRefusal.class)
                .hasMessage(
                        "$TRIALFINDER_OPENSEARCH is set but no engine is chosen: add --engine opensearch (or set"
                                + " $TRIALFINDER_ENGINE=opensearch) to use the cluster, or --engine embedded to use the folder");
        assertThatThrownBy(() -> location(Map.of(), "--opensearch-index", "x"))
                .isInstanceOf(CommandRefusal.class)
                .hasMessageStartingWith("--opensearch and --opensearch-index need --engine opensearch");
    }

    @Test
    void anUnknownEngineOrABadIndexNameIsRefused() {
        assertThatThrownBy(() -> location(Map.of("TRIALFINDER_ENGINE", "lucene")))
                .isInstanceOf(CommandRefusal.class)
                .hasMessage("unknown engine \"lucene\" in $TRIALFINDER_ENGINE: use embedded or opensearch");
        assertThatThrownBy(() -> location(
                        Map.of(),
                        "--engine",
                        "opensearch",
                        "--opensearch",
                        "http://a:9200",
                        "--opensearch-index",
                        "A b"))
                .isInstanceOf(CommandRefusal.class)
                .hasMessageContaining("\"A b\" cannot name an OpenSearch index");
    }

    @Test
    void theHelpNamesTheEnvironmentVariables() {
        String help = new CommandLine(new TrialfinderCommand())
                .getSubcommands()
                .get("serve")
                .getUsageMessage();
        assertThat(help).contains("--engine", "$TRIALFINDER_ENGINE", "--opensearch", "$TRIALFINDER_OPENSEARCH");
        assertThat(help).contains("$TRIALFINDER_OPENSEARCH_INDEX");
    }
}
