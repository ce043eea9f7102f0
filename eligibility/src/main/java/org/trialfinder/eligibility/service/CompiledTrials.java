package org.trialfinder.eligibility.service;

import java.util.Optional;
import java.util.function.Consumer;
import org.trialfinder.eligibility.screen.CompiledCriteriaAttachment;
import org.trialfinder.eligibility.screen.CompiledTrial;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.model.Study;
import org.trialfinder.store.StudyStore;

/**
 * Where the service gets a trial's compiled criteria: the form compiled when the trial was written to the
 * store ({@link CompiledCriteriaAttachment}: every recruiting trial), else compiled now by the compiler (and
 * kept in its cache). A stored form of another record version than the one asked for (the store changed
 * between the search and now) is not used.
 */
final class CompiledTrials {
    private final StudyStore store;
    private final TrialCompiler compiler;

    CompiledTrials(StudyStore store, TrialCompiler compiler) {
        this.store = store;
        this.compiler = compiler;
    }

    CompiledTrial of(Study study) {
        if (study.nctId() != null) {
            Optional<CompiledTrial> stored = store.attachment(study.nctId(), CompiledCriteriaAttachment.NAME)
                    .flatMap(CompiledCriteriaAttachment::decode)
                    .filter(t -> t.lastUpdate()
                            .equals(study.lastUpdatePostDate()
                                    .map(Object::toString)
                                    .orElse("")));
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return compiler.compile(study);
    }

    /** Every trial compiled when it was stored (the recruiting ones), one at a time; returns how many. */
    long forEachStored(Consumer<CompiledTrial> visitor) {
        long[] n = {0};
        store.forEachAttachment(
                CompiledCriteriaAttachment.NAME,
                (id, bytes) -> CompiledCriteriaAttachment.decode(bytes).ifPresent(t -> {
                    n[0]++;
                    visitor.accept(t);
                }));
        return n[0];
    }
}
