package org.trialfinder.eligibility.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.trialfinder.eligibility.criterion.Comparison;
import org.trialfinder.eligibility.criterion.DurationUnit;

/** Shared pieces of the criterion grammar: numbers, comparator words and symbols, time units. */
final class Words {

    private Words() {}

    /** A number as written: "1,500", "1.5", "2,5" (decimal comma), "100 000" is not joined. */
    static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:[.,]\\d+)?)";

    static final String GE =
            "≥\\s*=?|>\\s*/?\\s*=|=\\s*>|≧|⩾|>\\s*or\\s*=|greater\\s+than\\s+or\\s+equal\\s+to|more\\s+than\\s+or\\s+equal\\s+to"
                    + "|equal\\s+to\\s+or\\s+(?:greater|more|higher)\\s+than|higher\\s+than\\s+or\\s+equal\\s+to|at\\s+least|no\\s+less\\s+than|not\\s+less\\s+than"
                    + "|no\\s+lower\\s+than|not\\s+lower\\s+than|a\\s+minimum\\s+of|minimum\\s+of|minimum|min\\.?(?=\\s)";
    static final String LE =
            "≤\\s*=?|<\\s*/?\\s*=|=\\s*<|≦|⩽|<\\s*or\\s*=|less\\s+than\\s+or\\s+equal\\s+to|lower\\s+than\\s+or\\s+equal\\s+to"
                    + "|equal\\s+to\\s+or\\s+(?:less|lower)\\s+than|at\\s+most|no\\s+more\\s+than|not\\s+more\\s+than|no\\s+greater\\s+than|not\\s+greater\\s+than"
                    + "|no\\s+higher\\s+than|not\\s+higher\\s+than|not\\s+exceeding|not\\s+to\\s+exceed|does\\s+not\\s+exceed|a\\s+maximum\\s+of|maximum\\s+of|maximum|max\\.?(?=\\s)|up\\s+to";
    static final String LT = "<|less\\s+than|lower\\s+than|below|under|fewer\\s+than|inferior\\s+to";
    static final String GT =
            ">|greater\\s+than|more\\s+than|higher\\s+than|above|over|exceeding|exceeds|in\\s+excess\\s+of|superior\\s+to";

    /** Any comparator, longest spellings first ({@link #comparison} tells which). */
    static final String CMP =
            "(?:(?:" + GE + ")|(?:" + LE + ")|(?:" + LT + ")|(?:" + GT + "))" + "(?:\\s*\\((?:>=|≥|<=|≤|<|>)\\))?";

    static final String TIME_UNIT = "(?:years?|yrs?|y|months?|mos?|weeks?|wks?|days?|d|hours?|hrs?|h)";

    private static final Pattern GE_P = Pattern.compile("(?i)" + GE);
    private static final Pattern LE_P = Pattern.compile("(?i)" + LE);
    private static final Pattern LT_P = Pattern.compile("(?i)" + LT);

    /** The comparison a comparator spelling means. */
    static Comparison comparison(String written) {
        String w =
                written.strip().replaceAll("\\s*\\((?:>=|≥|<=|≤|<|>)\\)$", "").strip();
        if (GE_P.matcher(w).matches()) {
            return Comparison.GE;
        }
        if (LE_P.matcher(w).matches()) {
            return Comparison.LE;
        }
        if (LT_P.matcher(w).matches()) {
            return Comparison.LT;
        }
        return Comparison.GT;
    }

    /** A written number as a double: thousands commas dropped, a decimal comma read as a point. */
    static double number(String written) {
        String w = written.strip();
        if (w.matches("\\d{1,3}(?:,\\d{3})+")) {
            w = w.replace(",", "");
        } else {
            w = w.replace(',', '.');
        }
        return Double.parseDouble(w);
    }

    static DurationUnit timeUnit(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.startsWith("y")) {
            return DurationUnit.YEARS;
        }
        if (w.startsWith("mo")) {
            return DurationUnit.MONTHS;
        }
        if (w.startsWith("w")) {
            return DurationUnit.WEEKS;
        }
        if (w.startsWith("d")) {
            return DurationUnit.DAYS;
        }
        return DurationUnit.HOURS;
    }

    /** "one" … "twelve" as digits, for "within two weeks". */
    static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    static double numberOrWord(String written) {
        String w = written.toLowerCase(Locale.ROOT).strip();
        String[] words = {
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
        };
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(w)) {
                return i;
            }
        }
        return number(w);
    }
}
