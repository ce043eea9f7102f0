package org.trialfinder.store;

import java.util.List;

/**
 * What checking a store's files found, engine-neutral: each problem in a sentence naming the damaged part, and the
 * counts of what was read.
 *
 * @param studies studies the store holds (when it could be read)
 * @param parts the engine's units of storage checked (index segments)
 * @param bytes the size of the files checked
 * @param problems one sentence per damaged part; empty when the store is sound
 */
public record StoreCheck(long studies, int parts, long bytes, List<String> problems) {
    public StoreCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
