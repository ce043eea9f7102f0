package org.trialfinder.eligibility.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patient group named in a criteria list: "Cohort 2", "Arm A", "Part 1", "Group 1 and 2", "Cohorts 2-4",
 * "Dose expansion". Trials with several groups write their criteria per group, either under a line that is
 * only the group's name ("Group 1", "Cohort A (dose escalation):") or with the name before an item ("Cohort 2
 * only: …", "Arm B: …", "Part 1 - …"). The groups are alternatives: a patient enrols in one of them, so a
 * group's criteria never apply to everyone.
 *
 * @param names the groups named, as written ("Cohort 2", "Cohort 3" for "Cohorts 2 and 3")
 * @param keys the same, normalised ("cohort 2"): what identifies a group within a trial
 * @param end where the label ends in the text (the criterion proper starts after it)
 */
public record GroupLabel(List<String> names, List<String> keys, int end) {

    public GroupLabel {
        names = List.copyOf(names);
        keys = List.copyOf(keys);
    }

    private static final String KIND = "(?<kind>cohorts?|groups?|arms?|parts?|sub-?stud(?:y|ies)|modules?)";
    private static final String ID = "(?:[A-Z]{1,2}\\d{0,2}|\\d{1,2}[A-Za-z]?|I{1,3}|IV)";
    private static final String IDS = "(?<ids>" + ID + "(?:\\s*(?:,|and|&|/|or|-|–|to)\\s*" + ID + ")*)(?![\\p{L}\\d])";
    private static final String PHASE_WORDS = "(?<words>dose[- ]escalation|dose[- ]expansion|escalation|expansion)"
            + "(?:\\s+(?:phase|part|stage|cohorts?))?";
    private static final String NAME = "(?:" + KIND + "\\s+" + IDS + "|" + PHASE_WORDS + ")";
    private static final String LEAD = "^\\s*(?:[a-z][.)]\\s+|\\(?\\d{1,2}[.)]\\s+)?\\(?(?:for\\s+|in\\s+)?"
            + "(?:(?:patients|participants|subjects)\\s+(?:in|of)\\s+)?(?:the\\s+)?";

    /**
     * An item that is only a group's name, perhaps with a short description ("Cohort A (dose escalation):",
     * "Part 1 – expansion"): a heading for the items below. A longer text after a dash is a criterion ("Part 2 -
     * Histologically confirmed pancreatic adenocarcinoma"), unless a colon ends it as a heading.
     */
    private static final Pattern LINE = Pattern.compile(
            LEAD + NAME
                    + "(?:\\s*\\([^()]{0,80}\\))?(?:\\s*[-–—:：]\\s*(?:[^.;:：<>≤≥=()]{0,60}[:：]|[^.;:：<>≤≥=()]{0,30}))?"
                    + "\\s*[:：.]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A group's name before an item's text, closed by ":", a dash or "only". */
    private static final Pattern PREFIX = Pattern.compile(
            LEAD + NAME
                    + "(?:\\s*\\([^()]{0,60}\\))?\\s*(?:only\\b)?\\s*\\)?\\s*(?:[:：]|\\s[-–—]\\s|(?<=only)\\s*[,;]?)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** The label when the whole text is a group's name (a group heading written as an item or a line). */
    public static Optional<GroupLabel> line(String text) {
        if (text == null || text.length() > 160) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(text);
        return m.matches() ? Optional.of(of(m, text.length())) : Optional.empty();
    }

    /** The label that starts an item's text ("Cohort 2 only: …"), when there is one and text follows it. */
    public static Optional<GroupLabel> prefix(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PREFIX.matcher(text);
        if (!m.lookingAt() || m.end() >= text.strip().length()) {
            return Optional.empty();
        }
        return Optional.of(of(m, m.end()));
    }

    private static GroupLabel of(Matcher m, int end) {
        if (m.group("words") != null) {
            String words = m.group("words").replace('-', ' ');
            String name =
                    Character.toUpperCase(words.charAt(0)) + words.substring(1).toLowerCase(Locale.ROOT);
            return new GroupLabel(List.of(name), List.of(words.toLowerCase(Locale.ROOT)), end);
        }
        String kind = singular(m.group("kind").toLowerCase(Locale.ROOT));
        List<String> ids = ids(m.group("ids"));
        List<String> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String written = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        for (String id : ids) {
            names.add(written + " " + id);
            keys.add(kind + " " + id.toUpperCase(Locale.ROOT));
        }
        return new GroupLabel(names, keys, end);
    }

    /** The kind of group a key names: "cohort" for "cohort 2", the words for "dose escalation". */
    public static String kindOf(String key) {
        int space = key.lastIndexOf(' ');
        return key.startsWith("dose ") || key.equals("escalation") || key.equals("expansion") || space < 0
                ? "phase"
                : key.substring(0, space);
    }

    private static String singular(String kind) {
        if (kind.startsWith("sub")) {
            return "sub-study";
        }
        return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
    }

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&|/|\\bor\\b)\\s*");

    /** "1 and 2" → 1, 2; "2-4" → 2, 3, 4; "A/B" → A, B. */
    private static List<String> ids(String written) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(written.strip())) {
            if (part.isBlank()) {
                continue;
            }
            Matcher r = RANGE.matcher(part);
            if (r.matches()) {
                int from = Integer.parseInt(r.group(1));
                int to = Integer.parseInt(r.group(2));
                if (from < to && to - from <= 20) {
                    for (int i = from; i <= to; i++) {
                        out.add(Integer.toString(i));
                    }
                    continue;
                }
            }
            for (String id : part.split("\\s*(?:-|–|\\bto\\b)\\s*")) {
                if (!id.isBlank()) {
                    out.add(id.strip());
                }
            }
        }
        return out;
    }
}
