package org.trialfinder.search.essie;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.trialfinder.model.PartialDate;

/**
 * One end of a {@code RANGE[lo, hi]}. The parser decides the type from the text alone (it does
 * not know the field's type):
 * <ul>
 *   <li>{@code MIN} / {@code MAX} → {@link Open} (either word is accepted at either end);</li>
 *   <li>{@code 2022-06}, {@code 2022-06-15}, {@code 06/15/2022} (classic site style) → {@link DateBound};</li>
 *   <li>{@code 50}, {@code 2.5}, {@code -3} → {@link NumberBound}. A four-digit integer such as
 *       {@code 2022} is ambiguous (a year on a date field, a count on {@code EnrollmentCount}): it is a
 *       {@code NumberBound} and {@link #asDate()} also reads it as a year;</li>
 *   <li>{@code 16 years}, {@code 6 Months}, {@code 4 wks}, {@code 10 days} → {@link AgeBound}.</li>
 * </ul>
 * Each bound writes itself back in canonical form with {@link #text()}.
 */
public sealed interface RangeBound {

    /** The canonical text of this bound, e.g. {@code MIN}, {@code 2022-06}, {@code 2.5}, {@code 16 years}. */
    String text();

    /** The bound as a date: a {@link DateBound}'s date, or a four-digit integer {@link NumberBound} as a year. */
    default Optional<PartialDate> asDate() {
        return Optional.empty();
    }

    /** The bound as a plain number ({@link NumberBound} only). */
    default Optional<BigDecimal> asNumber() {
        return Optional.empty();
    }

    /** The bound as an age in days ({@link AgeBound} only). */
    default Optional<BigDecimal> asDays() {
        return Optional.empty();
    }

    default boolean isOpen() {
        return false;
    }

    /** {@code MIN} or {@code MAX}: no bound on this side. */
    record Open() implements RangeBound {
        @Override
        public String text() {
            return "MIN";
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public String toString() {
            return "Open";
        }
    }

    /** A date with month (and maybe day) precision; a year alone is a {@link NumberBound}. */
    record DateBound(PartialDate date) implements RangeBound {
        public DateBound {
            Objects.requireNonNull(date, "date");
            if (date.precision() == PartialDate.Precision.YEAR) {
                throw new IllegalArgumentException(
                        "a year alone is written as a NumberBound (its asDate() reads it as a year)");
            }
        }

        @Override
        public String text() {
            return date.toString();
        }

        @Override
        public Optional<PartialDate> asDate() {
            return Optional.of(date);
        }
    }

    /** A number. Kept without trailing zeros ({@code 2.50} becomes {@code 2.5}) so equal numbers are equal. */
    record NumberBound(BigDecimal value) implements RangeBound {
        public NumberBound {
            value = normalize(value);
        }

        @Override
        public String text() {
            return value.toPlainString();
        }

        @Override
        public Optional<BigDecimal> asNumber() {
            return Optional.of(value);
        }

        /** A four-digit integer (1000–9999) read as a year. */
        @Override
        public Optional<PartialDate> asDate() {
            if (value.scale() == 0
                    && value.compareTo(BigDecimal.valueOf(1000)) >= 0
                    && value.compareTo(BigDecimal.valueOf(9999)) <= 0) {
                return Optional.of(PartialDate.ofYear(value.intValueExact()));
            }
            return Optional.empty();
        }
    }

    /** An age: an amount of a unit. {@link #days()} converts it (years × 365.25, months × 30.4375, weeks × 7). */
    record AgeBound(BigDecimal amount, AgeUnit unit) implements RangeBound {
        public AgeBound {
            amount = normalize(amount);
            Objects.requireNonNull(unit, "unit");
            if (amount.signum() < 0) throw new IllegalArgumentException("an age cannot be negative: " + amount);
        }

        /** The age in days, e.g. 16 years → 5844. */
        public BigDecimal days() {
            return normalize(amount.multiply(unit.days(), MathContext.DECIMAL64));
        }

        @Override
        public Optional<BigDecimal> asDays() {
            return Optional.of(days());
        }

        @Override
        public String text() {
            return amount.toPlainString() + " "
                    + (amount.compareTo(BigDecimal.ONE) == 0 ? unit.singular() : unit.plural());
        }
    }

    private static BigDecimal normalize(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
