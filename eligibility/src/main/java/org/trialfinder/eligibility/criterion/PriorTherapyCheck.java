package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code therapy(CLASS)}: a prior therapy class ("chemotherapy") or a named drug ("drug:oxaliplatin"). */
public record PriorTherapyCheck(String therapy, TextSpan span) implements Criterion {
    public static final String DRUG_PREFIX = "drug:";
}
