package org.trialfinder.search.essie;

import java.util.List;
import org.trialfinder.search.essie.EssieNode.All;
import org.trialfinder.search.essie.EssieNode.And;
import org.trialfinder.search.essie.EssieNode.Area;
import org.trialfinder.search.essie.EssieNode.Coverage;
import org.trialfinder.search.essie.EssieNode.Expansion;
import org.trialfinder.search.essie.EssieNode.Missing;
import org.trialfinder.search.essie.EssieNode.Not;
import org.trialfinder.search.essie.EssieNode.Or;
import org.trialfinder.search.essie.EssieNode.Range;
import org.trialfinder.search.essie.EssieNode.Search;
import org.trialfinder.search.essie.EssieNode.Tilt;
import org.trialfinder.search.essie.EssieNode.Words;

/**
 * Writes an {@link EssieNode} as canonical Essie text that {@link EssieParser} reads back to an equal
 * node: {@code parse(write(n)).equals(n)}. The canonical form spells every AND out
 * ({@code a AND b}, never {@code a b}), adds parentheses only where precedence needs them, always
 * writes {@code SEARCH[ctx](…)} with parentheses, writes prefix operators without a space
 * ({@code AREA[Condition]"heart attack"}), ranges as {@code RANGE[lo, hi]} with {@code MIN}/{@code MAX},
 * ISO dates and canonical ages ({@code 16 years}), and escapes words that would otherwise read as
 * operators ({@code \AND}, {@code \MISSING}) or contain {@code \ ( ) "}.
 */
public final class EssieWriter {

    private EssieWriter() {}

    /** The canonical text of {@code node}. */
    public static String write(EssieNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb);
        return sb.toString();
    }

    private static void write(EssieNode node, StringBuilder sb) {
        switch (node) {
            case Words w -> writeWords(w, sb);
            case And a -> join(a.children(), " AND ", sb);
            case Or o -> join(o.children(), " OR ", sb);
            case Not n -> {
                sb.append("NOT ");
                operand(n.body(), sb);
            }
            case Area a -> {
                sb.append("AREA[")
                        .append(a.piece())
                        .append(a.size() ? ":size" : "")
                        .append(']');
                operand(a.body(), sb);
            }
            case Search s -> {
                sb.append("SEARCH[").append(s.context()).append("](");
                write(s.body(), sb);
                sb.append(')');
            }
            case Range r ->
                sb.append("RANGE[")
                        .append(bound(r.lo(), "MIN"))
                        .append(", ")
                        .append(bound(r.hi(), "MAX"))
                        .append(']');
            case Missing m -> sb.append("MISSING");
            case All a -> sb.append("ALL");
            case Expansion e -> {
                sb.append("EXPANSION[").append(e.mode().text()).append(']');
                operand(e.body(), sb);
            }
            case Coverage c -> {
                sb.append("COVERAGE[").append(c.mode().text()).append(']');
                operand(c.body(), sb);
            }
            case Tilt t -> {
                sb.append("TILT[").append(t.field()).append(']');
                operand(t.body(), sb);
            }
        }
    }

    /** A child of AND / OR / a prefix operator: parenthesised when it binds more loosely. */
    private static void join(List<EssieNode> children, String op, StringBuilder sb) {
        boolean and = op.equals(" AND ");
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) sb.append(op);
            EssieNode c = children.get(i);
            boolean paren = c instanceof Or || (and && c instanceof And) || (!and && c instanceof Or);
            if (paren) sb.append('(');
            write(c, sb);
            if (paren) sb.append(')');
        }
    }

    private static void operand(EssieNode body, StringBuilder sb) {
        boolean paren = body instanceof And || body instanceof Or;
        if (paren) sb.append('(');
        write(body, sb);
        if (paren) sb.append(')');
    }

    private static String bound(RangeBound b, String open) {
        return b.isOpen() ? open : b.text();
    }

    private static void writeWords(Words w, StringBuilder sb) {
        if (w.quoted()) {
            sb.append('"');
            for (int i = 0; i < w.words().size(); i++) {
                if (i > 0) sb.append(' ');
                String word = w.words().get(i);
                for (int k = 0; k < word.length(); k++) {
                    char c = word.charAt(k);
                    if (c == '"' || c == '\\') sb.append('\\');
                    sb.append(c);
                }
            }
            sb.append('"');
            return;
        }
        for (int i = 0; i < w.words().size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(escapeBareWord(w.words().get(i)));
        }
    }

    /** A bare word as it must be typed to be read back as that word. */
    public static String escapeBareWord(String word) {
        StringBuilder sb = new StringBuilder(word.length() + 2);
        if (EssieTokenizer.keywordKind(word) != EssieTokenizer.Kind.WORD
                || EssieTokenizer.bracketOperatorAt(word, 0) != null) {
            sb.append('\\');
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (EssieTokenizer.isWordEscapable(c)) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
