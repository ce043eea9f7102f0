package org.trialfinder.api.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * ClinicalTrials.gov's markdown ({@code markupFormat=markdown}, the stored form) rewritten in the
 * classic PRS plain text ({@code markupFormat=legacy}), the form of the legacy XML textblocks.
 *
 * <p>The markdown is parsed with commonmark-java and the tree written out as plain text:
 * <ul>
 *   <li>Backslash escapes and entities are resolved ({@code \<} is {@code <}, {@code mm\^3} is
 *       {@code mm^3}); emphasis, code and heading markers are dropped, their text kept. HTML-looking
 *       text ({@code <script>}) is written as the characters it is, never interpreted.</li>
 *   <li>Blocks (paragraphs, headings, list items, code) are separated by one blank line, as the
 *       legacy textblocks separate every paragraph and every list item.</li>
 *   <li>A bullet item is written as the legacy XML writes it: two spaces more than the text around
 *       it, a hyphen and two spaces ({@code "  -  item"}); an ordered item keeps its number and
 *       delimiter ({@code "  1. item"}); a nested list sits two spaces right of its parent item's
 *       text, so levels are at columns 2, 7, 12, …, as in the 2023 legacy XML corpus (there relative
 *       to the textblock's own indentation of 6 or 8). Line breaks inside a block continue at the
 *       block's text column.</li>
 *   <li>A link keeps its text and adds its address in parentheses when the two differ; a thematic
 *       break carries no text and is dropped.</li>
 * </ul>
 *
 * <p>Unlike the legacy XML export, lines are not re-wrapped at 100 columns and the whole text has no
 * outer indentation: a client gets the text, not the XML layout.
 *
 * <p>Hostile input is safe: the tree is walked without recursion (so 100 kB of nested list markers
 * cannot exhaust the stack) and indentation stops growing after {@value #MAX_INDENT} columns (so
 * deep nesting cannot make the output quadratic). No regular expression is involved. The one
 * recursion left is commonmark-java's own over nested inline nodes; a text nesting thousands of
 * them (or brackets more than {@value #MAX_BRACKET_DEPTH} deep) is answered with only its escapes
 * resolved. A line opening more than {@value #MAX_LIST_MARKERS_PER_LINE} lists keeps the rest as
 * text, since commonmark-java would take quadratic time over it.
 */
public final class LegacyMarkup {

    /** The deepest indentation written; legacy records never nest beyond a few levels. */
    static final int MAX_INDENT = 40;

    /** Links and images nested deeper than this are not parsed (see {@link #fromMarkdown}). */
    static final int MAX_BRACKET_DEPTH = 100;

    /** More list markers than this on one line are text (see {@link #withAtMostTenListMarkersPerLine}). */
    static final int MAX_LIST_MARKERS_PER_LINE = 10;

    /** Block source spans: an ordered item's number is read where the author wrote it. */
    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private LegacyMarkup() {}

    /** The legacy plain text of a markdown text; {@code null} stays {@code null}. */
    public static String fromMarkdown(String markdown) {
        if (markdown == null) {
            return null;
        }
        if (bracketsNestDeeperThan(markdown, MAX_BRACKET_DEPTH)) {
            // thousands of nested links or images (never in a real record) cost commonmark-java
            // quadratic time and its recursion: such a text is answered with its escapes resolved
            return withEscapesResolved(markdown);
        }
        String parsed = withAtMostTenListMarkersPerLine(markdown);
        Node document;
        try {
            document = PARSER.parse(parsed);
        } catch (StackOverflowError e) {
            // commonmark-java nests inline nodes recursively: thousands of nested emphases exhaust
            // the stack (seen with 16,000 on one line); such a text too has only its escapes resolved
            return withEscapesResolved(markdown);
        }
        Writer writer = new Writer(parsed); // the source spans point into the text parsed
        writer.walk(document);
        return writer.text();
    }

    /**
     * The text with the list marker after the tenth on any line, and so all after it, escaped into
     * text. commonmark-java looks for a thematic break ({@code - - -}) at every list item a line
     * opens, so a line of thousands of {@code "- "} costs quadratic time; no record opens more
     * than a few lists on one line. A linear scan; every character is kept.
     */
    static String withAtMostTenListMarkersPerLine(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int copied = 0;
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            int at = lineStart;
            for (int markers = 0; ; markers++) {
                while (at < lineEnd && (markdown.charAt(at) == ' ' || markdown.charAt(at) == '\t')) {
                    at++;
                }
                int after = listMarkerEnd(markdown, at, lineEnd);
                if (after < 0) {
                    break;
                }
                if (markers == MAX_LIST_MARKERS_PER_LINE) {
                    int punctuation = after - 1; // the bullet itself, or an ordered marker's "." or ")"
                    out.append(markdown, copied, punctuation).append('\\');
                    copied = punctuation;
                    break;
                }
                at = after;
            }
            lineStart = lineEnd + 1;
        }
        return out.isEmpty()
                ? markdown
                : out.append(markdown, copied, markdown.length()).toString();
    }

    /** Where a list marker at {@code at} ends ("-", "*", "+" or 1-9 digits and "." or ")", then a space or the line's end); -1 if none. */
    private static int listMarkerEnd(String s, int at, int lineEnd) {
        int end = at;
        if (end < lineEnd && (s.charAt(end) == '-' || s.charAt(end) == '*' || s.charAt(end) == '+')) {
            end++;
        } else {
            while (end < lineEnd && end - at < 9 && isAsciiDigit(s.charAt(end))) {
                end++;
            }
            if (end == at || end >= lineEnd || (s.charAt(end) != '.' && s.charAt(end) != ')')) {
                return -1;
            }
            end++;
        }
        return end == lineEnd || s.charAt(end) == ' ' || s.charAt(end) == '\t' ? end : -1;
    }

    /** Whether unescaped square brackets nest deeper than {@code limit}; a linear scan. */
    static boolean bracketsNestDeeperThan(String markdown, int limit) {
        int depth = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && ++depth > limit) {
                return true;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
        }
        return false;
    }

    /** The text with every backslash escape of an ASCII punctuation character resolved, nothing else changed. */
    static String withEscapesResolved(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
                c = markdown.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }

    /** Writes one parsed document; used once. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder();
        /** The text column of each open container (0 at the top, an item's text column inside it). */
        private final Deque<Integer> columns = new ArrayDeque<>();
        /** The next number of each open list (unused for bullet lists). */
        private final Deque<int[]> listNumbers = new ArrayDeque<>();
        /** Where the text of each open link or image starts in {@link #out}. */
        private final Deque<Integer> linkStarts = new ArrayDeque<>();
        /** An item's indentation and marker, written before the first line of its first block. */
        private String pendingMarker;

        private final String markdown;

        Writer(String markdown) {
            this.markdown = markdown;
            columns.push(0);
        }

        /** Depth-first over the tree by its parent and sibling links: no recursion, no stack to overflow. */
        void walk(Node document) {
            Node node = document.getFirstChild();
            while (node != null) {
                Node child = enter(node) ? node.getFirstChild() : null;
                if (child != null) {
                    node = child;
                    continue;
                }
                exit(node);
                while (node.getNext() == null) {
                    node = node.getParent();
                    if (node == document) {
                        return;
                    }
                    exit(node);
                }
                node = node.getNext();
            }
        }

        String text() {
            flushMarker();
            return out.toString().stripTrailing(); // the first line keeps its indentation: it may be an item
        }

        /** Starts writing {@code node}; answers whether its children are to be walked. */
        private boolean enter(Node node) {
            if (node instanceof ListBlock list) {
                int start = list instanceof OrderedList ordered
                        ? Objects.requireNonNullElse(ordered.getMarkerStartNumber(), 1)
                        : 0;
                listNumbers.push(new int[] {start});
            } else if (node instanceof ListItem) {
                flushMarker(); // an item whose first block is itself a list: its marker on a line of its own
                int indent = Math.min(columns.peek(), MAX_INDENT) + 2;
                String marker = marker((ListItem) node);
                pendingMarker = " ".repeat(indent) + marker;
                columns.push(indent + marker.length());
            } else if (node instanceof Paragraph || node instanceof Heading) {
                startBlock();
            } else if (node instanceof FencedCodeBlock code) {
                literalBlock(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                literalBlock(code.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                literalBlock(html.getLiteral());
            } else if (node instanceof LinkReferenceDefinition definition) {
                startBlock();
                out.append('[').append(definition.getLabel()).append("]: ").append(definition.getDestination());
                if (definition.getTitle() != null && !definition.getTitle().isEmpty()) {
                    out.append(" \"").append(definition.getTitle()).append('"');
                }
            } else if (node instanceof ThematicBreak) {
                return false;
            } else if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof HtmlInline html) {
                out.append(html.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                newLine();
            } else if (node instanceof Link || node instanceof Image) {
                linkStarts.push(out.length());
            }
            // Document, block quotes, emphasis and anything else: only their children carry text
            return true;
        }

        private void exit(Node node) {
            if (node instanceof ListBlock) {
                listNumbers.pop();
            } else if (node instanceof ListItem) {
                flushMarker(); // an empty item
                columns.pop();
            } else if (node instanceof Link link) {
                appendDestination(link.getDestination());
            } else if (node instanceof Image image) {
                appendDestination(image.getDestination());
            }
        }

        /**
         * "-  " for a bullet; for an ordered item, its number and the list's delimiter, then one space.
         * The number is the one the author wrote ("1. 2. 5." stays so, as in the legacy text), not
         * the renumbering a markdown renderer shows.
         */
        private String marker(ListItem item) {
            Node list = item.getParent();
            if (list instanceof BulletList) {
                return "-  ";
            }
            int counted = listNumbers.peek()[0]++;
            String number = writtenNumber(item).orElse(Integer.toString(counted));
            String delimiter = list instanceof OrderedList ordered && ordered.getMarkerDelimiter() != null
                    ? ordered.getMarkerDelimiter()
                    : ".";
            return number + delimiter + " ";
        }

        /** The digits of an ordered item's marker in the source (at most 9, as CommonMark allows). */
        private Optional<String> writtenNumber(ListItem item) {
            if (item.getSourceSpans().isEmpty()) {
                return Optional.empty();
            }
            int at = item.getSourceSpans().get(0).getInputIndex();
            while (at < markdown.length() && (markdown.charAt(at) == ' ' || markdown.charAt(at) == '\t')) {
                at++;
            }
            int end = at;
            while (end < markdown.length() && end - at < 9 && isAsciiDigit(markdown.charAt(end))) {
                end++;
            }
            return end > at ? Optional.of(markdown.substring(at, end)) : Optional.empty();
        }

        private void appendDestination(String destination) {
            int start = linkStarts.pop();
            if (destination == null || destination.isEmpty() || isText(destination, start)) {
                return;
            }
            if (destination.startsWith("mailto:") && isText(destination.substring("mailto:".length()), start)) {
                return;
            }
            out.append(start == out.length() ? "" : " ")
                    .append('(')
                    .append(destination)
                    .append(')');
        }

        /** Whether the text written since {@code start} is {@code s} (compared in place: links may nest in images). */
        private boolean isText(String s, int start) {
            return out.length() - start == s.length() && out.indexOf(s, start) == start;
        }

        /** A new block: a blank line after the previous one, then the item marker or the text column. */
        private void startBlock() {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            if (pendingMarker != null) {
                out.append(pendingMarker);
                pendingMarker = null;
            } else {
                out.append(" ".repeat(columns.peek()));
            }
        }

        private void newLine() {
            out.append('\n').append(" ".repeat(columns.peek()));
        }

        private void literalBlock(String literal) {
            startBlock();
            String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    newLine();
                }
                out.append(lines[i]);
            }
        }

        private void flushMarker() {
            if (pendingMarker != null) {
                startBlock();
                while (out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1); // "-  " alone on its line: no trailing spaces
                }
            }
        }
    }
}
