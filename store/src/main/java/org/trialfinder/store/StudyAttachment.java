package org.trialfinder.store;

import java.util.Optional;
import org.trialfinder.model.Study;

/**
 * Bytes derived from a study when it is written and kept beside its record, for a reader that would
 * otherwise derive them again from the parsed record on every read (the eligibility criteria compiled
 * once at ingest). The store knows nothing of what the bytes mean: it derives them on every write of
 * the study, hands them back by id or all at once, and writes every record again when {@link #version}
 * changes (so a new deriving code never meets bytes of an old one).
 */
public interface StudyAttachment {
    /** The attachment's name, unique among a store's attachments (letters, digits and dots). */
    String name();

    /** Changes whenever the code deriving the bytes (or their layout) changes. */
    String version();

    /** The bytes for this study, or empty when it needs none (nothing is kept for it). */
    Optional<byte[]> derive(Study study);
}
