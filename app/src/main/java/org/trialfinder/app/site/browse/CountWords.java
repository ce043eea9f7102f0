package org.trialfinder.app.site.browse;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as a screen reader reads them well: "12 trials, 3 recruiting", "1 trial, none recruiting". */
public final class CountWords {
    private CountWords() {}

    public static String trials(long trials, long recruiting) {
        return number(trials) + (trials == 1 ? " trial, " : " trials, ")
                + (recruiting == 0 ? "none" : number(recruiting)) + " recruiting";
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
