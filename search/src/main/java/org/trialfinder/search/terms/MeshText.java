package org.trialfinder.search.terms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folding of medical phrases for matching, shared by the thesaurus, the abbreviations and their
 * callers.
 *
 * <p>A text is cut into tokens: runs of letters and digits. Everything else (blanks, hyphens,
 * punctuation, symbols) separates tokens, so {@code "Non-Small-Cell"} gives {@code non small
 * cell}. Apostrophes are special: a possessive {@code 's} (also {@code ’s}) at the end of a word is
 * dropped ({@code "Crohn's disease"} → {@code crohn disease}, as MeSH names it) and any other
 * apostrophe inside a word is removed ({@code "O'Brien"} → {@code obrien}). Each token is then
 * folded: compatibility-decomposed (NFKD), diacritics removed ({@code "Sjögren"} → {@code
 * sjogren}), lower-cased with the root locale, and ß/æ/œ/ø/ł/đ/þ spelled out.
 *
 * <p>{@link #stem} gives the looser form used when no exact match exists. It is applied to both
 * sides of a comparison, so it only has to be consistent, not linguistically right: {@link
 * #singular} strips English plurals ({@code attacks} → {@code attack}, {@code allergies} → {@code
 * allergy}, {@code abscesses} → {@code abscess}; words ending in {@code ss}, {@code us}, {@code
 * is}, words of three letters or fewer and words with digits are kept), then British spellings are
 * mapped to American ones: {@code ae} and {@code oe} inside a word of five letters or more become
 * {@code e} ({@code anaemia}, {@code oesophageal}, {@code leukaemia}, {@code diarrhoea}) and a
 * final {@code our} of a word of six letters or more becomes {@code or} ({@code tumour}).
 */
public final class MeshText {

    private MeshText() {}

    /** A token of a text: its folded form and its place in the original text. */
    public record Token(String folded, int start, int end) {}

    /** The folded tokens of {@code text} joined by single spaces; "" for null or blank text. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (Token t : tokens(text)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.folded());
        }
        return sb.toString();
    }

    /** {@link #fold} then {@link #stem} on each token. */
    public static String foldStem(String text) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(text)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(stem(t.folded()));
        }
        return sb.toString();
    }

    /** The loose form of a folded token: {@link #singular}, then British → American spelling. */
    public static String stem(String token) {
        String s = singular(token);
        int n = s.length();
        if (n < 5) {
            return s;
        }
        if (n >= 6 && s.endsWith("our")) {
            s = s.substring(0, n - 3) + "or";
            n = s.length();
        }
        if (s.indexOf("ae") < 0 && s.indexOf("oe") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c == 'a' || c == 'o') && i + 2 < n && s.charAt(i + 1) == 'e') {
                continue; // "ae"/"oe" not at the end of the word: keep the "e" only
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The tokens of {@code text} with their folded forms and offsets (end exclusive). */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        StringBuilder raw = new StringBuilder();
        while (i < n) {
            // skip separators
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            raw.setLength(0);
            int end = i;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    raw.append(c);
                    i++;
                    end = i;
                } else if (isApostrophe(c) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    // possessive 's at the end of the word: drop it
                    if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                            && (i + 2 >= n || !isWordChar(text.charAt(i + 2)))) {
                        i += 2;
                        end = i;
                        break;
                    }
                    i++; // apostrophe inside a word: removed
                } else {
                    break;
                }
            }
            String folded = foldToken(raw);
            if (!folded.isEmpty()) {
                out.add(new Token(folded, start, end));
            }
        }
        return out;
    }

    /** The tokens of {@code text} with their case kept (diacritics still removed), for acronyms. */
    static String foldKeepCase(String text) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(text)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(stripMarks(text.substring(t.start(), t.end())).replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        return sb.toString();
    }

    /** A simple, consistent English plural stripper (see the class comment). */
    public static String singular(String token) {
        int n = token.length();
        if (n <= 3 || token.charAt(n - 1) != 's') {
            return token;
        }
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(token.charAt(i))) {
                return token;
            }
        }
        if (token.endsWith("ss") || token.endsWith("us") || token.endsWith("is")) {
            return token;
        }
        if (token.endsWith("ies") && n > 4) {
            return token.substring(0, n - 3) + "y";
        }
        if (token.endsWith("sses")
                || token.endsWith("ches")
                || token.endsWith("shes")
                || token.endsWith("xes")
                || token.endsWith("zes")) {
            return token.substring(0, n - 2);
        }
        return token.substring(0, n - 1);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    private static String foldToken(CharSequence raw) {
        boolean ascii = true;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return raw.toString().toLowerCase(Locale.ROOT);
        }
        String s = stripMarks(raw.toString()).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ß' -> sb.append("ss");
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                case 'ø' -> sb.append('o');
                case 'ł' -> sb.append('l');
                case 'đ', 'ð' -> sb.append('d');
                case 'þ' -> sb.append("th");
                case 'ı' -> sb.append('i');
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String stripMarks(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
