package org.trialfinder.eligibility.screen;

import org.trialfinder.eligibility.criterion.Criterion;
import org.trialfinder.eligibility.split.Section;

/**
 * What a verdict needs of one {@link CompiledCriterion}: where it comes from ("criteria" or a structured
 * field), its section and its tree.
 */
public record CompiledCheck(String source, Section section, Criterion tree) {}
