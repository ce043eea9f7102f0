package org.trialfinder.eligibility.intake;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A patient profile (JSON, FHIR Bundle) that cannot be read: every problem found, each naming the field
 * ("labs[1].unit", "performanceStatus.value", "Observation/obs-3.valueQuantity") and what is wrong with
 * it. The web layer answers it with a 400 carrying {@link #getMessage()} or {@link #problems()}.
 */
public final class ProfileException extends IllegalArgumentException {

    /** One thing wrong: where, and what. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field.isEmpty() ? message : field + ": " + message;
        }
    }

    private final List<Problem> problems;

    public ProfileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ProfileException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ProfileException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
