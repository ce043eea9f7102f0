package org.trialfinder.eligibility.screen;

import java.util.List;
import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.split.Section;

/**
 * What a verdict needs of one {@link CompiledCriterion}: where it comes from ("criteria" or a structured
 * field), its section, its tree and the patient groups it applies to.
 */
public record CompiledCheck(String source, Section section, Criterion tree, List<String> groups) {
    public CompiledCheck {
        groups = List.copyOf(groups);
    }

    public CompiledCheck(String source, Section section, Criterion tree) {
        this(source, section, tree, List.of());
    }
}
