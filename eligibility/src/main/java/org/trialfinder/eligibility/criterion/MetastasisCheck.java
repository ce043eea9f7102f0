package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code metastasis(SITE)}: brain, liver, bone, lung, distant, cns, peritoneal or any. */
public record MetastasisCheck(String site, TextSpan span) implements Criterion {}
