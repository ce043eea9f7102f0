package org.trialfinder.eligibility.criterion;

import org.trialfinder.model.text.TextSpan;

/** {@code pregnant}, {@code lactating}, {@code childbearing_potential} or {@code contraception} (agrees to use it). */
public record ReproductiveCheck(Status status, TextSpan span) implements Criterion {
    public enum Status {
        PREGNANT("pregnant"),
        LACTATING("lactating"),
        CHILDBEARING_POTENTIAL("childbearing_potential"),
        CONTRACEPTION("contraception");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
