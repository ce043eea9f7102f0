package org.trialfinder.ingest.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whitespace normalisation of legacy XML text into the plain text of API v2.
 *
 * <p>Only whitespace and the legacy list marker are touched; every other character is kept in order.
 *
 * <h2>Textblocks ({@link #textblock})</h2>
 * The legacy export re-wrapped each textblock (brief_summary, detailed_description, criteria, study_pop,
 * biospec_descr) greedily at 100 columns, indented it (6 spaces at top level, 8 inside
 * {@code <criteria>}), ended each line with {@code &#xD;} (CR) and rendered every original line break
 * as a blank line. Measured on the 2023 corpus: two consecutive non-blank lines are always a wrap (the
 * first line plus the next word would exceed 100 columns). So, in order:
 * <ol>
 *   <li>CR LF and lone CR become LF.</li>
 *   <li>Lines are split into blocks at blank (whitespace-only) lines; inside a block the lines are
 *       joined with one space, after removing each line's leading and trailing whitespace from the
 *       join point (the first line keeps its indentation, which is used in step 3).</li>
 *   <li>A block that starts with the legacy list marker "-" followed by two spaces becomes a v2
 *       Markdown bullet "* " (the marker's two spaces become one); its nesting level is the rank
 *       of its indentation among the distinct bullet indentations of the textblock, written as two
 *       spaces per level. All other blocks lose their leading indentation.</li>
 *   <li>Blocks are joined with a blank line ("\n\n"), except that a list item directly following
 *       another list item is joined with a single "\n" (a tight list, as v2 writes it). A list item
 *       is a bullet block or a block starting with 1-3 digits, "." or ")" and a space.</li>
 *   <li>Trailing whitespace of the whole text is removed.</li>
 * </ol>
 * Markdown escaping that v2 applies (for example {@code mm\^3}) is NOT done: it would add characters.
 *
 * <h2>Other text ({@link #plain})</h2>
 * Free-text elements that are not textblocks (arm/intervention descriptions, why_stopped, titles, ...)
 * keep their internal line breaks: CR LF / CR become LF, and leading/trailing whitespace of the whole
 * value is removed. Nothing else changes.
 */
final class LegacyText {
    private LegacyText() {}

    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)-  (.*)$", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*\\d{1,3}[.)] .*$", Pattern.DOTALL);

    /** Normalises a non-textblock text value; returns null for null or blank. */
    static String plain(String raw) {
        if (raw == null) return null;
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        return s.isEmpty() ? null : s;
    }

    /** Normalises a legacy textblock (see class comment); returns null for null or blank. */
    static String textblock(String raw) {
        if (raw == null) return null;
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : lines) {
            if (line.isBlank()) {
                if (cur != null) {
                    blocks.add(cur.toString());
                    cur = null;
                }
            } else if (cur == null) {
                cur = new StringBuilder(line.stripTrailing());
            } else {
                cur.append(' ').append(line.strip());
            }
        }
        if (cur != null) blocks.add(cur.toString());
        if (blocks.isEmpty()) return null;

        // distinct indentations of bullet blocks, in increasing order -> nesting level
        List<Integer> bulletIndents = new ArrayList<>();
        for (String b : blocks) {
            Matcher m = BULLET.matcher(b);
            if (m.matches()) {
                int ind = m.group(1).length();
                if (!bulletIndents.contains(ind)) bulletIndents.add(ind);
            }
        }
        bulletIndents.sort(null);

        StringBuilder out = new StringBuilder();
        boolean prevItem = false;
        for (String b : blocks) {
            Matcher m = BULLET.matcher(b);
            boolean bullet = m.matches();
            boolean item = bullet || NUMBERED.matcher(b).matches();
            if (!out.isEmpty()) out.append(item && prevItem ? "\n" : "\n\n");
            if (bullet) {
                int level = bulletIndents.indexOf(m.group(1).length());
                out.append("  ".repeat(level)).append("* ").append(m.group(2));
            } else {
                out.append(b.stripLeading());
            }
            prevItem = item;
        }
        String s = out.toString().stripTrailing();
        return s.isEmpty() ? null : s;
    }
}
