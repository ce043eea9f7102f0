package org.trialfinder.eligibility.screen;

import java.util.Optional;
import org.trialfinder.model.Study;
import org.trialfinder.model.vocab.OverallStatus;
import org.trialfinder.store.StudyAttachment;

/**
 * The criteria of every recruiting trial compiled when the trial is written to the store (ingest, sync,
 * reindex), kept beside its record as {@link CompiledTrialCodec} bytes: the match screens recruiting trials
 * only, and a server that just started finds them compiled. Other trials are compiled on demand (one at a
 * time, when a patient is screened against one). Versioned by the codec's format and the compiler's
 * fingerprint, so the store compiles everything again after a change of the parser.
 */
public final class CompiledCriteriaAttachment implements StudyAttachment {
    public static final String NAME = "eligibility.compiled";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return CompiledTrialCodec.FORMAT + "-" + CompilerFingerprint.value();
    }

    @Override
    public Optional<byte[]> derive(Study study) {
        if (study.overallStatus() != OverallStatus.RECRUITING) {
            return Optional.empty();
        }
        return Optional.of(CompiledTrialCodec.encode(TrialCompiler.compileUncached(study)));
    }

    /** The compiled trial stored for a trial; empty when the bytes are of another format. */
    public static Optional<CompiledTrial> decode(byte[] bytes) {
        try {
            return Optional.of(CompiledTrialCodec.decode(bytes));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
