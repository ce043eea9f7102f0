package org.trialfinder.search.contract;

import java.util.List;
import java.util.ServiceLoader;
import org.trialfinder.search.StudySearch;
import org.trialfinder.search.Synonyms;
import org.trialfinder.search.browse.StudyBrowse;
import org.trialfinder.store.StudyStore;

/**
 * How an engine module opens its backend for the contracts. The two engines never share a JVM (OpenSearch's
 * in-process test nodes bring their own Lucene), so each module's test classpath holds exactly one
 * implementation, named in its {@code META-INF/services/org.trialfinder.search.contract.ContractEngine}.
 *
 * <p>A third engine joins by implementing this once, listing it in that services file, and adding one empty
 * subclass per contract ({@code class SearchAgainstScanTest extends SearchAgainstScanContract {}}) to its tests:
 * every test method and expected answer is the contract's.
 *
 * <p>Where the engines may differ, and how the contracts stay exact on both: the id sets and totals are compared
 * with the scan of the records, never with another engine; an order by relevance is only ever compared with the
 * same engine's own ranking (scores differ between engines, and OpenSearch's sample is spread over shards whose
 * term statistics are per shard), and orders by a sort key end on the NCT id, so ties never decide a test. No
 * contract has an engine-specific branch today; one that needs it says so here.
 */
public interface ContractEngine {
    /** The engine's store over the whole sample, built on first use and shared by every contract of the JVM. */
    EngineSample sample();

    /** A new place for a store (a folder, an index name) no other test uses. */
    StorePlace newStorePlace();

    /** A new empty store of its own (no other test sees it); the caller closes it. */
    default StudyStore openEmptyStore() {
        return newStorePlace().open();
    }

    /** Where a store lives: every {@link #open} opens a store on the same data, closed by its caller. */
    @FunctionalInterface
    interface StorePlace {
        StudyStore open();
    }

    /** The engine's search over a store {@link #openEmptyStore} opened. */
    StudySearch search(StudyStore store, Synonyms synonyms);

    /** The engine's browse over a store {@link #openEmptyStore} opened. */
    StudyBrowse browse(StudyStore store);

    /** The one engine on this test classpath. */
    static ContractEngine engine() {
        return Holder.ENGINE;
    }

    /** Found once: a missing or second engine is a setup mistake worth naming. */
    final class Holder {
        private static final ContractEngine ENGINE = find();

        private Holder() {}

        private static ContractEngine find() {
            List<ContractEngine> engines = ServiceLoader.load(ContractEngine.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();
            if (engines.size() != 1) {
                throw new IllegalStateException("the search contracts need exactly one ContractEngine on the test"
                        + " classpath (META-INF/services/" + ContractEngine.class.getName() + "), found " + engines);
            }
            return engines.get(0);
        }
    }
}
