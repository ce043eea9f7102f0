package org.trialfinder.api.format;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from being run as a formula when the file is opened in a spreadsheet ("CSV
 * injection"), the way OWASP recommends: a cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a single quote in front, which spreadsheets show as
 * text and do not evaluate. A registry record's free text is written by sponsors, so a title such
 * as {@code =cmd|' /C calc'!A0} must reach the user as that text, not as a command.
 *
 * <p>A cell that is exactly one plain number ({@code -12}, {@code -0.5}) is left as it is: a
 * spreadsheet reads it as that number and runs nothing, and prefixing it would turn data into text.
 * None of ClinicalTrials.gov's 30 columns holds a negative number (Enrollment is a count, dates are
 * {@code yyyy-MM(-dd)}); the exception matters for piece columns such as results values. Anything
 * else beginning with {@code -} (e.g. a summary starting with a markdown list item {@code "- …"})
 * is prefixed: the quote is visible, but no text is lost and nothing runs.
 */
final class FormulaNeutraliser {

    /** One decimal number and nothing else: safe in a spreadsheet. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private FormulaNeutraliser() {}

    /** {@code cell}, or {@code "'" + cell} when a spreadsheet would take it for a formula. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !startsLikeFormula(cell.charAt(0))) {
            return cell;
        }
        if (PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean startsLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
