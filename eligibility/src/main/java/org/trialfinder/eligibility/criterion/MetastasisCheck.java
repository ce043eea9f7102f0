package org.trialfinder.eligibility.criterion;

/** {@code metastasis(SITE)}: brain, liver, bone, lung, distant, cns, peritoneal or any. */
public record MetastasisCheck(String site, Span span) implements Criterion {}
