package org.trialfinder.eligibility.intake;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** Ages from birth dates, the way eligibility counts them. */
public final class Ages {

    private Ages() {}

    /**
     * Age in years at a date: whole years (so a person is 18 on their 18th birthday, as "≥ 18 years" means)
     * plus the fraction of the current year of age, which tells a 3-month-old infant from a newborn.
     */
    public static double ageInYears(LocalDate birthDate, LocalDate asOf) {
        if (asOf.isBefore(birthDate)) {
            throw new IllegalArgumentException("birth date " + birthDate + " is after " + asOf);
        }
        int years = Period.between(birthDate, asOf).getYears();
        LocalDate lastBirthday = birthDate.plusYears(years);
        LocalDate nextBirthday = birthDate.plusYears(years + 1L);
        double fraction = (double) ChronoUnit.DAYS.between(lastBirthday, asOf)
                / ChronoUnit.DAYS.between(lastBirthday, nextBirthday);
        return years + fraction;
    }
}
