package org.trialfinder.store.opensearch;

import java.util.regex.Pattern;

/**
 * Where and how a store lives on a cluster: the alias readers use ({@code name}, also the prefix of its
 * indices) and the shards and replicas of each new index.
 */
public record OpenSearchStoreSettings(String name, int shards, int replicas) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");

    public OpenSearchStoreSettings {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "\"" + name
                            + "\" cannot name an OpenSearch index: use lowercase letters, digits, '-' and '_' (e.g. trialfinder)");
        }
        if (shards < 1 || shards > 1024) {
            throw new IllegalArgumentException("shards must be 1..1024, got " + shards);
        }
        if (replicas < 0 || replicas > 16) {
            throw new IllegalArgumentException("replicas must be 0..16, got " + replicas);
        }
    }

    /** One shard, one replica: a store of a few hundred thousand studies on a small cluster. */
    public static OpenSearchStoreSettings named(String name) {
        return new OpenSearchStoreSettings(name, 1, 1);
    }
}
