package org.trialfinder.search.browse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The URL form of a browse name: diacritics dropped, lowercase, every run of other characters a
 * hyphen ("Carcinoma, Non-Small-Cell Lung" → {@code carcinoma-non-small-cell-lung}, "São Paulo" →
 * {@code sao-paulo}). Names that differ only in case, accents or punctuation share a slug, which is
 * also what makes "Breast Cancer" and "breast cancer" one condition.
 */
public final class BrowseSlug {
    /** The region part of a place key for sites whose region is not known (never a slug itself). */
    public static final String NO_REGION = "-";

    private BrowseSlug() {}

    /** The slug of a name; empty when the name has no letter or digit. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        // plain ASCII (most names) needs no Unicode decomposition: browse pages slug every site of a trial
        String folded = isAscii(name)
                ? name.toLowerCase(Locale.ROOT)
                : Normalizer.normalize(name, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && !out.isEmpty()) {
                    out.append('-');
                }
                hyphen = false;
                out.appendCodePoint(cp);
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True for a non-empty slug as {@link #of} writes them (what a URL segment must be to name something). */
    public static boolean isSlug(String text) {
        return text != null && !text.isEmpty() && of(text).equals(text);
    }
}
