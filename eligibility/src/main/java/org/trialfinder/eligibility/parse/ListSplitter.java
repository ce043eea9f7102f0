package org.trialfinder.eligibility.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialfinder.model.text.TextSpan;

/**
 * Finds the list an item's text holds at its top level (outside brackets): an inline numbered or lettered
 * list ("(1) … (2) …", "a) … b) …", "i. … ii. …", markers in sequence from the first), else parts
 * separated by semicolons, else sentences, each possibly introduced by a lead-in ending with a colon
 * ("Adequate organ function as defined by: …"). Only the top level is split: a part that holds a list of its
 * own is split when it is read.
 *
 * <p>Linear in the length of the stretch (one pass for brackets, one regex scan for markers), and bounded: a
 * list of more than {@link #MAX_PARTS} parts is not split.
 */
final class ListSplitter {

    /** More parts than any real item has (the sample's longest list has 14); beyond, the list is not read. */
    static final int MAX_PARTS = 64;

    private ListSplitter() {}

    // A marker stands at the start or after a space or separator: "(1)", "1)", "1.", "(a)", "a)", "a.", "(iv)", "iv)".
    private static final Pattern MARKER = Pattern.compile("(?<both>\\((?<v1>\\d{1,2}|[a-zA-Z]|[ivx]{1,4})\\))"
            + "|(?<close>(?<v2>\\d{1,2}|[a-zA-Z]|[ivx]{1,4})\\))"
            + "|(?<dot>(?<v3>\\d{1,2}|[a-zA-Z]|[ivx]{1,4})\\.(?!\\d))");
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?i)(?:e\\.g|i\\.e|etc|vs|approx|incl|dr|st|no|nos|ca|max|min|fig|ref|[a-z])");
    private static final Set<String> ROMAN = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private enum Family {
        NUMBER,
        LOWER,
        UPPER,
        ROMAN
    }

    private record Marker(int start, int end, String style, Family family, int value) {}

    /** The list of {@code text[from, to)}, or null when the stretch holds none. */
    static ItemList find(String text, int from, int to) {
        int[] depth = depths(text, from, to);
        List<Marker> chain = markerChain(text, from, to, depth);
        if (chain.size() >= 2) {
            if (chain.size() > MAX_PARTS) {
                return null;
            }
            List<TextSpan> parts = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                int end = i + 1 < chain.size() ? chain.get(i + 1).start() : to;
                addTrimmed(text, chain.get(i).end(), end, parts);
            }
            TextSpan lead = trimmed(text, from, chain.get(0).start());
            return parts.isEmpty() ? null : new ItemList(lead, parts, ItemList.Kind.MARKERS);
        }
        int colon = leadInColon(text, from, to, depth);
        int start = colon < 0 ? from : colon + 1;
        TextSpan lead = colon < 0 ? TextSpan.NONE : trimmed(text, from, colon);
        List<TextSpan> parts = splitAt(text, start, to, depth, from, true);
        ItemList.Kind kind = ItemList.Kind.SEMICOLONS;
        if (parts != null && parts.size() < 2) {
            parts = splitAt(text, start, to, depth, from, false);
            kind = ItemList.Kind.SENTENCES;
        }
        if (parts == null) {
            return null;
        }
        if (parts.size() < 2) {
            if (colon < 0 || parts.isEmpty()) {
                return null;
            }
            kind = ItemList.Kind.LEAD_IN;
        }
        return new ItemList(lead, parts, kind);
    }

    /** Bracket depth before each character of the stretch; a closing bracket with none open is ignored. */
    private static int[] depths(String text, int from, int to) {
        int[] depth = new int[to - from + 1];
        int d = 0;
        for (int i = from; i < to; i++) {
            depth[i - from] = d;
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{' || c == '（') {
                d++;
            } else if ((c == ')' || c == ']' || c == '}' || c == '）') && d > 0) {
                d--;
            }
        }
        depth[to - from] = d;
        return depth;
    }

    /**
     * The longest run of markers of one style and family counting up from the first value ("1, 2, 3",
     * "a, b", "i, ii, iii"), at the top level; empty when there is none of two or more.
     */
    private static List<Marker> markerChain(String text, int from, int to, int[] depth) {
        List<Marker> candidates = new ArrayList<>();
        Matcher m = MARKER.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c == '(' || Character.isLetterOrDigit(c)) || depth[i - from] != 0) {
                continue;
            }
            if (i > from && !markerMayFollow(text.charAt(i - 1))) {
                continue;
            }
            if (!m.region(i, to).lookingAt()) {
                continue;
            }
            int end = m.end();
            // the marker is followed by a space or a word, never by a number or another bracket
            if (end < to && !(Character.isWhitespace(text.charAt(end)) || Character.isLetter(text.charAt(end)))) {
                continue;
            }
            String style = m.group("both") != null ? "both" : m.group("close") != null ? "close" : "dot";
            String value =
                    m.group("both") != null ? m.group("v1") : m.group("close") != null ? m.group("v2") : m.group("v3");
            if (style.equals("dot") && i > from && abbreviationBefore(text, from, i)) {
                continue;
            }
            addCandidates(candidates, i, end, style, value);
            i = end - 1;
        }
        List<Marker> best = List.of();
        for (Family family : Family.values()) {
            for (String style : List.of("both", "close", "dot")) {
                List<Marker> chain = new ArrayList<>();
                for (Marker k : candidates) {
                    if (k.family() != family || !k.style().equals(style)) {
                        continue;
                    }
                    int expected =
                            chain.isEmpty() ? 1 : chain.get(chain.size() - 1).value() + 1;
                    if (k.value() == expected) {
                        chain.add(k);
                    }
                }
                if (chain.size() > best.size()) {
                    best = chain;
                }
            }
        }
        return best;
    }

    private static boolean markerMayFollow(char c) {
        return Character.isWhitespace(c) || c == ':' || c == ';' || c == ',' || c == '.' || c == '：' || c == '；';
    }

    /** "e.g. a" or "approx. 1.": a dot marker must not be read inside an abbreviation. */
    private static boolean abbreviationBefore(String text, int from, int at) {
        int end = at;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == from || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return ABBREVIATION.matcher(text.substring(start, end - 1)).matches();
    }

    private static void addCandidates(List<Marker> out, int start, int end, String style, String value) {
        if (Character.isDigit(value.charAt(0))) {
            out.add(new Marker(start, end, style, Family.NUMBER, Integer.parseInt(value)));
            return;
        }
        if (value.length() == 1) {
            char c = value.charAt(0);
            out.add(new Marker(
                    start,
                    end,
                    style,
                    Character.isUpperCase(c) ? Family.UPPER : Family.LOWER,
                    Character.toLowerCase(c) - 'a' + 1));
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.equals(lower) && ROMAN.contains(lower)) {
            out.add(new Marker(start, end, style, Family.ROMAN, roman(lower)));
        }
    }

    private static int roman(String r) {
        return switch (r) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            case "vi" -> 6;
            case "vii" -> 7;
            case "viii" -> 8;
            case "ix" -> 9;
            default -> 10;
        };
    }

    /**
     * The top-level colon ending a lead-in ("Adequate organ function:"), when it stands before any
     * semicolon; a colon between numbers ("1:2") or inside brackets is none.
     */
    private static int leadInColon(String text, int from, int to, int[] depth) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == ';' || c == '；') && depth[i - from] == 0) {
                return -1;
            }
            if ((c == ':' || c == '：') && depth[i - from] == 0) {
                boolean numberBefore = i > from && Character.isDigit(text.charAt(i - 1));
                boolean numberAfter = i + 1 < to && Character.isDigit(text.charAt(i + 1));
                if (numberBefore && numberAfter) {
                    continue;
                }
                return i > from && i + 1 < to ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The stretch cut at top-level semicolons ({@code semicolons}) or sentence ends (a period followed by a
     * capital, not after an abbreviation or inside a number); null when there are too many parts.
     */
    private static List<TextSpan> splitAt(String text, int from, int to, int[] depth, int base, boolean semicolons) {
        List<TextSpan> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (depth[i - base] != 0) {
                continue;
            }
            boolean cut = semicolons ? c == ';' || c == '；' : sentenceEnd(text, from, to, i);
            if (cut) {
                addTrimmed(text, start, i, parts);
                start = i + 1;
                if (parts.size() > MAX_PARTS) {
                    return null;
                }
            }
        }
        addTrimmed(text, start, to, parts);
        return parts.size() > MAX_PARTS ? null : parts;
    }

    private static boolean sentenceEnd(String text, int from, int to, int i) {
        if (text.charAt(i) != '.' || i == from) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (!(Character.isLetterOrDigit(before) || before == ')' || before == '%')) {
            return false;
        }
        int next = i + 1;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= to || !Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        int wordStart = i;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // "11. Has …", "vi. Alanine …": a marker, not a sentence
        if (text.substring(from, wordStart).isBlank()) {
            return false;
        }
        return !ABBREVIATION.matcher(text.substring(wordStart, i)).matches();
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> parts) {
        TextSpan t = trimmed(text, start, end);
        if (t.known()) {
            parts.add(t);
        }
    }

    /** The stretch without surrounding spaces and separators; NONE when nothing is left. */
    static TextSpan trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",;.:-–—；：".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;.:；：".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return s < e ? new TextSpan(s, e) : TextSpan.NONE;
    }
}
