package org.trialfinder.geo;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Name folding shared by the resource builder and the gazetteer. */
public final class Text {
    private Text() {}

    /**
     * Folds a place name for matching: Unicode NFD with combining marks removed, a few letters that
     * do not decompose mapped to ASCII (ß, æ, ø, ł, đ, ı, œ, þ, ð), lower case, every run of
     * punctuation or white space collapsed to one space, and the abbreviations "st", "ste", "mt" and
     * "ft" expanded to "saint", "sainte", "mount" and "fort". Null gives "".
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        int len = s.length();
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        String d = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length() + 8);
        boolean pendingSpace = false;
        int tokenStart = 0;
        for (int i = 0, n = d.length(); i < n; i++) {
            char c = d.charAt(i);
            String rep = null;
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                    pendingSpace = true;
                    continue;
                }
            } else {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK) {
                    continue;
                }
                rep = switch (c) {
                    case 'ß' -> "ss";
                    case 'æ', 'Æ' -> "ae";
                    case 'ø', 'Ø' -> "o";
                    case 'ł', 'Ł' -> "l";
                    case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                    case 'ı' -> "i";
                    case 'œ', 'Œ' -> "oe";
                    case 'þ', 'Þ' -> "th";
                    default -> Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
                };
                if (rep.isEmpty()) { // punctuation, apostrophes, symbols: separators
                    pendingSpace = true;
                    continue;
                }
            }
            if (pendingSpace && out.length() > 0) {
                expandToken(out, tokenStart);
                out.append(' ');
                tokenStart = out.length();
            }
            pendingSpace = false;
            if (rep == null) out.append(c);
            else out.append(rep);
        }
        expandToken(out, tokenStart);
        return out.toString();
    }

    /** Expands the abbreviation "st", "ste", "mt" or "ft" occupying out[from..]. */
    private static void expandToken(StringBuilder out, int from) {
        int n = out.length() - from;
        if (n < 2 || n > 3 || out.charAt(from + 1) != 't') return;
        char a = out.charAt(from);
        if (n == 2) {
            String r = a == 's' ? "saint" : a == 'm' ? "mount" : a == 'f' ? "fort" : null;
            if (r != null) out.replace(from, from + 2, r);
        } else if (a == 's' && out.charAt(from + 2) == 'e') {
            out.replace(from, from + 3, "sainte");
        }
    }

    /** The folded key with its spaces removed ("gyeonggi do" → "gyeonggido"). */
    public static String compact(String folded) {
        return folded.indexOf(' ') < 0 ? folded : folded.replace(" ", "");
    }

    /** Words around a region's name that do not change which region it is. */
    private static final Set<String> REGION_WORDS = Set.of(
            "province",
            "provincia",
            "prov",
            "region",
            "regione",
            "state",
            "estado",
            "prefecture",
            "municipality",
            "oblast",
            "krai",
            "kray",
            "county",
            "sheng",
            "shi",
            "do",
            "to",
            "fu",
            "ken",
            "autonomous",
            "special",
            "administrative",
            "zizhiqu",
            "teugbyeolsi",
            "teukbyeolsi",
            "gwangyeoksi",
            "of",
            "the",
            "land",
            "canton",
            "departement",
            "department",
            "voivodeship",
            "wojewodztwo",
            "governorate");

    /**
     * Keys a region name is indexed and looked up under: folded, without words such as "Province",
     * "Region" or "State", and both without spaces ("Gyeonggi-do" → "gyeonggi do", "gyeonggi",
     * "gyeonggido").
     */
    public static List<String> regionKeys(String name) {
        String f = fold(name);
        if (f.isEmpty()) return List.of();
        Set<String> keys = new LinkedHashSet<>(4);
        keys.add(f);
        StringBuilder core = new StringBuilder();
        for (String tok : f.split(" ")) {
            if (REGION_WORDS.contains(tok)) continue;
            if (core.length() > 0) core.append(' ');
            core.append(tok);
        }
        String c = core.toString();
        if (!c.isEmpty()) keys.add(c);
        keys.add(compact(f));
        if (!c.isEmpty()) keys.add(compact(c));
        return List.copyOf(keys);
    }
}
