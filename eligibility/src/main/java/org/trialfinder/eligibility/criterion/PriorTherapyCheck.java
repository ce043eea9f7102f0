package org.trialfinder.eligibility.criterion;

/** {@code therapy(CLASS)}: a prior therapy class ("chemotherapy") or a named drug ("drug:oxaliplatin"). */
public record PriorTherapyCheck(String therapy, Span span) implements Criterion {
    public static final String DRUG_PREFIX = "drug:";
}
