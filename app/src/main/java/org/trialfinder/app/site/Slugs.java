package org.trialfinder.app.site;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL pieces: "Preoperative Chemoradiotherapy … (TRACER)" → "preoperative-chemoradiotherapy-…-tracer". */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
            int cut = s.lastIndexOf('-');
            s = cut > MAX_LENGTH / 2 ? s.substring(0, cut) : s;
        }
        return s;
    }
}
