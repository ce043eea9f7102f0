package org.trialfinder.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trialfinder.app.engine.StoreLocation;
import org.trialfinder.store.opensearch.OpenSearchStoreSettings;
import picocli.CommandLine.Option;

/**
 * Which engine keeps the studies: {@code --engine embedded} (the default: the Lucene store in {@code --data}) or
 * {@code --engine opensearch} with the cluster's node addresses. Each option falls back to an environment variable,
 * so a service's unit file can choose the engine once for every command.
 */
public final class EngineOptions {
    public static final String ENGINE_ENV = "TRIALFINDER_ENGINE";
    public static final String OPENSEARCH_ENV = "TRIALFINDER_OPENSEARCH";
    public static final String INDEX_ENV = "TRIALFINDER_OPENSEARCH_INDEX";
    public static final String DEFAULT_INDEX = "trialfinder";

    @Option(
            names = "--engine",
            paramLabel = "embedded|opensearch",
            description = "Where the studies are kept: embedded (a folder, --data) or opensearch (a cluster,"
                    + " --opensearch). Default: $" + ENGINE_ENV + ", else embedded.")
    String engine;

    @Option(
            names = "--opensearch",
            paramLabel = "URL[,URL…]",
            description = "The OpenSearch nodes' addresses, e.g. http://host1:9200,http://host2:9200 (only with"
                    + " --engine opensearch). Default: $" + OPENSEARCH_ENV + ".")
    String opensearch;

    @Option(
            names = "--opensearch-index",
            paramLabel = "NAME",
            description = "The store's name on the cluster: the alias readers use and the prefix of its indices"
                    + " (default: $" + INDEX_ENV + ", else " + DEFAULT_INDEX + ").")
    String index;

    @Option(
            names = "--opensearch-shards",
            paramLabel = "N",
            defaultValue = "1",
            description = "Primary shards of each index an ingest or sync writes (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(
            names = "--opensearch-replicas",
            paramLabel = "N",
            defaultValue = "1",
            description = "Replicas of each shard (default: ${DEFAULT-VALUE}; 0 on a one-node cluster keeps it green).")
    int replicas;

    /** Reads an environment variable; the tests give their own. */
    Function<String, String> environment = System::getenv;

    /**
     * The store the command line (and the environment) chose.
     *
     * @throws CommandRefusal when the choice does not add up (an unknown engine, cluster options without the
     *     opensearch engine, the opensearch engine without an address, {@code --data} with it)
     */
    public StoreLocation location(DataDirOption dataDir) {
        String chosen = chosenEngine();
        String urls = firstSet(opensearch, OPENSEARCH_ENV);
        if (chosen.equals("embedded")) {
            if (opensearch != null || index != null) {
                throw new CommandRefusal(
                        "--opensearch and --opensearch-index need --engine opensearch: add it (or set $" + ENGINE_ENV
                                + "=opensearch) to use the cluster");
            }
            // an address in the environment with no engine chosen anywhere is most likely a forgotten
            // TRIALFINDER_ENGINE: serving the local folder instead would look like lost data
            if (urls != null && firstSet(engine, ENGINE_ENV) == null) {
                throw new CommandRefusal("$" + OPENSEARCH_ENV + " is set but no engine is chosen: add --engine"
                        + " opensearch (or set $" + ENGINE_ENV + "=opensearch) to use the cluster, or --engine"
                        + " embedded to use the folder");
            }
            return new StoreLocation.Folder(dataDir.resolve());
        }
        if (urls == null) {
            throw new CommandRefusal("--engine opensearch needs the cluster's address: --opensearch"
                    + " http://host:9200[,http://host2:9200…] or $" + OPENSEARCH_ENV);
        }
        if (dataDir.data != null) {
            throw new CommandRefusal("--data names the embedded engine's folder; with --engine opensearch the studies"
                    + " are kept on the cluster (name the store with --opensearch-index)");
        }
        List<String> addresses = Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        String name = index != null ? index : firstSet(null, INDEX_ENV);
        try {
            return new StoreLocation.Cluster(
                    addresses,
                    new OpenSearchStoreSettings(name == null ? DEFAULT_INDEX : name.strip(), shards, replicas));
        } catch (IllegalArgumentException e) {
            throw new CommandRefusal(e.getMessage());
        }
    }

    /**
     * For the commands only the embedded engine offers (backup, restore, check): refuses when another engine was
     * chosen, naming the engine, what is missing and what to do instead.
     */
    public void requireEmbedded(String what, String instead) {
        String chosen = chosenEngine();
        if (!chosen.equals("embedded")) {
            throw new CommandRefusal(what + " is not available on the " + chosen
                    + " engine yet (it works on the embedded engine's" + " folder only): " + instead);
        }
    }

    private String chosenEngine() {
        String chosen = firstSet(engine, ENGINE_ENV);
        if (chosen == null) {
            return "embedded";
        }
        String normal = chosen.strip().toLowerCase(Locale.ROOT);
        if (!normal.equals("embedded") && !normal.equals("opensearch")) {
            throw new CommandRefusal("unknown engine \"" + chosen + "\"" + (engine == null ? " in $" + ENGINE_ENV : "")
                    + ": use embedded or opensearch");
        }
        return normal;
    }

    private String firstSet(String option, String env) {
        if (option != null) {
            return option;
        }
        String value = environment.apply(env);
        return value == null || value.isBlank() ? null : value;
    }
}
