package org.trialfinder.search.essie;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an Essie expression into tokens in one left-to-right pass (linear time, no regular
 * expressions). Package-private: {@link EssieParser} is the public entry point.
 */
final class EssieTokenizer {

    enum Kind {
        LPAREN,
        RPAREN,
        WORD,
        PHRASE,
        AND,
        OR,
        NOT,
        ALL,
        MISSING,
        AREA,
        SEARCH,
        RANGE,
        EXPANSION,
        COVERAGE,
        TILT,
        EOF;

        boolean isBracketOperator() {
            return this == AREA
                    || this == SEARCH
                    || this == RANGE
                    || this == EXPANSION
                    || this == COVERAGE
                    || this == TILT;
        }
    }

    /**
     * One token. {@code text}: a word without its escapes, a phrase's content without its escapes,
     * or the content between an operator's brackets (with {@code argStart} its offset).
     */
    record Token(Kind kind, int start, int end, String text, int argStart) {
        String source(String expression) {
            return expression.substring(start, end);
        }
    }

    private static final Kind[] BRACKET_KINDS = {
        Kind.AREA, Kind.SEARCH, Kind.RANGE, Kind.EXPANSION, Kind.COVERAGE, Kind.TILT
    };

    private final String s;
    private final int n;

    private EssieTokenizer(String s) {
        this.s = s;
        this.n = s.length();
    }

    static List<Token> tokenize(String expression) {
        return new EssieTokenizer(expression).run();
    }

    /** Whether {@code c} ends a bare word. */
    static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    /** Characters that a backslash makes literal inside a bare word. */
    static boolean isWordEscapable(char c) {
        return c == '\\' || c == '(' || c == ')' || c == '"';
    }

    /** The bracket operator a bare word starting with {@code word} would be read as, or null. */
    static Kind bracketOperatorAt(String text, int i) {
        for (Kind k : BRACKET_KINDS) {
            String name = k.name();
            if (text.startsWith(name, i)
                    && i + name.length() < text.length()
                    && text.charAt(i + name.length()) == '[') {
                return k;
            }
        }
        return null;
    }

    /** The keyword kind of an unescaped bare word, or WORD. */
    static Kind keywordKind(String word) {
        return switch (word) {
            case "AND" -> Kind.AND;
            case "OR" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            case "ALL" -> Kind.ALL;
            case "MISSING" -> Kind.MISSING;
            default -> Kind.WORD;
        };
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Kind.LPAREN, i, i + 1, "(", -1));
                i++;
            } else if (c == ')') {
                out.add(new Token(Kind.RPAREN, i, i + 1, ")", -1));
                i++;
            } else if (c == '"') {
                i = phrase(i, out);
            } else {
                Kind bracket = bracketOperatorAt(s, i);
                i = bracket != null ? bracketOperator(bracket, i, out) : word(i, out);
            }
        }
        out.add(new Token(Kind.EOF, n, n, "", -1));
        return out;
    }

    private int phrase(int start, List<Token> out) {
        StringBuilder sb = new StringBuilder();
        int j = start + 1;
        while (j < n) {
            char ch = s.charAt(j);
            if (ch == '\\' && j + 1 < n && (s.charAt(j + 1) == '"' || s.charAt(j + 1) == '\\')) {
                sb.append(s.charAt(j + 1));
                j += 2;
                continue;
            }
            if (ch == '"') {
                out.add(new Token(Kind.PHRASE, start, j + 1, sb.toString(), start + 1));
                return j + 1;
            }
            sb.append(ch);
            j++;
        }
        throw new EssieSyntaxException(
                "unterminated quoted phrase starting at position " + start + " (add the closing \")", start, s);
    }

    private int bracketOperator(Kind kind, int start, List<Token> out) {
        int open = start + kind.name().length();
        int close = s.indexOf(']', open + 1);
        if (close < 0) {
            throw new EssieSyntaxException("missing \"]\" after " + kind.name() + "[ at position " + start, start, s);
        }
        out.add(new Token(kind, start, close + 1, s.substring(open + 1, close), open + 1));
        return close + 1;
    }

    private int word(int start, List<Token> out) {
        StringBuilder sb = new StringBuilder();
        boolean escaped = false;
        int j = start;
        if (s.charAt(j) == '\\' && j + 1 < n && !isDelimiter(s.charAt(j + 1)) && !isWordEscapable(s.charAt(j + 1))) {
            escaped = true; // \AND, \MISSING, \AREA[…]: the word is never an operator
            j++;
        }
        while (j < n) {
            char ch = s.charAt(j);
            if (isDelimiter(ch)) break;
            if (ch == '\\' && j + 1 < n && isWordEscapable(s.charAt(j + 1))) {
                sb.append(s.charAt(j + 1));
                j += 2;
                continue;
            }
            sb.append(ch);
            j++;
        }
        String text = sb.toString();
        Kind kind = escaped ? Kind.WORD : keywordKind(text);
        if (kind != Kind.WORD && !s.startsWith(text, start)) kind = Kind.WORD; // e.g. A\ND is not AND
        out.add(new Token(kind, start, j, text, -1));
        return j;
    }
}
