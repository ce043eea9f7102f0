package org.trialfinder.eligibility.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.trialfinder.eligibility.screen.CompiledCriteriaAttachment;
import org.trialfinder.eligibility.screen.CompiledTrial;
import org.trialfinder.eligibility.screen.CompiledTrialCodec;
import org.trialfinder.eligibility.screen.PatientFacts;
import org.trialfinder.eligibility.screen.Prescreener;
import org.trialfinder.eligibility.screen.TrialChecks;
import org.trialfinder.eligibility.screen.TrialCompiler;
import org.trialfinder.eligibility.screen.Verdict;
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

    /**
     * The verdict of every trial compiled when it was stored (the recruiting ones) for one patient: the
     * checks alone are decoded and screened ({@link Prescreener#verdict}), in batches on every core while
     * the store is read, with a bounded number of batches in flight (memory holds a few thousand forms,
     * never all of them).
     */
    Map<String, Verdict> verdicts(Supplier<PatientFacts> patient) {
        Map<String, Verdict> out = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(2 * THREADS);
        List<Future<?>> pending = new ArrayList<>();
        List<byte[]> batch = new ArrayList<>(BATCH);
        Consumer<List<byte[]>> submit = forms -> {
            inFlight.acquireUninterruptibly();
            pending.add(WORKERS.submit(() -> {
                // the patient's facts memoise lookups and are not thread-safe: one per batch
                PatientFacts facts = patient.get();
                try {
                    for (byte[] form : forms) {
                        decodeChecks(form).ifPresent(t -> out.put(t.nctId(), Prescreener.verdict(facts, t)));
                    }
                } finally {
                    inFlight.release();
                }
            }));
        };
        store.forEachAttachment(CompiledCriteriaAttachment.NAME, (id, bytes) -> {
            batch.add(bytes);
            if (batch.size() == BATCH) {
                submit.accept(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            submit.accept(List.copyOf(batch));
        }
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while screening", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("screening failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    private static Optional<TrialChecks> decodeChecks(byte[] bytes) {
        try {
            return Optional.of(CompiledTrialCodec.decodeChecks(bytes));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static final int BATCH = 256;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    /** Shared by every request: a scan uses every core, and scans in parallel queue behind each other. */
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "prescreen-scan");
        t.setDaemon(true);
        return t;
    });

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
