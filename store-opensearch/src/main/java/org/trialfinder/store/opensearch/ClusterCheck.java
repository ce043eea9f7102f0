package org.trialfinder.store.opensearch;

import java.util.Map;
import org.trialfinder.store.StoreException;

/** What Trialfinder checks of a cluster before using it, each failure said in the operator's terms. */
final class ClusterCheck {
    private ClusterCheck() {}

    /**
     * The cluster answers, is OpenSearch, and is not red.
     *
     * @throws StoreException saying which and what to do
     */
    static void requireUsable(OpenSearchConnection os) {
        var root = os.call("GET", "/");
        if (!root.ok()) {
            throw new StoreException("the server at " + os.describe() + " answered HTTP " + root.status()
                    + " instead of OpenSearch's greeting: check the address (--opensearch)");
        }
        String distribution = root.body().path("version").path("distribution").asText("");
        if (!distribution.equals("opensearch")) {
            throw new StoreException("the server at " + os.describe() + " is not OpenSearch (it says \""
                    + root.body().path("tagline").asText("?") + "\"): Trialfinder's distributed store needs an"
                    + " OpenSearch cluster");
        }
        var health = os.call("GET", "/_cluster/health", Map.of("timeout", "10s"), null);
        String status = health.body().path("status").asText("");
        if (status.equals("red")) {
            throw new StoreException("the OpenSearch cluster at " + os.describe() + " is red (some primary shards"
                    + " are not allocated: a node is missing or out of disk); bring its nodes back, check"
                    + " GET /_cluster/allocation/explain, then start Trialfinder again");
        }
        if (!health.ok() && status.isEmpty()) {
            throw new StoreException("the OpenSearch cluster at " + os.describe() + " cannot tell its health (HTTP "
                    + health.status() + "): " + health.reason());
        }
    }
}
