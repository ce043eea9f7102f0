package org.trialfinder.eligibility.criterion;

/** A time window back from the screening date: "within 6 months" is {@code 6 mo}. */
public record Window(double amount, DurationUnit unit) {
    public double days() {
        return amount * unit.days();
    }
}
