package org.trialfinder.eligibility.split;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.model.text.TextSpan;

/**
 * Splits an {@code eligibilityCriteria} field into inclusion and exclusion items.
 *
 * <p>Reads what ClinicalTrials.gov records actually contain: headings in their many spellings
 * ("Inclusion Criteria:", "KEY EXCLUSION CRITERIA", "Criteria for inclusion", "Exclusion:", "Patients
 * will be excluded if …:"), numbered ({@code 1.}, {@code 1)}, {@code (1)}, {@code a.}, {@code iv.}) and
 * bulleted ({@code *}, {@code -}, {@code •}, {@code ·}) lists, nested by indentation or by a lead-in
 * ending with ":" followed by a different kind of marker, "Note: …" paragraphs (attached to the item
 * before them), paragraphs without any list, and the hard-wrapped, indented text of legacy XML records
 * (consecutive lines of one paragraph are one item there). Markdown escapes ({@code \<}, {@code \*} …)
 * are removed from item texts; spans point into the original text, escapes included.
 *
 * <p>Nothing is dropped: every word of the field is in a heading, an item's marker or text, or a note.
 */
public final class CriteriaSplitter {

    private CriteriaSplitter() {}

    // Words that may precede "inclusion/exclusion criteria" in a heading; a verb or article there
    // ("meets the inclusion criteria") makes it a criterion, not a heading.
    private static final String LEAD =
            "(?:(?!(?:meets?|fulfil+s?|satisf\\w*|the|all|any|of|and|or|not|no|who|with|has|have|do|does|will|other than)\\b)[\\p{L}\\d][\\p{L}\\d\\-/]*\\s+){0,4}?";
    private static final Pattern HEADING_CRITERIA = Pattern.compile("(?i)^(?:\\d{1,2}[.)]\\s*|[A-Z][.)]\\s+)?" + LEAD
            + "(inclusion|exclusion|non[- ]?inclusion)\\s+criteri(?:a|on|as)\\b\\s*(.*)$");
    private static final Pattern HEADING_WORD =
            Pattern.compile("(?i)^" + LEAD + "(inclusions?|exclusions?|non[- ]?inclusions?)\\s*(?::\\s*(.*))?$");
    private static final Pattern HEADING_CRITERIA_FOR = Pattern.compile(
            "(?i)^(?:main\\s+|key\\s+)?criteria\\s+(?:for|of)\\s+(inclusion|exclusion|non[- ]?inclusion)\\b\\s*(.*)$");
    private static final Pattern HEADING_SENTENCE =
            Pattern.compile("(?i)^(?:patients|participants|subjects|individuals|people|persons|volunteers|candidates)"
                    + "\\b[^:]{0,40}?\\b(?:will|would|shall|must|may|are|can)\\s+(?:not\\s+)?(?:be\\s+)?"
                    + "(excluded|included|eligible|ineligible|enrolled)\\b[^:]{0,60}:\\s*$");
    // After "… criteria": nothing, a colon (then possibly the first item), a short closing phrase, or a
    // qualifier naming the part it applies to ("for Part A:", "for the extension phase", "- PART 1"),
    // which is no sentence (no verb such as "must be met").
    private static final Pattern HEADING_REST = Pattern.compile("(?i)^(?:"
            + "(?:\\([^)]{0,60}\\))?\\s*(?:(?:include|includes|are|were|are as follows|were as follows|as follows)\\s*)?[:.]?"
            + "|(?:(?:for|in)\\s+|[-\u2013\u2014]\\s*)"
            + "(?![^:]*\\b(?:must|should|shall|will|may|are|is|be|been|met|apply|applies)\\b)[^:.;]{1,60}:?"
            + ")\\s*$");

    private static final Pattern MARKER = Pattern.compile("^(?:"
            + "(?<bullet>[*\\-•·‐–—○▪■◦●➢►✓-])"
            + "|(?<num>\\(?\\d{1,3}[.)](?!\\d)|\\(\\d{1,3}\\))"
            + "|(?<roman>\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]|\\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\\))"
            + "|(?<letter>\\(?[a-zA-Z][.)]|\\([a-zA-Z]\\))"
            + ")(?:(?=\\s|$)|(?<=\\d[.)])(?=\\p{Lu}))\\s*");
    private static final Pattern NOTE = Pattern.compile("(?i)^(?:notes?|n\\.b\\.|nb)\\s*[:\\-]");

    private enum Kind {
        NONE,
        STAR,
        DASH,
        DOT,
        NUMBER,
        ROMAN,
        LOWER,
        UPPER
    }

    /** Splits a criteria field; null or blank gives no items. */
    public static SplitCriteria split(String criteria) {
        String text = criteria == null ? "" : criteria;
        return new Run(text).run();
    }

    /** One line of the field, cleaned (escapes removed) with each clean character's original offset. */
    private record Line(int indent, String clean, int[] map, int[] mapEnd, int endOffset) {
        boolean blank() {
            return clean.isBlank();
        }
    }

    /** An item under construction. */
    private static final class Node {
        final Section section;
        final int indent;
        final Kind kind;
        final String marker;
        final String label;
        final int start;
        int end;
        final StringBuilder text = new StringBuilder();
        final List<Integer> map = new ArrayList<>();
        final List<Integer> mapEnd = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        boolean inNote;

        Node(Section section, int indent, Kind kind, String marker, String label, int start) {
            this.section = section;
            this.indent = indent;
            this.kind = kind;
            this.marker = marker;
            this.label = label;
            this.start = start;
            this.end = start;
        }

        boolean leadIn() {
            String t = text.toString().strip();
            return t.endsWith(":") || t.endsWith(":-") || t.endsWith("：");
        }

        void append(Line line, int from) {
            String clean = line.clean();
            int[] map = line.map();
            int[] ends = line.mapEnd();
            int endOffset = line.endOffset();
            boolean space = !text.isEmpty();
            for (int i = from; i < clean.length(); i++) {
                char c = clean.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space = !text.isEmpty();
                    continue;
                }
                if (space) {
                    text.append(' ');
                    this.map.add(map[i]);
                    this.mapEnd.add(map[i]);
                    space = false;
                }
                text.append(c);
                this.map.add(map[i]);
                this.mapEnd.add(ends[i]);
            }
            end = Math.max(end, endOffset);
        }

        void appendNote(String clean, int endOffset) {
            String t = clean.strip().replaceAll("\\s+", " ");
            if (inNote && !notes.isEmpty()) {
                notes.set(notes.size() - 1, notes.get(notes.size() - 1) + " " + t);
            } else {
                notes.add(t);
            }
            inNote = true;
            end = Math.max(end, endOffset);
        }

        int fullEnd() {
            int e = end;
            for (Node child : children) {
                e = Math.max(e, child.fullEnd());
            }
            return e;
        }

        CriterionItem build(String index, int fieldLength) {
            List<CriterionItem> kids = new ArrayList<>();
            int ordinal = 0;
            for (Node child : children) {
                ordinal++;
                kids.add(child.build(
                        index + "." + (child.label != null ? child.label : Integer.toString(ordinal)), fieldLength));
            }
            int[] starts = map.stream().mapToInt(Integer::intValue).toArray();
            int[] ends = mapEnd.stream().mapToInt(Integer::intValue).toArray();
            return new CriterionItem(
                    section,
                    index,
                    marker,
                    text.toString(),
                    new TextSpan(start, fullEnd()),
                    notes,
                    kids,
                    new SourceMap(starts, ends, Math.min(start, fieldLength)));
        }
    }

    /** State of one split. */
    private static final class Run {
        final String original;
        final boolean wrapped;
        final List<CriteriaHeading> headings = new ArrayList<>();
        final List<Node> roots = new ArrayList<>();
        final Deque<Node> stack = new ArrayDeque<>();
        Section section = Section.UNSPECIFIED;
        boolean blankBefore = true;

        Run(String original) {
            this.original = original;
            // Legacy XML textblocks are hard-wrapped at 100 columns with deep indentation and "-  " bullets:
            // there, consecutive lines of one paragraph are one item.
            this.wrapped = original.indexOf('\r') >= 0
                    || Pattern.compile("(?m)^ {4,}-  \\S").matcher(original).find()
                    || Pattern.compile("(?m)^ {6,}\\S").matcher(original).find() && !original.contains("\n* ");
        }

        SplitCriteria run() {
            int pos = 0;
            while (pos <= original.length()) {
                int nl = original.indexOf('\n', pos);
                int lineEnd = nl < 0 ? original.length() : nl;
                line(readLine(pos, lineEnd));
                if (nl < 0) {
                    break;
                }
                pos = nl + 1;
            }
            List<CriterionItem> items = new ArrayList<>();
            int[] ordinal = new int[Section.values().length];
            for (Node root : roots) {
                int n = ++ordinal[root.section.ordinal()];
                String index =
                        root.label != null && root.kind != Kind.STAR && root.kind != Kind.DASH && root.kind != Kind.DOT
                                ? root.label
                                : Integer.toString(n);
                items.add(root.build(index, original.length()));
            }
            return new SplitCriteria(original, headings, items);
        }

        Line readLine(int from, int to) {
            int indent = 0;
            int i = from;
            while (i < to
                    && (original.charAt(i) == ' ' || original.charAt(i) == '\t' || original.charAt(i) == '\u00a0')) {
                indent += original.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            StringBuilder clean = new StringBuilder();
            int[] map = new int[to - i];
            int[] mapEnd = new int[to - i];
            int n = 0;
            for (int k = i; k < to; k++) {
                char c = original.charAt(k);
                if (c == '\r') {
                    continue;
                }
                int begin = k;
                if (c == '\\' && k + 1 < to && isEscapable(original.charAt(k + 1))) {
                    k++;
                    c = original.charAt(k);
                }
                clean.append(c);
                map[n] = begin;
                mapEnd[n++] = k + 1;
            }
            int end = to;
            while (end > from && Character.isWhitespace(original.charAt(end - 1))) {
                end--;
            }
            return new Line(indent, clean.toString(), Arrays.copyOf(map, n), Arrays.copyOf(mapEnd, n), end);
        }

        static boolean isEscapable(char c) {
            return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
        }

        void line(Line line) {
            if (line.blank()) {
                blankBefore = true;
                if (!stack.isEmpty()) {
                    stack.peek().inNote = false;
                }
                return;
            }
            String clean = line.clean();
            int lead = 0;
            while (lead < clean.length() && Character.isWhitespace(clean.charAt(lead))) {
                lead++;
            }
            if (heading(line, lead)) {
                blankBefore = false;
                return;
            }
            Matcher m = MARKER.matcher(clean).region(lead, clean.length());
            m.useAnchoringBounds(true);
            boolean marked = m.lookingAt() && m.end() < clean.length();
            if (marked) {
                Kind kind = kindOf(m);
                String marker = clean.substring(lead, m.end()).strip();
                String label = kind == Kind.STAR || kind == Kind.DASH || kind == Kind.DOT
                        ? null
                        : marker.replaceAll("[().]", "");
                attach(new Node(section, line.indent(), kind, marker, label, line.map()[lead]));
                stack.peek().append(line, m.end());
            } else if (NOTE.matcher(clean.substring(lead)).lookingAt() && !stack.isEmpty()) {
                stack.peek().appendNote(clean, line.endOffset());
            } else if (!stack.isEmpty() && stack.peek().inNote && !blankBefore) {
                stack.peek().appendNote(clean, line.endOffset());
            } else if (!stack.isEmpty() && continues(line)) {
                stack.peek().append(line, lead);
            } else {
                // A paragraph: its own item, or the lead-in of the list that follows.
                while (!stack.isEmpty() && stack.peek().indent >= line.indent()) {
                    stack.pop();
                }
                attach(new Node(section, line.indent(), Kind.NONE, "", null, line.map()[lead]));
                stack.peek().append(line, lead);
            }
            blankBefore = false;
        }

        boolean continues(Line line) {
            Node top = stack.peek();
            if (wrapped && !blankBefore) {
                return true;
            }
            // A deeper-indented unmarked line continues the item it stands under (markdown lazy continuation).
            return line.indent() > top.indent && top.kind != Kind.NONE;
        }

        void attach(Node node) {
            while (!stack.isEmpty()) {
                Node top = stack.peek();
                if (node.kind != Kind.NONE
                        && (node.indent > top.indent
                                || node.indent == top.indent
                                        && node.kind != top.kind
                                        && top.leadIn()
                                        && (top.children.isEmpty() || top.children.get(0).kind == node.kind))) {
                    top.children.add(node);
                    stack.push(node);
                    return;
                }
                stack.pop();
            }
            roots.add(node);
            stack.push(node);
        }

        boolean heading(Line line, int lead) {
            String clean = line.clean();
            String body = clean.substring(lead);
            // A heading may itself carry a list marker ("* Exclusion Criteria:", "1. Inclusion Criteria").
            Matcher marker = MARKER.matcher(body);
            int skip = marker.lookingAt() ? marker.end() : 0;
            String candidate = body.substring(skip);
            // markdown heading marks ("### Inclusion Criteria") and emphasis are decoration
            String stripped = candidate
                    .replaceFirst("^#{1,6}\\s+", "")
                    .replaceAll("[*_]+", " ")
                    .strip();
            Section found = null;
            String rest = null;
            Matcher h;
            if ((h = HEADING_CRITERIA.matcher(stripped)).matches()
                    || (h = HEADING_CRITERIA_FOR.matcher(stripped)).matches()) {
                String after = h.group(2) == null ? "" : h.group(2).strip();
                if (HEADING_REST.matcher(after).matches()) {
                    found = sectionOf(h.group(1));
                } else if (after.startsWith(":") || after.startsWith("：")) {
                    found = sectionOf(h.group(1));
                    rest = after.substring(1).strip();
                }
            } else if ((h = HEADING_WORD.matcher(stripped)).matches() && stripped.length() < 60) {
                found = sectionOf(h.group(1));
                rest = h.group(2) == null ? null : h.group(2).strip();
            } else if ((h = HEADING_SENTENCE.matcher(stripped)).matches() && stripped.length() < 140) {
                String verb = h.group(1).toLowerCase(Locale.ROOT);
                boolean negative = stripped.toLowerCase(Locale.ROOT).matches(".*\\b(not|ineligible|excluded)\\b.*");
                found = verb.equals("excluded") || verb.equals("ineligible") || negative
                        ? Section.EXCLUSION
                        : Section.INCLUSION;
            }
            if (found == null) {
                return false;
            }
            stack.clear();
            section = found;
            if (rest != null && !rest.isEmpty()) {
                int restAt = clean.lastIndexOf(rest);
                if (restAt <= lead) {
                    headings.add(new CriteriaHeading(
                            found, clean.strip(), new TextSpan(line.map()[lead], line.endOffset())));
                    return true;
                }
                int headEnd = line.map()[Math.max(lead, restAt - 1)] + 1;
                headings.add(new CriteriaHeading(
                        found, clean.substring(lead, restAt).strip(), new TextSpan(line.map()[lead], headEnd)));
                Node node = new Node(section, line.indent() + 1, Kind.NONE, "", null, line.map()[restAt]);
                roots.add(node);
                stack.push(node);
                node.append(line, restAt);
            } else {
                headings.add(
                        new CriteriaHeading(found, clean.strip(), new TextSpan(line.map()[lead], line.endOffset())));
            }
            return true;
        }

        static Section sectionOf(String word) {
            return word.toLowerCase(Locale.ROOT).startsWith("exclu")
                            || word.toLowerCase(Locale.ROOT).startsWith("non")
                    ? Section.EXCLUSION
                    : Section.INCLUSION;
        }

        static Kind kindOf(Matcher m) {
            if (m.group("bullet") != null) {
                return switch (m.group("bullet")) {
                    case "*" -> Kind.STAR;
                    case "•", "·", "●", "○", "◦", "▪", "■" -> Kind.DOT;
                    default -> Kind.DASH;
                };
            }
            if (m.group("num") != null) {
                return Kind.NUMBER;
            }
            if (m.group("roman") != null) {
                return Kind.ROMAN;
            }
            return Character.isUpperCase(
                            m.group("letter").replaceAll("[^a-zA-Z]", "").charAt(0))
                    ? Kind.UPPER
                    : Kind.LOWER;
        }
    }
}
