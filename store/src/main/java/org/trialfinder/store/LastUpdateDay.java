package org.trialfinder.store;

import java.time.LocalDate;
import org.trialfinder.model.Study;

/**
 * The day a record says it was last updated, as every engine compares versions of one study by it: a record
 * without the date is older than any with it.
 */
public final class LastUpdateDay {
    private LastUpdateDay() {}

    public static long of(Study study) {
        return study.lastUpdatePostDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    }
}
