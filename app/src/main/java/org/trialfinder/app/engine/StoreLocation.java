package org.trialfinder.app.engine;

import java.nio.file.Path;
import java.util.List;
import org.trialfinder.store.opensearch.OpenSearchStoreSettings;

/**
 * Where the studies live, as the command line chose it: the embedded engine's folder or a store on an OpenSearch
 * cluster. Only the composition root opens it; everything above sees the same store, search and browse seams.
 */
public sealed interface StoreLocation {
    /** The engine's name as {@code --engine} spells it, for messages. */
    String engine();

    /** Where the store is, for the commands' messages (a folder, or the cluster's addresses and index). */
    String describe();

    /** The folder that relative paths of this machine's own files (the access log) are read against. */
    Path localFiles();

    /** The embedded (Lucene) store in a folder of this machine. */
    record Folder(Path dir) implements StoreLocation {
        @Override
        public Path localFiles() {
            return dir;
        }

        @Override
        public String engine() {
            return "embedded";
        }

        @Override
        public String describe() {
            return dir.toString();
        }
    }

    /** A store named {@code settings.name()} on the OpenSearch cluster reached through {@code urls}. */
    record Cluster(List<String> urls, OpenSearchStoreSettings settings) implements StoreLocation {
        public Cluster {
            urls = List.copyOf(urls);
        }

        @Override
        public String engine() {
            return "opensearch";
        }

        /** The store keeps nothing on this machine: the working directory. */
        @Override
        public Path localFiles() {
            return Path.of("").toAbsolutePath();
        }

        @Override
        public String describe() {
            return "index " + settings.name() + " on OpenSearch at " + String.join(",", urls);
        }
    }
}
