package org.trialfinder.model.vocab;

import java.util.List;
import java.util.Optional;

/**
 * How a vocabulary value was worded on ClinicalTrials.gov's classic site and in its legacy XML
 * records: "Phase 1" for {@code PHASE1}, "Not yet recruiting" for {@code NOT_YET_RECRUITING}. The
 * one source for both directions: {@code GET /studies/enums} gives {@link #legacy()} as each value's
 * {@code legacyValue}, and the legacy XML converter reads a record's text back with {@link
 * #fromLegacy}.
 */
public interface LegacyWording {

    /** The classic wording, as {@code /studies/enums} gives it ({@code legacyValue}). */
    String legacy();

    /**
     * Other texts legacy XML records wrote for this value, e.g. "Anticipated" for an {@code
     * ESTIMATED} date or "N/A" for phase {@code NA}; most values have none.
     */
    default List<String> legacyVariants() {
        return List.of();
    }

    /**
     * The value of {@code type} that the classic text {@code text} stands for: its {@link #legacy()}
     * wording or one of its {@link #legacyVariants()}, compared exactly (legacy XML is consistent in
     * case and spacing, so anything else is a value to notice, not to guess); empty for {@code null}.
     */
    static <E extends Enum<E> & LegacyWording> Optional<E> fromLegacy(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.legacy().equals(text) || value.legacyVariants().contains(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
